package org.spectralbias.core.catalogue;

import java.util.Optional;

/**
 * One row of a catalogue: a contribution (or a failed attempt at one) with where it comes from.
 *
 * @param <T>         the contribution interface
 * @param kind        the contribution point
 * @param id          the declared id, or the component name when the id is missing
 * @param name        the display name ({@code ""} when unknown)
 * @param description the one-line description ({@code ""} when unknown)
 * @param bundle      symbolic name of the contributing bundle
 * @param version     that bundle's version
 * @param status      active or failed
 * @param reason      why it failed ({@code ""} when active)
 * @param service     the service object when active
 */
public record ContributionEntry<T>(ContributionKind kind, String id, String name, String description, String bundle,
		String version, ContributionStatus status, String reason, Optional<T> service) {

	/** @return whether the contribution can be used */
	public boolean isActive() {
		return status == ContributionStatus.ACTIVE;
	}
}

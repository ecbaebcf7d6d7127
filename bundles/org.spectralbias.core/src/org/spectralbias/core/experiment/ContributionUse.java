package org.spectralbias.core.experiment;

import java.util.Objects;

/**
 * A contribution reference together with where it sits in the experiment file, so the engine can report
 * {@code unknown target 'x' at $.target; available: …}.
 *
 * @param slot what the reference is for
 * @param path its JSON path, e.g. {@code $.target} or {@code $.analyses[1]}
 * @param ref  the reference
 */
public record ContributionUse(ContributionSlot slot, String path, ContributionRef ref) {

	/** Checks that all parts are present. */
	public ContributionUse {
		Objects.requireNonNull(slot, "slot");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(ref, "ref");
	}

	/** @return the JSON path of the parameters object, e.g. {@code $.target.parameters} */
	public String parametersPath() {
		return path + ".parameters";
	}
}

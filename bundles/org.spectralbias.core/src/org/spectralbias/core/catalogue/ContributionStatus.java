package org.spectralbias.core.catalogue;

/** Whether a contribution can be used. */
public enum ContributionStatus {
	/** Registered and answering. */
	ACTIVE,
	/** Declared but unusable; the entry's reason says why. */
	FAILED;

	/** @return the lower-case word used in listings */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}

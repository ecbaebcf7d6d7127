package org.spectralbias.core.experiment;

/** The places in an experiment that name a contribution, with the word messages use for each. */
public enum ContributionSlot {
	/** {@code $.distribution}: the input distribution. */
	DISTRIBUTION("distribution"),
	/** {@code $.target}: the target function f*. */
	TARGET("target"),
	/** {@code $.architecture}: the network. */
	ARCHITECTURE("architecture"),
	/** {@code $.activation}: the activation σ (optional). */
	ACTIVATION("activation"),
	/** {@code $.analyses[i]}: an analysis of the run. */
	ANALYSIS("analysis");

	private final String label;

	ContributionSlot(String label) {
		this.label = label;
	}

	/** @return the lower-case word for messages, e.g. {@code "unknown target 'x' at $.target"} */
	public String label() {
		return label;
	}
}

package org.spectralbias.cli.bench;

import java.util.Objects;

/**
 * One line of the benchmark's result.
 *
 * @param workload             the workload name (or, for a row measured elsewhere, any label without a comma)
 * @param javaSeconds          median wall time of one call in Java, seconds; NaN when not measured or failed
 * @param referenceSeconds     median wall time of one call in the reference, seconds; NaN when not available
 * @param javaRepetitions      timed samples behind {@code javaSeconds}, 0 when none
 * @param referenceRepetitions timed samples behind {@code referenceSeconds}, 0 when none
 */
public record BenchRow(String workload, double javaSeconds, double referenceSeconds, int javaRepetitions,
		int referenceRepetitions) {

	/**
	 * @throws IllegalArgumentException when the name is blank or a time is negative
	 */
	public BenchRow {
		Objects.requireNonNull(workload, "workload");
		if (workload.isBlank() || javaSeconds < 0 || referenceSeconds < 0) {
			throw new IllegalArgumentException("need a name and non-negative times");
		}
	}

	/**
	 * A row measured outside the harness, without a reference: e.g. headless start-up to the first result, or
	 * {@code reproduce fig1}, timed by the launcher.
	 *
	 * @param label   what was measured
	 * @param seconds its wall time, seconds
	 * @return the row
	 */
	public static BenchRow external(String label, double seconds) {
		return new BenchRow(label, seconds, Double.NaN, 1, 0);
	}

	/** @return javaSeconds / referenceSeconds (below 1: Java is faster), NaN when either is missing */
	public double ratio() {
		return javaSeconds / referenceSeconds;
	}
}

package org.spectralbias.cli.bench;

/** How {@link BenchHarness} prints its results. */
public enum BenchFormat {
	/** Aligned columns with the machine, the dgemm-class limit, GFLOP/s and solver notes, for a person. */
	TABLE,
	/**
	 * Only the header {@value BenchReport#CSV_HEADER} and one line per workload on the output stream (empty cells
	 * where a time is missing); the notes go to the error stream as lines starting with {@code #}.
	 */
	CSV
}

package org.spectralbias.core.experiment;

/**
 * Sample sizes of a run.
 *
 * @param train n, the number of training points, in [1, {@value #MAX}]
 * @param test  the number of fresh test points, in [0, {@value #MAX}]; 0 = no test set
 */
public record Samples(int train, int test) {

	/** Largest sample size of either kind. */
	public static final int MAX = 100_000;

	/** Validates the sizes. */
	public Samples {
		if (train < 1 || train > MAX) {
			throw new IllegalArgumentException("samples.train must be in [1, " + MAX + "], got " + train);
		}
		if (test < 0 || test > MAX) {
			throw new IllegalArgumentException("samples.test must be in [0, " + MAX + "], got " + test);
		}
	}
}

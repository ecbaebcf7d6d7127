package org.spectralbias.math.sphere;

import java.util.random.RandomGenerator;

/**
 * Uniform random points on the unit sphere S^{D−1} ⊂ R^D, drawn as normalised standard Gaussian vectors (the
 * Gaussian is rotation invariant, so its direction is uniform).
 * <p>
 * Deterministic for a given generator state: each point consumes exactly D Gaussian draws, plus D more for each
 * (practically never occurring) draw of norm below 1e−150. Thread safety: stateless; the generator is used only by
 * the calling thread and must not be shared unsynchronised.
 */
public final class SphereSampling {

	private static final double TINY = 1e-150;

	private SphereSampling() {
	}

	/**
	 * n independent uniform points on S^{D−1}.
	 *
	 * @param n          number of points, ≥ 0
	 * @param ambientDim D ≥ 1 (D = 1 gives ±1)
	 * @param rng        the randomness, e.g. a seeded {@link java.util.SplittableRandom}
	 * @return an n × D array of unit vectors (each row newly allocated)
	 * @throws IllegalArgumentException when n &lt; 0, D &lt; 1 or rng is null
	 */
	public static double[][] uniform(int n, int ambientDim, RandomGenerator rng) {
		if (n < 0) {
			throw new IllegalArgumentException("number of points must be >= 0, got " + n);
		}
		check(ambientDim, rng);
		double[][] points = new double[n][];
		for (int i = 0; i < n; i++) {
			points[i] = uniformPoint(ambientDim, rng);
		}
		return points;
	}

	/**
	 * One uniform point on S^{D−1}.
	 *
	 * @param ambientDim D ≥ 1
	 * @param rng        the randomness
	 * @return a new unit vector of length D
	 * @throws IllegalArgumentException when D &lt; 1 or rng is null
	 */
	public static double[] uniformPoint(int ambientDim, RandomGenerator rng) {
		check(ambientDim, rng);
		double[] v = new double[ambientDim];
		while (true) {
			double sumSquares = 0;
			for (int j = 0; j < ambientDim; j++) {
				v[j] = rng.nextGaussian();
				sumSquares += v[j] * v[j];
			}
			if (sumSquares > TINY) {
				double inverse = 1.0 / Math.sqrt(sumSquares);
				for (int j = 0; j < ambientDim; j++) {
					v[j] *= inverse;
				}
				return v;
			}
		}
	}

	/**
	 * v / |v|, computed with scaling so that neither overflow nor underflow of |v|² loses the direction.
	 *
	 * @param v a finite, non-zero vector (not modified)
	 * @return a new unit vector
	 * @throws IllegalArgumentException when v is null, empty, zero or has a non-finite entry
	 */
	public static double[] normalise(double[] v) {
		if (v == null || v.length == 0) {
			throw new IllegalArgumentException("cannot normalise an empty vector");
		}
		double max = 0;
		for (double x : v) {
			if (!Double.isFinite(x)) {
				throw new IllegalArgumentException("cannot normalise a vector with entry " + x);
			}
			max = Math.max(max, Math.abs(x));
		}
		if (max == 0) {
			throw new IllegalArgumentException("cannot normalise the zero vector");
		}
		double sumSquares = 0;
		double[] u = new double[v.length];
		for (int j = 0; j < v.length; j++) {
			u[j] = v[j] / max;
			sumSquares += u[j] * u[j];
		}
		double inverse = 1.0 / Math.sqrt(sumSquares);
		for (int j = 0; j < v.length; j++) {
			u[j] *= inverse;
		}
		return u;
	}

	private static void check(int ambientDim, RandomGenerator rng) {
		if (ambientDim < 1) {
			throw new IllegalArgumentException("ambient dimension D must be >= 1, got " + ambientDim);
		}
		if (rng == null) {
			throw new IllegalArgumentException("a random generator is required (pass a seeded SplittableRandom)");
		}
	}
}

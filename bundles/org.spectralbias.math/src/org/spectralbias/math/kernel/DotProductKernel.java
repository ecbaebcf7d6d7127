package org.spectralbias.math.kernel;

/**
 * A kernel that, on the unit sphere S^{D−1} ⊂ R^D, depends on its arguments only through t = ⟨x, y⟩:
 * k(x, y) = κ(t). Such kernels are diagonalised by spherical harmonics for uniform data (Funk–Hecke).
 * <p>
 * The default {@link #value} computes κ(⟨x, y⟩) and is only meaningful for unit vectors; implementations that have
 * a natural extension off the sphere (homogeneous kernels, distance-based kernels) override it and document so.
 * Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface DotProductKernel extends PairKernel {

	/**
	 * @param t the cosine ⟨x, y⟩ of two unit vectors, in [−1, 1] (an excess up to 1e−9 from rounding is clamped)
	 * @return κ(t)
	 * @throws IllegalArgumentException when t is NaN or outside [−1, 1] beyond rounding
	 */
	double kappa(double t);

	/**
	 * Replaces t[i] by κ(t[i]) for i in [from, to): the batch form used by Gram matrices. An override must give
	 * exactly the values of {@link #kappa} (bit for bit) and may only be faster, e.g. by sharing work between terms.
	 *
	 * @param t    cosines, overwritten with kernel values
	 * @param from first index
	 * @param to   end index (exclusive)
	 * @throws IllegalArgumentException as {@link #kappa} (entries before the offending one may be overwritten)
	 */
	default void kappaInPlace(double[] t, int from, int to) {
		for (int i = from; i < to; i++) {
			t[i] = kappa(t[i]);
		}
	}

	/** κ(⟨x, y⟩), valid for unit vectors x, y. */
	@Override
	default double value(double[] x, double[] y) {
		return kappa(dot(x, y));
	}

	/**
	 * The Euclidean inner product, summed in index order (so results are reproducible bit for bit).
	 *
	 * @param x a vector
	 * @param y a vector of the same length
	 * @return Σ x_i y_i
	 * @throws IllegalArgumentException when the lengths differ
	 */
	static double dot(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("points must have the same dimension, got " + x.length + " and "
					+ y.length);
		}
		double sum = 0.0;
		for (int i = 0; i < x.length; i++) {
			sum += x[i] * y[i];
		}
		return sum;
	}
}

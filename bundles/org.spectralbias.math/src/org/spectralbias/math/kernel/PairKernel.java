package org.spectralbias.math.kernel;

/**
 * A symmetric positive semi-definite kernel k(x, y) on points of R^D.
 * <p>
 * Implementations must be immutable (or at least safe for concurrent calls of {@link #value}): Gram matrices call
 * them from several threads at once.
 */
@FunctionalInterface
public interface PairKernel {

	/**
	 * @param x a point, length D; not modified
	 * @param y a point, same length; not modified
	 * @return k(x, y)
	 * @throws IllegalArgumentException when the lengths differ or a point is outside the kernel's domain
	 */
	double value(double[] x, double[] y);
}

package org.spectralbias.math.kernel;

import org.spectralbias.math.activation.AngularIntegrals;

/**
 * The arc-cosine kernels of Cho &amp; Saul, "Kernel Methods for Deep Learning" (NIPS 2009), of order n ∈ {0, 1, 2}:
 * k_n(x, y) = (1/π) |x|ⁿ |y|ⁿ J_n(θ), θ the angle between x and y, J_n as in {@link AngularIntegrals}. On the unit
 * sphere k_n(t) = J_n(arccos t)/π, so k₀(1) = 1, k₁(1) = 1, k₂(1) = 3.
 * <p>
 * The paper's (Cao et al. 2021) kernels are κ₁ = k₀/2 = (π − arccos t)/(2π) and κ₂ = k₁/2 =
 * (√(1 − t²) + (π − arccos t) t)/(2π); see {@link #kappa1} and {@link #kappa2}.
 * <p>
 * {@link #value} implements the homogeneous form for any non-zero vectors (0 if one is zero and n ≥ 1; for n = 0 a
 * zero vector is given the angle π/2). Thread safety: immutable.
 */
public final class ArcCosine implements DotProductKernel {

	private final int order;

	/**
	 * @param order n, one of 0, 1, 2
	 * @throws IllegalArgumentException for another order
	 */
	public ArcCosine(int order) {
		if (order < 0 || order > 2) {
			throw new IllegalArgumentException("arc-cosine order must be 0, 1 or 2, got " + order);
		}
		this.order = order;
	}

	/** @return the order n */
	public int order() {
		return order;
	}

	@Override
	public double kappa(double t) {
		return j(order, t) / Math.PI;
	}

	@Override
	public double value(double[] x, double[] y) {
		double xy = DotProductKernel.dot(x, y);
		double xx = DotProductKernel.dot(x, x);
		double yy = DotProductKernel.dot(y, y);
		double normProduct = Math.sqrt(xx * yy);
		double t = normProduct == 0.0 ? 0.0 : xy / normProduct;
		return Math.pow(normProduct, order) * kappa(t);
	}

	/**
	 * The paper's κ₁(t) = (π − arccos t)/(2π) = k₀(t)/2.
	 *
	 * @param t cosine in [−1, 1]
	 * @return κ₁(t) ∈ [0, 1/2]
	 */
	public static double kappa1(double t) {
		return AngularIntegrals.j0(t) / (2.0 * Math.PI);
	}

	/**
	 * The paper's κ₂(t) = (√(1 − t²) + (π − arccos t) t)/(2π) = k₁(t)/2.
	 *
	 * @param t cosine in [−1, 1]
	 * @return κ₂(t) ∈ [0, 1/2]
	 */
	public static double kappa2(double t) {
		return AngularIntegrals.j1(t) / (2.0 * Math.PI);
	}

	private static double j(int order, double t) {
		return switch (order) {
		case 0 -> AngularIntegrals.j0(t);
		case 1 -> AngularIntegrals.j1(t);
		default -> AngularIntegrals.j2(t);
		};
	}

	@Override
	public String toString() {
		return "ArcCosine(order " + order + ")";
	}
}

package org.spectralbias.math.activation;

/**
 * The leaky rectifier σ(z) = z for z &gt; 0 and slope·z otherwise, with σ'(z) = 1 for z &gt; 0 and slope otherwise.
 * <p>
 * Closed-form duals from σ(z) = r(z) − slope·r(−z), r = ReLU, and σ'(z) = H(z) + slope·H(−z), H the step; (u, v),
 * (−u, −v) share the covariance c and (u, −v) has −c, so with R, S the ReLU duals of {@link Relu}:
 * <ul>
 * <li>E[σ(u)σ(v)] = (1 + slope²)·R(a, b, c) − 2·slope·R(a, b, −c)</li>
 * <li>E[σ'(u)σ'(v)] = (1 + slope²)·S(a, b, c) + 2·slope·S(a, b, −c)</li>
 * </ul>
 * This agrees with neural-tangents' ABRelu(slope, 1) (Tsuchida et al. 2018, arXiv:1711.09090). A zero variance
 * makes that variable 0, where σ = 0 and σ' = slope.
 * <p>
 * Thread safety: immutable.
 */
public final class LeakyRelu implements ActivationFunction {

	private static final Relu RELU = new Relu();

	private final double slope;

	/**
	 * @param slope slope for negative arguments, finite (0 gives ReLU, −1 the absolute value)
	 * @throws IllegalArgumentException when the slope is not finite
	 */
	public LeakyRelu(double slope) {
		if (!Double.isFinite(slope)) {
			throw new IllegalArgumentException("slope must be finite, got " + slope);
		}
		this.slope = slope;
	}

	/** @return the slope for negative arguments */
	public double slope() {
		return slope;
	}

	@Override
	public double value(double z) {
		return z > 0.0 ? z : slope * z;
	}

	@Override
	public double derivative(double z) {
		return z > 0.0 ? 1.0 : slope;
	}

	@Override
	public double dual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		if (varU == 0.0 || varV == 0.0) {
			return 0.0;
		}
		return (1.0 + slope * slope) * RELU.dual(varU, varV, cov) - 2.0 * slope * RELU.dual(varU, varV, -cov);
	}

	@Override
	public double derivativeDual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		if (varU == 0.0 && varV == 0.0) {
			return slope * slope;
		}
		if (varU == 0.0 || varV == 0.0) {
			// σ'(0) = slope times E[σ'(v)] = (1 + slope)/2
			return slope * 0.5 * (1.0 + slope);
		}
		return (1.0 + slope * slope) * RELU.derivativeDual(varU, varV, cov)
				+ 2.0 * slope * RELU.derivativeDual(varU, varV, -cov);
	}

	@Override
	public boolean hasClosedFormDuals() {
		return true;
	}

	@Override
	public String toString() {
		return "LeakyReLU(" + slope + ")";
	}
}

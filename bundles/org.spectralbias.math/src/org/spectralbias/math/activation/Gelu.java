package org.spectralbias.math.activation;

import org.spectralbias.math.special.ErrorFunction;

/**
 * The Gaussian error linear unit σ(z) = z·Φ(z) (exact form, Φ the standard normal distribution function), with
 * σ'(z) = Φ(z) + z·φ(z).
 * <p>
 * Closed-form duals (Tsuchida, Pearce, van der Heide, Roosta, Gallagher, "Avoiding kernel fixed points: computing
 * with ELU and GELU infinite networks", AAAI 2021, arXiv:2002.08517; the same expressions as neural-tangents' Gelu
 * layer), with Δ² = (1 + a)(1 + b) − c² and α = arcsin(c/√((1 + a)(1 + b))) = atan2(c, Δ):
 * <ul>
 * <li>E[σ(u)σ(v)] = c/4 + [(c² + ab·Δ²)/((1 + a)(1 + b)·Δ) + c·α]/(2π)</li>
 * <li>E[σ'(u)σ'(v)] = 1/4 + α/(2π) + c/(2πΔ)·[1/Δ² + (1 − ab)/((1 + a)(1 + b)) + 1]</li>
 * </ul>
 * These were checked against {@link GaussianExpectation} (agreement to 1e−14, see the tests) before being used.
 * <p>
 * Thread safety: immutable.
 */
public final class Gelu implements ActivationFunction {

	private static final double INV_SQRT_2 = 1.0 / Math.sqrt(2.0);
	private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
	private static final double TWO_PI = 2.0 * Math.PI;

	/** Creates the activation. */
	public Gelu() {
		// stateless
	}

	@Override
	public double value(double z) {
		return z * normalCdf(z);
	}

	@Override
	public double derivative(double z) {
		return normalCdf(z) + z * INV_SQRT_2PI * Math.exp(-0.5 * z * z);
	}

	private static double normalCdf(double z) {
		return 0.5 * ErrorFunction.erfc(-z * INV_SQRT_2);
	}

	@Override
	public double dual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		double prodPlusOne = (1.0 + varU) * (1.0 + varV);
		double deltaSquared = prodPlusOne - cov * cov;
		double delta = Math.sqrt(deltaSquared);
		double angle = Math.atan2(cov, delta);
		double bracket = (cov * cov + varU * varV * deltaSquared) / (prodPlusOne * delta) + cov * angle;
		return 0.25 * cov + bracket / TWO_PI;
	}

	@Override
	public double derivativeDual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		double prodPlusOne = (1.0 + varU) * (1.0 + varV);
		double deltaSquared = prodPlusOne - cov * cov;
		double delta = Math.sqrt(deltaSquared);
		double angle = Math.atan2(cov, delta);
		double first = 1.0 / deltaSquared + (1.0 - varU * varV) / prodPlusOne + 1.0;
		return 0.25 + angle / TWO_PI + cov / (TWO_PI * delta) * first;
	}

	@Override
	public boolean hasClosedFormDuals() {
		return true;
	}

	@Override
	public String toString() {
		return "GELU";
	}
}

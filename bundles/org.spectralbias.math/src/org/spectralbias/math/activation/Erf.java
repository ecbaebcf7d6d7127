package org.spectralbias.math.activation;

import org.spectralbias.math.special.ErrorFunction;

/**
 * The error function σ(z) = erf(z) = (2/√π) ∫₀^z e^{−s²} ds, with σ'(z) = (2/√π) e^{−z²}.
 * <p>
 * Closed-form duals (Williams, "Computing with infinite networks", NIPS 1997; also neural-tangents' Erf layer):
 * <ul>
 * <li>E[erf(u) erf(v)] = (2/π) arcsin(2c / √((1 + 2a)(1 + 2b)))</li>
 * <li>E[erf'(u) erf'(v)] = (4/π) E[e^{−u²−v²}] = (4/π) / √((1 + 2a)(1 + 2b) − 4c²)</li>
 * </ul>
 * The second is the Gaussian integral E[exp(−zᵀz)] = det(I + 2Σ)^{−1/2}. Both hold for zero variances as written.
 * <p>
 * Thread safety: immutable.
 */
public final class Erf implements ActivationFunction {

	private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

	/** Creates the activation. */
	public Erf() {
		// stateless
	}

	@Override
	public double value(double z) {
		return ErrorFunction.erf(z);
	}

	@Override
	public double derivative(double z) {
		return TWO_OVER_SQRT_PI * Math.exp(-z * z);
	}

	@Override
	public double dual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		double product = (1.0 + 2.0 * varU) * (1.0 + 2.0 * varV);
		// arcsin(x/√p) = atan2(x, √(p − x²)), accurate also when the ratio is near ±1
		return 2.0 / Math.PI * Math.atan2(2.0 * cov, Math.sqrt(product - 4.0 * cov * cov));
	}

	@Override
	public double derivativeDual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		double product = (1.0 + 2.0 * varU) * (1.0 + 2.0 * varV);
		return 4.0 / Math.PI / Math.sqrt(product - 4.0 * cov * cov);
	}

	@Override
	public boolean hasClosedFormDuals() {
		return true;
	}

	@Override
	public String toString() {
		return "erf";
	}
}

package org.spectralbias.math.activation;

/**
 * The sine σ(z) = sin z, with σ'(z) = cos z.
 * <p>
 * Closed-form duals from the Gaussian characteristic function E[e^{i(u ± v)}] = e^{−(a + b ± 2c)/2} and
 * sin u sin v = ½[cos(u − v) − cos(u + v)], cos u cos v = ½[cos(u − v) + cos(u + v)] (also neural-tangents' Sin
 * layer):
 * <ul>
 * <li>E[sin u sin v] = e^{−(a+b)/2} sinh c</li>
 * <li>E[cos u cos v] = e^{−(a+b)/2} cosh c</li>
 * </ul>
 * <p>
 * Thread safety: immutable.
 */
public final class Sin implements ActivationFunction {

	/** Creates the activation. */
	public Sin() {
		// stateless
	}

	@Override
	public double value(double z) {
		return Math.sin(z);
	}

	@Override
	public double derivative(double z) {
		return Math.cos(z);
	}

	@Override
	public double dual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		return Math.exp(-0.5 * (varU + varV)) * Math.sinh(cov);
	}

	@Override
	public double derivativeDual(double varU, double varV, double cov) {
		GaussianExpectation.correlation(varU, varV, cov);
		return Math.exp(-0.5 * (varU + varV)) * Math.cosh(cov);
	}

	@Override
	public boolean hasClosedFormDuals() {
		return true;
	}

	@Override
	public String toString() {
		return "sin";
	}
}

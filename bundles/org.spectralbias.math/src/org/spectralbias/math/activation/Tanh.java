package org.spectralbias.math.activation;

/**
 * The hyperbolic tangent σ(z) = tanh z, with σ'(z) = 1/cosh² z. No closed-form duals are known; they are computed
 * by {@link GaussianExpectation}.
 * <p>
 * Thread safety: immutable.
 */
public final class Tanh implements ActivationFunction {

	/** Creates the activation. */
	public Tanh() {
		// stateless
	}

	@Override
	public double value(double z) {
		return Math.tanh(z);
	}

	@Override
	public double derivative(double z) {
		double c = Math.cosh(z);
		return 1.0 / (c * c);
	}

	@Override
	public String toString() {
		return "tanh";
	}
}

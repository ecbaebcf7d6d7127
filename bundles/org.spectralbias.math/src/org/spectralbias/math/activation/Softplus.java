package org.spectralbias.math.activation;

/**
 * The softplus σ(z) = log(1 + e^z), evaluated as max(z, 0) + log1p(e^{−|z|}) (no overflow), with σ'(z) the logistic
 * function 1/(1 + e^{−z}). No closed-form duals are known; they are computed by {@link GaussianExpectation}.
 * <p>
 * Thread safety: immutable.
 */
public final class Softplus implements ActivationFunction {

	/** Creates the activation. */
	public Softplus() {
		// stateless
	}

	@Override
	public double value(double z) {
		return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
	}

	@Override
	public double derivative(double z) {
		if (z >= 0.0) {
			return 1.0 / (1.0 + Math.exp(-z));
		}
		double e = Math.exp(z);
		return e / (1.0 + e);
	}

	@Override
	public String toString() {
		return "softplus";
	}
}

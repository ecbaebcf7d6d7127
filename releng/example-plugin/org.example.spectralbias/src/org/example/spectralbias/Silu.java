package org.example.spectralbias;

import org.spectralbias.math.activation.ActivationFunction;

/**
 * Swish with slope β, σ(u) = u·sigmoid(βu); β = 1 is the SiLU (sigmoid-weighted linear unit).
 * <p>
 * σ′(u) = s + βu·s(1 − s) with s = sigmoid(βu). The Gaussian duals E[σ(u)σ(v)] and E[σ′(u)σ′(v)] have no closed
 * form, so this class keeps the interface's defaults: the workbench integrates them numerically. Immutable and safe
 * for concurrent use.
 */
public final class Silu implements ActivationFunction {

	private final double beta;

	/**
	 * @param beta the slope β of the sigmoid gate, finite and &gt; 0
	 * @throws IllegalArgumentException when β is not finite and positive
	 */
	public Silu(double beta) {
		if (!(beta > 0) || !Double.isFinite(beta)) {
			throw new IllegalArgumentException("beta must be finite and > 0, got " + beta);
		}
		this.beta = beta;
	}

	/** sigmoid(z) = 1/(1 + e^{−z}) without overflow of e^{−z} for large negative z. */
	static double sigmoid(double z) {
		if (z >= 0) {
			return 1 / (1 + Math.exp(-z));
		}
		double e = Math.exp(z);
		return e / (1 + e);
	}

	@Override
	public double value(double u) {
		return u * sigmoid(beta * u);
	}

	@Override
	public double derivative(double u) {
		double s = sigmoid(beta * u);
		return s + beta * u * s * (1 - s);
	}

	@Override
	public String toString() {
		return beta == 1 ? "SiLU" : "Swish (beta = " + beta + ")";
	}
}

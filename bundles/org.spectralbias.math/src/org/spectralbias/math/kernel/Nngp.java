package org.spectralbias.math.kernel;

import java.util.Objects;

import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.AngularIntegrals;

/**
 * The NNGP (conjugate) kernel of one hidden layer, E[σ(u)σ(v)] with (u, v) centred Gaussian, Var u = c_w|x̃|²,
 * Var v = c_w|ỹ|², Cov = c_w⟨x̃, ỹ⟩ and x̃ = x or (x, 1) with bias — the covariance of the infinitely wide network
 * of {@link TwoLayerNtk} at initialisation, and the second term of its NTK. For ReLU with c_w = 2 on the sphere it
 * is 2κ₂(t) = k₁(t).
 * <p>
 * Thread safety: immutable if the activation is.
 */
public final class Nngp implements DotProductKernel {

	private final ActivationFunction activation;
	private final double weightVariance;
	private final boolean bias;

	/**
	 * @param activation     σ
	 * @param weightVariance c_w, finite, &gt; 0
	 * @param bias           whether the first layer has a bias (kernel on x̃ = (x, 1))
	 * @throws IllegalArgumentException when the variance is not finite and positive
	 */
	public Nngp(ActivationFunction activation, double weightVariance, boolean bias) {
		this.activation = Objects.requireNonNull(activation, "activation");
		this.weightVariance = TwoLayerNtk.requireVariance(weightVariance);
		this.bias = bias;
	}

	/** @return σ */
	public ActivationFunction activation() {
		return activation;
	}

	/** @return c_w */
	public double weightVariance() {
		return weightVariance;
	}

	/** @return whether the first layer has a bias */
	public boolean bias() {
		return bias;
	}

	/** E[σ(u)σ(v)] for unit vectors at cosine t. */
	@Override
	public double kappa(double t) {
		double c = AngularIntegrals.clampCosine(t);
		double shift = bias ? 1.0 : 0.0;
		double variance = weightVariance * (1.0 + shift);
		return activation.dual(variance, variance, weightVariance * (c + shift));
	}

	/** E[σ(u)σ(v)] for any inputs. */
	@Override
	public double value(double[] x, double[] y) {
		double shift = bias ? 1.0 : 0.0;
		double xy = DotProductKernel.dot(x, y) + shift;
		double xx = DotProductKernel.dot(x, x) + shift;
		double yy = DotProductKernel.dot(y, y) + shift;
		return activation.dual(weightVariance * xx, weightVariance * yy, weightVariance * xy);
	}

	@Override
	public String toString() {
		return "Nngp(" + activation + ", c_w=" + weightVariance + (bias ? ", bias" : "") + ")";
	}
}

package org.spectralbias.math.kernel;

import java.util.Objects;

import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.AngularIntegrals;

/**
 * The infinite-width NTK of the two-layer network f(x) = (1/√m) Σ_r a_r σ(w_r·x̃), a_r ~ N(0, 1),
 * w_r ~ N(0, c_w I), with x̃ = x (no bias) or x̃ = (x, 1) (bias, so the bias has variance c_w too):
 * <p>
 * κ(x, y) = lim (1/m)⟨∇f(x), ∇f(y)⟩ = ⟨x̃, ỹ⟩·E[σ'(u)σ'(v)] + E[σ(u)σ(v)],
 * <p>
 * (u, v) centred Gaussian with Var u = c_w|x̃|², Var v = c_w|ỹ|², Cov = c_w⟨x̃, ỹ⟩. The first term is the gradient
 * with respect to the first layer, the second with respect to a_r.
 * <p>
 * Relation to the paper (Cao et al. 2021, f = √m W₂σ(W₁x), W₁ ~ N(0, 2/m), W₂ ~ N(0, 1/m)): for ReLU, which is
 * 1-homogeneous, the two parameterisations give the same kernel with c_w = 2, so {@code new TwoLayerNtk(new Relu(),
 * 2, false)} equals {@link ReluNtk#paper()}. For other activations this class generalises the paper's construction
 * (κ₁ = E[σ'σ'], κ₂ = E[σσ]) in the standard NTK parameterisation; the paper itself treats only ReLU.
 * <p>
 * Duals come from the activation: closed forms when {@link ActivationFunction#hasClosedFormDuals()}, otherwise
 * quadrature at about 4 ms per value — wrap the kernel in {@link ChebyshevDotProductKernel} before building large
 * Gram matrices on the sphere. Thread safety: immutable if the activation is.
 */
public final class TwoLayerNtk implements DotProductKernel {

	private final ActivationFunction activation;
	private final double weightVariance;
	private final boolean bias;

	/**
	 * @param activation     σ
	 * @param weightVariance c_w, the variance of each first-layer weight (and of the bias), finite, &gt; 0
	 * @param bias           whether the first layer has a bias (kernel on x̃ = (x, 1))
	 * @throws IllegalArgumentException when the variance is not finite and positive
	 */
	public TwoLayerNtk(ActivationFunction activation, double weightVariance, boolean bias) {
		this.activation = Objects.requireNonNull(activation, "activation");
		this.weightVariance = requireVariance(weightVariance);
		this.bias = bias;
	}

	static double requireVariance(double weightVariance) {
		if (!(weightVariance > 0.0) || !Double.isFinite(weightVariance)) {
			throw new IllegalArgumentException("weightVariance must be finite and > 0, got " + weightVariance);
		}
		return weightVariance;
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

	/**
	 * κ for unit vectors at cosine t: |x̃|² = 1 (2 with bias), ⟨x̃, ỹ⟩ = t (t + 1 with bias).
	 */
	@Override
	public double kappa(double t) {
		double c = AngularIntegrals.clampCosine(t);
		double shift = bias ? 1.0 : 0.0;
		return ntk(c + shift, 1.0 + shift, 1.0 + shift);
	}

	/** κ(x, y) for any inputs (not only unit vectors). */
	@Override
	public double value(double[] x, double[] y) {
		double shift = bias ? 1.0 : 0.0;
		return ntk(DotProductKernel.dot(x, y) + shift, DotProductKernel.dot(x, x) + shift,
				DotProductKernel.dot(y, y) + shift);
	}

	private double ntk(double xy, double xx, double yy) {
		double a = weightVariance * xx;
		double b = weightVariance * yy;
		double c = weightVariance * xy;
		return xy * activation.derivativeDual(a, b, c) + activation.dual(a, b, c);
	}

	@Override
	public String toString() {
		return "TwoLayerNtk(" + activation + ", c_w=" + weightVariance + (bias ? ", bias" : "") + ")";
	}
}

package org.spectralbias.math.kernel;

import java.util.Objects;

import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.AngularIntegrals;

/**
 * The infinite-width NTK of a fully connected network with L ≥ 1 hidden layers in the NTK parameterisation
 * (Jacot et al. 2018; Arora et al. 2019), in the convention of {@link TwoLayerNtk}: the weight variance c_w sits in
 * the initial distribution of the trained weights, not in a fixed multiplier.
 * <p>
 * <b>Network</b> (β = 1 with bias, else 0; x̃ = x or (x, 1)):
 * h¹ = W¹x̃, h^{l+1} = (1/√m) W^{l+1}σ(h^l) + β b^{l+1} (l = 1 … L − 1), f = (1/√m) vᵀσ(h^L), with W^l and b^l
 * entries N(0, c_w) and v entries N(0, 1). Every hidden layer thus acts on its input extended by a constant 1, as the
 * first acts on x̃; the output layer has variance 1 and no bias.
 * <p>
 * <b>Kernel.</b> Write E_Σ[g] = E[g(u)g(v)] for (u, v) centred Gaussian with covariance
 * [[Σ(x, x), Σ(x, x')], [Σ(x, x'), Σ(x', x')]]. Then Σ^l is the covariance of h^l and Θ^l the NTK of one neuron of
 * h^l with respect to the weights of layers 1 … l:
 * <ul>
 * <li>Σ¹ = c_w⟨x̃, x̃'⟩, Θ¹ = ⟨x̃, x̃'⟩</li>
 * <li>Σ^{l+1} = c_w(E_{Σ^l}[σ] + β), Θ^{l+1} = E_{Σ^l}[σ] + β + c_w E_{Σ^l}[σ']·Θ^l, for l = 1 … L − 1</li>
 * <li>κ = Θ = E_{Σ^L}[σ] + E_{Σ^L}[σ']·Θ^L (output layer, variance 1)</li>
 * </ul>
 * With c_l the variance of layer l (c_w for l ≤ L, 1 for the output l = L + 1) and Σ̇^{l} = c_l E_{Σ^{l−1}}[σ'], this
 * is Θ^l = Σ^l/c_l + Σ̇^l Θ^{l−1} (Θ⁰ = 0, Σ^{L+1} the output's NNGP): Jacot's Θ^{l+1} = Σ^{l+1} + Σ̇^{l+1}Θ^l except
 * that each layer's own term is divided by its variance, because ∂f/∂w for w ~ N(0, c) is ∂f/∂w̄ /√c for the
 * standard-normal w̄ = w/√c. Equivalently: Jacot's network trained with learning rate 1/c_l in layer l.
 * <p>
 * L = 1 is exactly {@link TwoLayerNtk}(σ, c_w, bias): κ = ⟨x̃, x̃'⟩E[σ'σ'] + E[σσ] (same arithmetic, so bit-equal).
 * <p>
 * <b>ReLU, c_w = 2, no bias, unit sphere</b> (the arc-cosine recursion of Cho &amp; Saul 2009 with k_n(ρ) =
 * J_n(ρ)/π): Σ^l(x, x) = 2 for every l, the correlations follow ρ¹ = t, ρ^{l+1} = k₁(ρ^l), and
 * Θ^{l+1} = ρ^{l+1} + k₀(ρ^l)Θ^l, κ = k₁(ρ^L) + k₀(ρ^L)Θ^L/2; so κ(1) = 1 + L/2.
 * <p>
 * Duals come from the activation: closed forms when {@link ActivationFunction#hasClosedFormDuals()} (ReLU:
 * arc-cosine), otherwise quadrature (about 4L calls of a few ms per value) — wrap the kernel in
 * {@link ChebyshevDotProductKernel} before building large Gram matrices on the sphere. Thread safety: immutable if
 * the activation is.
 */
public final class DeepNtk implements DotProductKernel {

	private final ActivationFunction activation;
	private final int depth;
	private final double weightVariance;
	private final boolean bias;

	/**
	 * @param activation     σ
	 * @param depth          L, the number of hidden layers, ≥ 1
	 * @param weightVariance c_w, the variance of every hidden-layer weight and bias, finite, &gt; 0 (2 for ReLU: He)
	 * @param bias           whether every hidden layer has a bias (the first acting on x̃ = (x, 1))
	 * @throws IllegalArgumentException when the depth or the variance is out of range
	 */
	public DeepNtk(ActivationFunction activation, int depth, double weightVariance, boolean bias) {
		this.activation = Objects.requireNonNull(activation, "activation");
		if (depth < 1) {
			throw new IllegalArgumentException("depth (hidden layers) must be >= 1, got " + depth);
		}
		this.depth = depth;
		this.weightVariance = TwoLayerNtk.requireVariance(weightVariance);
		this.bias = bias;
	}

	/** @return σ */
	public ActivationFunction activation() {
		return activation;
	}

	/** @return L, the number of hidden layers */
	public int depth() {
		return depth;
	}

	/** @return c_w */
	public double weightVariance() {
		return weightVariance;
	}

	/** @return whether the hidden layers have biases */
	public boolean bias() {
		return bias;
	}

	/** κ for unit vectors at cosine t: |x̃|² = 1 (2 with bias), ⟨x̃, ỹ⟩ = t (t + 1 with bias). */
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
		double beta = bias ? 1.0 : 0.0;
		double a = weightVariance * xx;
		double b = weightVariance * yy;
		double c = weightVariance * xy;
		double theta = xy;
		for (int l = 1; l < depth; l++) {
			double eaa = activation.dual(a, a, a) + beta;
			double ebb = b == a ? eaa : activation.dual(b, b, b) + beta;
			double eab = activation.dual(a, b, c) + beta;
			theta = eab + weightVariance * activation.derivativeDual(a, b, c) * theta;
			a = weightVariance * eaa;
			b = weightVariance * ebb;
			c = weightVariance * eab;
		}
		return theta * activation.derivativeDual(a, b, c) + activation.dual(a, b, c);
	}

	@Override
	public String toString() {
		return "DeepNtk(" + activation + ", L=" + depth + ", c_w=" + weightVariance + (bias ? ", bias" : "") + ")";
	}
}

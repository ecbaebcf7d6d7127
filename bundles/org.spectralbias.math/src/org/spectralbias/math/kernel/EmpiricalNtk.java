package org.spectralbias.math.kernel;

import java.util.Objects;
import java.util.random.RandomGenerator;

import org.spectralbias.math.activation.ActivationFunction;

/**
 * The NTK of one finite random network at initialisation, (1/m)⟨∇f(x), ∇f(y)⟩ for the network of
 * {@link TwoLayerNtk}: f(x) = (1/√m) Σ_r a_r σ(w_r·x̃), a_r ~ N(0, 1), w_r ~ N(0, c_w I), x̃ = x or (x, 1).
 * <p>
 * The inner product is a mean over neurons of independent contributions
 * σ(w_r·x̃)σ(w_r·ỹ) + a_r² σ'(w_r·x̃)σ'(w_r·ỹ)⟨x̃, ỹ⟩ (gradient with respect to a_r, then w_r), so
 * {@link #estimate} returns that mean with its standard error s/√m (s the sample standard deviation of the
 * contributions). As m → ∞ the mean converges to {@link TwoLayerNtk#value}. For ReLU with c_w = 2 this is also the
 * paper's network (Cao et al. 2021) in its own parameterisation.
 * <p>
 * Weights are drawn at construction from the given generator, neuron by neuron (w_r's D (+1) components, then a_r),
 * so a seeded generator reproduces the network. Memory: m·(D + 2) doubles. Thread safety: immutable after
 * construction.
 */
public final class EmpiricalNtk implements PairKernel {

	/**
	 * A Monte-Carlo estimate.
	 *
	 * @param mean          the mean over neurons, (1/m)⟨∇f(x), ∇f(y)⟩
	 * @param standardError its standard error, ≥ 0
	 */
	public record Estimate(double mean, double standardError) {
	}

	private final ActivationFunction activation;
	private final boolean bias;
	private final int width;
	private final int ambientDim;
	private final int inputDim;
	private final double[] firstLayer;
	private final double[] secondLayer;

	/**
	 * Samples a network.
	 *
	 * @param activation     σ
	 * @param weightVariance c_w, finite, &gt; 0
	 * @param bias           whether the first layer has a bias (variance c_w)
	 * @param width          m, ≥ 2
	 * @param ambientDim     D, the input dimension, ≥ 1
	 * @param random         source of the weights (pass a seeded generator)
	 * @throws IllegalArgumentException when a size or the variance is out of range
	 */
	public EmpiricalNtk(ActivationFunction activation, double weightVariance, boolean bias, int width,
			int ambientDim, RandomGenerator random) {
		this.activation = Objects.requireNonNull(activation, "activation");
		TwoLayerNtk.requireVariance(weightVariance);
		Objects.requireNonNull(random, "random");
		if (width < 2) {
			throw new IllegalArgumentException("width must be >= 2, got " + width);
		}
		if (ambientDim < 1) {
			throw new IllegalArgumentException("ambientDim must be >= 1, got " + ambientDim);
		}
		this.bias = bias;
		this.width = width;
		this.ambientDim = ambientDim;
		this.inputDim = ambientDim + (bias ? 1 : 0);
		if ((long) width * inputDim > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("width * (ambientDim + bias) must fit in an array, got width " + width
					+ " and ambientDim " + ambientDim);
		}
		this.firstLayer = new double[width * inputDim];
		this.secondLayer = new double[width];
		double scale = Math.sqrt(weightVariance);
		for (int r = 0; r < width; r++) {
			for (int k = 0; k < inputDim; k++) {
				firstLayer[r * inputDim + k] = scale * random.nextGaussian();
			}
			secondLayer[r] = random.nextGaussian();
		}
	}

	/** @return m */
	public int width() {
		return width;
	}

	/** @return D */
	public int ambientDim() {
		return ambientDim;
	}

	/**
	 * @param x a point of R^D
	 * @param y a point of R^D
	 * @return (1/m)⟨∇f(x), ∇f(y)⟩ and its standard error over neurons
	 * @throws IllegalArgumentException when a point does not have length D
	 */
	public Estimate estimate(double[] x, double[] y) {
		requireDimension(x);
		requireDimension(y);
		double xy = DotProductKernel.dot(x, y) + (bias ? 1.0 : 0.0);
		double mean = 0.0;
		double sumSquares = 0.0;
		for (int r = 0; r < width; r++) {
			double hx = preActivation(r, x);
			double hy = preActivation(r, y);
			double a = secondLayer[r];
			double contribution = activation.value(hx) * activation.value(hy)
					+ a * a * activation.derivative(hx) * activation.derivative(hy) * xy;
			// Welford's update
			double delta = contribution - mean;
			mean += delta / (r + 1);
			sumSquares += delta * (contribution - mean);
		}
		double variance = sumSquares / (width - 1);
		return new Estimate(mean, Math.sqrt(variance / width));
	}

	/** The mean of {@link #estimate}. */
	@Override
	public double value(double[] x, double[] y) {
		return estimate(x, y).mean();
	}

	private double preActivation(int r, double[] x) {
		int offset = r * inputDim;
		double sum = 0.0;
		for (int k = 0; k < ambientDim; k++) {
			sum += firstLayer[offset + k] * x[k];
		}
		return bias ? sum + firstLayer[offset + ambientDim] : sum;
	}

	private void requireDimension(double[] x) {
		if (x.length != ambientDim) {
			throw new IllegalArgumentException("point must have ambientDim " + ambientDim + " components, got "
					+ x.length);
		}
	}

	@Override
	public String toString() {
		return "EmpiricalNtk(" + activation + ", m=" + width + ", D=" + ambientDim + (bias ? ", bias" : "") + ")";
	}
}

package org.spectralbias.math.network;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An immutable snapshot of the weights of the two-layer network f(x) = (1/√m) Σ_r a_r σ(w_r·x̃) in the NTK
 * parameterisation, x̃ = x or (x, 1) with bias.
 * <p>
 * {@link #firstLayer()} is m × D̃ row-major (D̃ = D + 1 with bias, else D): w_r occupies entries r·D̃ … r·D̃ + D̃ − 1,
 * the bias weight last. {@link #secondLayer()} holds a_1 … a_m. The paper's weights (Cao et al. 2021,
 * f = √m W₂σ(W₁x)) are W₁ = w/√m and W₂ = a/√m for ReLU.
 * <p>
 * Accessors return copies. Thread safety: immutable.
 */
public final class NetworkParameters {

	private final int ambientDim;
	private final int width;
	private final boolean bias;
	private final double[] firstLayer;
	private final double[] secondLayer;

	/**
	 * @param ambientDim  D ≥ 1
	 * @param bias        whether w_r carries a bias weight (D̃ = D + 1)
	 * @param firstLayer  m·D̃ finite-or-not entries as described above; copied
	 * @param secondLayer m ≥ 1 entries a_r; copied
	 * @throws IllegalArgumentException when the lengths do not match
	 */
	public NetworkParameters(int ambientDim, boolean bias, double[] firstLayer, double[] secondLayer) {
		if (ambientDim < 1) {
			throw new IllegalArgumentException("ambientDim must be >= 1, got " + ambientDim);
		}
		int width = secondLayer.length;
		if (width < 1) {
			throw new IllegalArgumentException("width must be >= 1");
		}
		int inputDim = ambientDim + (bias ? 1 : 0);
		if ((long) width * inputDim != firstLayer.length) {
			throw new IllegalArgumentException("firstLayer must have width * " + inputDim + " = "
					+ (long) width * inputDim + " entries, got " + firstLayer.length);
		}
		this.ambientDim = ambientDim;
		this.width = width;
		this.bias = bias;
		this.firstLayer = firstLayer.clone();
		this.secondLayer = secondLayer.clone();
	}

	/**
	 * Draws a network: w_r ~ N(0, c_w I) (bias weight included), a_r ~ N(0, 1), neuron by neuron (w_r's D̃
	 * components, then a_r). {@link Initialisation#SYMMETRIC} draws m/2 neurons this way and stores each as neurons
	 * 2j (a) and 2j + 1 (−a) with the same w.
	 *
	 * @param ambientDim     D ≥ 1
	 * @param width          m ≥ 1 (even for SYMMETRIC)
	 * @param weightVariance c_w, finite, &gt; 0 (2 for ReLU reproduces the paper's He initialisation)
	 * @param bias           whether the first layer has a bias
	 * @param initialisation STANDARD or SYMMETRIC
	 * @param random         the only source of randomness
	 * @return the sampled parameters
	 * @throws IllegalArgumentException when a size or the variance is out of range, or SYMMETRIC with odd width
	 */
	public static NetworkParameters sample(int ambientDim, int width, double weightVariance, boolean bias,
			Initialisation initialisation, RandomGenerator random) {
		Objects.requireNonNull(initialisation, "initialisation");
		Objects.requireNonNull(random, "random");
		if (ambientDim < 1) {
			throw new IllegalArgumentException("ambientDim must be >= 1, got " + ambientDim);
		}
		if (width < 1) {
			throw new IllegalArgumentException("width must be >= 1, got " + width);
		}
		if (!(weightVariance > 0.0) || !Double.isFinite(weightVariance)) {
			throw new IllegalArgumentException("weightVariance must be finite and > 0, got " + weightVariance);
		}
		boolean symmetric = initialisation == Initialisation.SYMMETRIC;
		if (symmetric && width % 2 != 0) {
			throw new IllegalArgumentException("SYMMETRIC initialisation needs an even width (m/2 neurons and their "
					+ "negated copies), got " + width);
		}
		int inputDim = ambientDim + (bias ? 1 : 0);
		if ((long) width * inputDim > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("width * (ambientDim + bias) must fit in an array");
		}
		double scale = Math.sqrt(weightVariance);
		double[] w = new double[width * inputDim];
		double[] a = new double[width];
		int stride = symmetric ? 2 : 1;
		for (int r = 0; r < width; r += stride) {
			for (int k = 0; k < inputDim; k++) {
				w[r * inputDim + k] = scale * random.nextGaussian();
			}
			a[r] = random.nextGaussian();
			if (symmetric) {
				System.arraycopy(w, r * inputDim, w, (r + 1) * inputDim, inputDim);
				a[r + 1] = -a[r];
			}
		}
		return new NetworkParameters(ambientDim, bias, w, a);
	}

	/** @return D */
	public int ambientDim() {
		return ambientDim;
	}

	/** @return m */
	public int width() {
		return width;
	}

	/** @return whether w_r carries a bias weight */
	public boolean bias() {
		return bias;
	}

	/** @return D̃ = D + 1 with bias, else D */
	public int inputDim() {
		return ambientDim + (bias ? 1 : 0);
	}

	/** @return a copy of the m × D̃ first layer, row-major */
	public double[] firstLayer() {
		return firstLayer.clone();
	}

	/** @return a copy of the m second-layer weights */
	public double[] secondLayer() {
		return secondLayer.clone();
	}

	double[] firstLayerShared() {
		return firstLayer;
	}

	double[] secondLayerShared() {
		return secondLayer;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof NetworkParameters p && p.ambientDim == ambientDim && p.bias == bias
				&& Arrays.equals(p.firstLayer, firstLayer) && Arrays.equals(p.secondLayer, secondLayer);
	}

	@Override
	public int hashCode() {
		return Objects.hash(ambientDim, bias, Arrays.hashCode(firstLayer), Arrays.hashCode(secondLayer));
	}

	@Override
	public String toString() {
		return "NetworkParameters[D=" + ambientDim + ", m=" + width + (bias ? ", bias" : "") + "]";
	}
}

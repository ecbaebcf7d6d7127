package org.spectralbias.math.network;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.internal.WorkerTeam;

/**
 * One fully connected stack of {@link DeepNetwork} and its loops: h¹ = W¹x̃, h^{l+1} = s_h W^{l+1}σ(h^l) + β b^{l+1},
 * output s_o vᵀσ(h^L), with s_h = 1/√m and s_o the output scale (1/√m, or ±1/√(2m) for a symmetric copy).
 * <p>
 * State, transposed so that every hot loop is an axpy over neurons: {@code wt[l][j][i]} is the weight from input j
 * to neuron i of hidden layer l + 1 (0-based l); rows j &lt; m (or D̃ in the first layer) are the weights, the row
 * j = m of a hidden layer l ≥ 1 with bias holds b. Samples' activations and derivatives live in traces
 * {@code act[l][s]}, {@code der[l][s]} (one row of m per sample and hidden layer); {@link #backward} turns
 * {@code der} into δ^l = ∂(Σ_s g_s f_s)/∂h^l in place.
 * <p>
 * Determinism: each output value (a pre-activation, a δ, a weight) is accumulated by one task in a fixed order that
 * depends neither on the block nor on the thread. Thread safety: tasks write disjoint rows; one phase at a time.
 */
final class DeepStack {

	/** Samples per forward task and per block of the back-propagation. */
	static final int SAMPLE_BLOCK = 16;

	/** Weight rows (inputs) per update task. */
	static final int UPDATE_ROWS = 16;

	/** Neurons per back-propagation task. */
	static final int BACK_TILE = 128;

	final int inputDim;
	final int width;
	final int depth;
	final boolean bias;
	final ActivationFunction activation;
	final boolean relu;
	final double hiddenScale;
	final double outputScale;
	final double[][][] wt;
	final double[] v;

	DeepStack(int inputDim, int width, int depth, boolean bias, ActivationFunction activation, double outputScale) {
		this.inputDim = inputDim;
		this.width = width;
		this.depth = depth;
		this.bias = bias;
		this.activation = activation;
		this.relu = activation instanceof Relu;
		this.hiddenScale = 1.0 / Math.sqrt(width);
		this.outputScale = outputScale;
		this.wt = new double[depth][][];
		for (int l = 0; l < depth; l++) {
			wt[l] = new double[rows(l)][width];
		}
		this.v = new double[width];
	}

	/** Rows of wt[l]: D̃ for the first layer, m (+ 1 with bias) after. */
	int rows(int l) {
		return l == 0 ? inputDim : width + (bias ? 1 : 0);
	}

	/** Draws every hidden neuron's incoming weights (and bias, last) as N(0, c_w), layer by layer, then v ~ N(0, 1). */
	void sample(double weightVariance, RandomGenerator random) {
		double scale = Math.sqrt(weightVariance);
		for (int l = 0; l < depth; l++) {
			double[][] w = wt[l];
			for (int i = 0; i < width; i++) {
				for (double[] row : w) {
					row[i] = scale * random.nextGaussian();
				}
			}
		}
		for (int i = 0; i < width; i++) {
			v[i] = random.nextGaussian();
		}
	}

	/** A copy of the weights with another output scale. */
	DeepStack copy(double scale) {
		DeepStack c = new DeepStack(inputDim, width, depth, bias, activation, scale);
		for (int l = 0; l < depth; l++) {
			for (int j = 0; j < wt[l].length; j++) {
				System.arraycopy(wt[l][j], 0, c.wt[l][j], 0, width);
			}
		}
		System.arraycopy(v, 0, c.v, 0, width);
		return c;
	}

	/** Layer l (1-based, ≤ L) as m × fan-in, row-major (bias last); layer L + 1 is v. */
	double[] weights(int layer) {
		if (layer == depth + 1) {
			return v.clone();
		}
		double[][] w = wt[layer - 1];
		int fanIn = w.length;
		double[] out = new double[width * fanIn];
		for (int j = 0; j < fanIn; j++) {
			for (int i = 0; i < width; i++) {
				out[i * fanIn + j] = w[j][i];
			}
		}
		return out;
	}

	double[][][] newTrace(int n) {
		return new double[depth][n][width];
	}

	/**
	 * Forward pass of samples s0 … s0 + count − 1 (x̃ rows {@code xt[s]}), their rows at r0 + q of the traces.
	 *
	 * @param der σ'(h) per layer, or null when not needed
	 * @param out receives f_c(x_s) = s_o vᵀσ(h^L) at s, or null
	 */
	void forward(double[][] xt, int s0, int count, double[][][] act, double[][][] der, int r0, double[] out) {
		for (int l = 0; l < depth; l++) {
			double[][] w = wt[l];
			double[][] h = act[l];
			double[][] in = l == 0 ? xt : act[l - 1];
			int offset = l == 0 ? s0 : r0;
			for (int q = 0; q < count; q++) {
				Arrays.fill(h[r0 + q], 0.0);
			}
			int fanIn = l == 0 ? inputDim : width;
			for (int j = 0; j < fanIn; j++) {
				double[] row = w[j];
				for (int q = 0; q < count; q++) {
					double c = in[offset + q][j];
					if (c != 0.0) {
						axpy(c, row, h[r0 + q]);
					}
				}
			}
			for (int q = 0; q < count; q++) {
				activate(l, h[r0 + q], der == null ? null : der[l][r0 + q]);
			}
		}
		if (out != null) {
			double[][] top = act[depth - 1];
			for (int q = 0; q < count; q++) {
				out[s0 + q] = outputScale * dot(v, top[r0 + q]);
			}
		}
	}

	/** h ← s_h h + b for hidden layers; then d = σ'(h), h ← σ(h). */
	private void activate(int l, double[] h, double[] d) {
		if (l > 0) {
			double s = hiddenScale;
			if (bias) {
				double[] b = wt[l][width];
				for (int i = 0; i < width; i++) {
					h[i] = s * h[i] + b[i];
				}
			} else {
				for (int i = 0; i < width; i++) {
					h[i] *= s;
				}
			}
		}
		if (relu) {
			if (d != null) {
				for (int i = 0; i < width; i++) {
					d[i] = Math.max(Math.signum(h[i]), 0.0);
				}
			}
			for (int i = 0; i < width; i++) {
				h[i] = Math.max(h[i], 0.0);
			}
		} else {
			if (d != null) {
				for (int i = 0; i < width; i++) {
					d[i] = activation.derivative(h[i]);
				}
			}
			for (int i = 0; i < width; i++) {
				h[i] = activation.value(h[i]);
			}
		}
	}

	/**
	 * Back-propagation over all n samples of full traces, written over {@code der}: δ^L = g_s s_o v∘σ'(h^L) (parallel
	 * over sample blocks), then layer by layer δ^l = σ'(h^l)∘(s_h (W^{l+1})ᵀδ^{l+1}) (bias row excluded), parallel over
	 * tiles of {@value #BACK_TILE} neurons of layer l: each task transposes its tile of W^{l+1} so that the sum over
	 * the neurons of layer l + 1 is an axpy over the tile, accumulated per sample in neuron order.
	 */
	void backward(WorkerTeam runner, double[] g, double[][][] der) {
		int n = g.length;
		double[][] top = der[depth - 1];
		runner.forEach(DeepNetwork.sampleBlocks(n), () -> null, (b, unused) -> {
			int end = Math.min(n, (b + 1) * SAMPLE_BLOCK);
			for (int s = b * SAMPLE_BLOCK; s < end; s++) {
				double c = g[s] * outputScale;
				double[] d = top[s];
				for (int i = 0; i < width; i++) {
					d[i] *= c * v[i];
				}
			}
		});
		int tiles = (width + BACK_TILE - 1) / BACK_TILE;
		for (int l = depth - 1; l >= 1; l--) {
			int layer = l;
			runner.forEach(tiles, () -> new double[width + SAMPLE_BLOCK][BACK_TILE],
					(tile, scratch) -> backwardTile(layer, tile, n, der, scratch));
		}
	}

	/**
	 * δ^{l−1} of neurons j0 … j0 + len − 1 of layer l (0-based) for every sample, in blocks of
	 * {@value #SAMPLE_BLOCK} samples that share each transposed row; scratch: m rows of the tile, then one
	 * accumulator row per sample of a block.
	 */
	private void backwardTile(int l, int tile, int n, double[][][] der, double[][] scratch) {
		int j0 = tile * BACK_TILE;
		int len = Math.min(BACK_TILE, width - j0);
		double[][] w = wt[l];
		for (int jj = 0; jj < len; jj++) {
			double[] row = w[j0 + jj];
			for (int i = 0; i < width; i++) {
				scratch[i][jj] = row[i];
			}
		}
		double[][] upper = der[l];
		double[][] lower = der[l - 1];
		for (int s0 = 0; s0 < n; s0 += SAMPLE_BLOCK) {
			int count = Math.min(SAMPLE_BLOCK, n - s0);
			for (int q = 0; q < count; q++) {
				Arrays.fill(scratch[width + q], 0.0);
			}
			for (int i = 0; i < width; i++) {
				double[] row = scratch[i];
				for (int q = 0; q < count; q++) {
					double c = upper[s0 + q][i];
					if (c != 0.0) {
						axpy(c, row, scratch[width + q]);
					}
				}
			}
			for (int q = 0; q < count; q++) {
				double[] acc = scratch[width + q];
				double[] out = lower[s0 + q];
				for (int jj = 0; jj < len; jj++) {
					out[j0 + jj] *= hiddenScale * acc[jj];
				}
			}
		}
	}

	/** Update tasks: blocks of {@value #UPDATE_ROWS} rows of every layer, then one for v. */
	int updateTasks() {
		int tasks = 1;
		for (int l = 0; l < depth; l++) {
			tasks += blocks(rows(l));
		}
		return tasks;
	}

	/**
	 * One update task after {@link #backward} with g_s = η_eff (f_s − y_s)/n: w^l_{ji} −= Σ_s in^l_s[j] δ^l_s[i] with
	 * in¹ = x̃, in^{l+1} = (s_h σ(h^l), 1), and v −= s_o Σ_s g_s σ(h^L_s); the gradients of (1/(2n)) Σ (f − y)²
	 * scaled by η_eff. Sums over samples run in sample order.
	 *
	 * @param acc scratch, {@value #UPDATE_ROWS} rows of m
	 */
	void update(int task, double[][] xt, double[][][] act, double[][][] delta, double[] g, double[][] acc) {
		int n = g.length;
		int t = task;
		for (int l = 0; l < depth; l++) {
			int b = blocks(rows(l));
			if (t < b) {
				updateRows(l, t * UPDATE_ROWS, Math.min(rows(l), (t + 1) * UPDATE_ROWS), n, xt, act, delta, acc);
				return;
			}
			t -= b;
		}
		double[] sum = acc[0];
		Arrays.fill(sum, 0.0);
		double[][] top = act[depth - 1];
		for (int s = 0; s < n; s++) {
			if (g[s] != 0.0) {
				axpy(g[s], top[s], sum);
			}
		}
		for (int i = 0; i < width; i++) {
			v[i] -= outputScale * sum[i];
		}
	}

	private void updateRows(int l, int j0, int j1, int n, double[][] xt, double[][][] act, double[][][] delta,
			double[][] acc) {
		for (int j = j0; j < j1; j++) {
			Arrays.fill(acc[j - j0], 0.0);
		}
		double[][] in = l == 0 ? xt : act[l - 1];
		double[][] d = delta[l];
		int inputs = l == 0 ? inputDim : width;
		int end = Math.min(j1, inputs);
		for (int s = 0; s < n; s++) {
			double[] ds = d[s];
			double[] is = in[s];
			for (int j = j0; j < end; j++) {
				double c = is[j];
				if (c != 0.0) {
					axpy(c, ds, acc[j - j0]);
				}
			}
			if (end < j1) {
				axpy(1.0, ds, acc[end - j0]);
			}
		}
		double[][] w = wt[l];
		for (int j = j0; j < j1; j++) {
			double s = l == 0 || j == width ? 1.0 : hiddenScale;
			double[] row = w[j];
			double[] a = acc[j - j0];
			for (int i = 0; i < width; i++) {
				row[i] -= s * a[i];
			}
		}
	}

	private static int blocks(int rows) {
		return (rows + UPDATE_ROWS - 1) / UPDATE_ROWS;
	}

	/** y += c·x over y's length. */
	static void axpy(double c, double[] x, double[] y) {
		for (int i = 0; i < y.length; i++) {
			y[i] += c * x[i];
		}
	}

	/** Σ x_i y_i over y's length in four interleaved chains (fixed order). */
	static double dot(double[] x, double[] y) {
		int n = y.length;
		double s0 = 0.0;
		double s1 = 0.0;
		double s2 = 0.0;
		double s3 = 0.0;
		int i = 0;
		for (; i + 3 < n; i += 4) {
			s0 += x[i] * y[i];
			s1 += x[i + 1] * y[i + 1];
			s2 += x[i + 2] * y[i + 2];
			s3 += x[i + 3] * y[i + 3];
		}
		for (; i < n; i++) {
			s0 += x[i] * y[i];
		}
		return (s0 + s1) + (s2 + s3);
	}
}

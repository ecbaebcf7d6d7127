package org.spectralbias.math.network;

import java.util.Objects;
import java.util.random.RandomGenerator;

import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.internal.WorkerTeam;
import org.spectralbias.math.kernel.DeepNtk;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.linalg.GramMatrix;

/**
 * A finite fully connected network with L hidden layers of width m, trained by full-batch gradient descent on
 * L = (1/(2n)) Σ_i (f(x_i) − y_i)², in the NTK parameterisation of {@link DeepNtk} (β = 1 with bias, else 0):
 * <p>
 * h¹ = W¹x̃, h^{l+1} = (1/√m) W^{l+1}σ(h^l) + β b^{l+1}, f(x) = (1/√m) vᵀσ(h^L), W^l, b^l ~ N(0, c_w), v ~ N(0, 1),
 * <p>
 * whose NTK ⟨∇_θ f(x), ∇_θ f(x')⟩ tends to {@link DeepNtk}(σ, L, c_w, bias) as m → ∞. With L = 1 it is the same
 * function, gradient and kernel as {@link TwoLayerNetwork} (w_r = row r of W¹, a = v), so η_eff has the same meaning:
 * the step on θ in this parameterisation (η·m in the paper's), and training follows r_{t+1} = (I − η_eff Θ/n) r_t in
 * the linear regime. A step updates every layer by back-propagation.
 * <p>
 * <b>Symmetric initialisation.</b> Pairing neurons of the last hidden layer (same incoming weights, negated output
 * weights) gives f₀ ≡ 0 but, once L ≥ 2, also cancels the back-propagated signal: δ^{L−1} = σ'∘((W^L)ᵀδ^L)/√m ≡ 0 at
 * initialisation, so the layers below would start with zero gradient and the NTK would lose their terms. So
 * {@link Initialisation#SYMMETRIC} duplicates the whole network: two stacks A and B of width m/2 with B a copy of A
 * at initialisation, f = (f_A − f_B)/√2. Then f₀ ≡ 0 exactly on every input, every layer has its gradient, and the
 * NTK is (Θ_A + Θ_B)/2 (Θ_c that of a standard width-m/2 stack), with the same limit. Both stacks are trained. For
 * L = 1 this is exactly the pairs (w, a), (w, −a) of {@link TwoLayerNetwork}. Requires an even width.
 * <p>
 * <b>Random draws</b> (from the given generator only, copy A): layer by layer, neuron by neuron, its incoming weights
 * then its bias; then v. <b>Work</b> is split into fixed blocks of samples (forward), of neurons (back-propagation)
 * and of weight rows (update, Gram products), independent of the thread count, so results are bit-identical for a
 * given seed and any {@code threads}. <b>Memory</b>: the weights, about L·m² doubles; training keeps σ(h) and δ of
 * every sample and layer between steps (2·L·n·m doubles); the empirical NTK needs the same per argument.
 * <b>Thread safety</b>: not thread-safe; use from one thread at a time (each call is internally parallel). The
 * network owns a thread pool: {@link #close()} it.
 */
public final class DeepNetwork implements TrainableNetwork {

	private final int ambientDim;
	private final int width;
	private final int depth;
	private final double weightVariance;
	private final Initialisation initialisation;
	private final DeepStack[] stacks;
	private final WorkerTeam runner;
	private double[][][][] activations;
	private double[][][][] deltas;

	/**
	 * Samples a network on all available processors; see
	 * {@link #DeepNetwork(int, int, int, ActivationFunction, double, boolean, Initialisation, RandomGenerator, int)}.
	 */
	public DeepNetwork(int ambientDim, int depth, int width, ActivationFunction activation, double weightVariance,
			boolean bias, Initialisation initialisation, RandomGenerator random) {
		this(ambientDim, depth, width, activation, weightVariance, bias, initialisation, random,
				Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Samples a network.
	 *
	 * @param ambientDim     D, the input dimension, ≥ 1
	 * @param depth          L, the number of hidden layers, ≥ 1
	 * @param width          m, the width of every hidden layer, ≥ 1 (even for SYMMETRIC)
	 * @param activation     σ; ReLU ({@link org.spectralbias.math.activation.Relu}) takes a branch-free path
	 * @param weightVariance c_w of every hidden-layer weight and bias, finite, &gt; 0 (2 for ReLU: He)
	 * @param bias           whether every hidden layer has a bias (the first acting on x̃ = (x, 1))
	 * @param initialisation STANDARD, or SYMMETRIC (f₀ ≡ 0, two copies of width m/2)
	 * @param random         the only source of randomness
	 * @param threads        worker threads including the caller, ≥ 1
	 * @throws IllegalArgumentException when a size or the variance is out of range, or SYMMETRIC with odd width
	 */
	public DeepNetwork(int ambientDim, int depth, int width, ActivationFunction activation, double weightVariance,
			boolean bias, Initialisation initialisation, RandomGenerator random, int threads) {
		Objects.requireNonNull(activation, "activation");
		Objects.requireNonNull(initialisation, "initialisation");
		Objects.requireNonNull(random, "random");
		require(ambientDim >= 1, "ambientDim must be >= 1, got " + ambientDim);
		require(depth >= 1, "depth (hidden layers) must be >= 1, got " + depth);
		require(width >= 1, "width must be >= 1, got " + width);
		require(weightVariance > 0.0 && Double.isFinite(weightVariance),
				"weightVariance must be finite and > 0, got " + weightVariance);
		boolean symmetric = initialisation == Initialisation.SYMMETRIC;
		require(!symmetric || width % 2 == 0,
				"SYMMETRIC initialisation needs an even width (two copies of width m/2), got " + width);
		require(threads >= 1, "threads must be >= 1, got " + threads);
		this.ambientDim = ambientDim;
		this.width = width;
		this.depth = depth;
		this.weightVariance = weightVariance;
		this.initialisation = initialisation;
		int inputDim = ambientDim + (bias ? 1 : 0);
		int copyWidth = symmetric ? width / 2 : width;
		double scale = 1.0 / Math.sqrt(symmetric ? 2.0 * copyWidth : copyWidth);
		DeepStack first = new DeepStack(inputDim, copyWidth, depth, bias, activation, scale);
		first.sample(weightVariance, random);
		this.stacks = symmetric ? new DeepStack[] { first, first.copy(-scale) } : new DeepStack[] { first };
		this.runner = new WorkerTeam(threads, "deep-network-worker");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

	@Override
	public int ambientDim() {
		return ambientDim;
	}

	/** @return m, the width of every hidden layer (both copies together for SYMMETRIC) */
	@Override
	public int width() {
		return width;
	}

	/** @return L, the number of hidden layers */
	public int depth() {
		return depth;
	}

	/** @return σ */
	public ActivationFunction activation() {
		return stacks[0].activation;
	}

	/** @return c_w */
	public double weightVariance() {
		return weightVariance;
	}

	/** @return whether the hidden layers have biases */
	public boolean bias() {
		return stacks[0].bias;
	}

	/** @return how the weights were drawn */
	public Initialisation initialisation() {
		return initialisation;
	}

	/** @return the number of threads used, including the caller */
	public int threads() {
		return runner.threads();
	}

	/** @return the number of stacks: 1, or 2 for SYMMETRIC (output (f_A − f_B)/√2) */
	public int copies() {
		return stacks.length;
	}

	/**
	 * The current weights of one layer of one stack.
	 *
	 * @param copy  0, or 1 for the second stack of a SYMMETRIC network
	 * @param layer 1 … L for hidden layer l: m_c × fan-in, row-major (row = neuron; fan-in D̃ for l = 1, m_c + β
	 *              after, the bias weight last); L + 1 for the output weights v (m_c entries); m_c = m or m/2
	 * @return a copy
	 */
	public double[] weights(int copy, int layer) {
		Objects.checkIndex(copy, stacks.length);
		if (layer < 1 || layer > depth + 1) {
			throw new IndexOutOfBoundsException("layer must be in [1, " + (depth + 1) + "], got " + layer);
		}
		return stacks[copy].weights(layer);
	}

	/**
	 * @param x n points of R^D (any n ≥ 0); not modified
	 * @return f(x_i) for each point
	 * @throws IllegalArgumentException when a point does not have D components
	 */
	@Override
	public double[] predict(double[][] x) {
		double[][] xt = tilde(x);
		int n = x.length;
		int blocks = sampleBlocks(n);
		double[][] out = new double[stacks.length][n];
		int copyWidth = stacks[0].width;
		runner.forEach(stacks.length * blocks, () -> new double[depth][DeepStack.SAMPLE_BLOCK][copyWidth],
				(task, scratch) -> {
					int s0 = task % blocks * DeepStack.SAMPLE_BLOCK;
					int count = Math.min(DeepStack.SAMPLE_BLOCK, n - s0);
					stacks[task / blocks].forward(xt, s0, count, scratch, null, 0, out[task / blocks]);
				});
		return sum(out);
	}

	/**
	 * @param x n ≥ 1 points of R^D
	 * @param y n targets
	 * @return L = (1/(2n)) Σ (f(x_i) − y_i)²
	 */
	public double loss(double[][] x, double[] y) {
		requireTargets(x, y);
		double[] f = predict(x);
		double[] r = new double[f.length];
		for (int i = 0; i < r.length; i++) {
			r[i] = y[i] - f[i];
		}
		return TwoLayerNetwork.lossOf(r);
	}

	/**
	 * One full-batch gradient-descent step θ ← θ − η_eff ∇L(θ) on every layer: a forward pass storing σ(h) and σ'(h)
	 * (parallel over sample blocks), back-propagation of g_i = η_eff (f_i − y_i)/n (parallel over tiles of neurons),
	 * then the updates W^l −= Σ_i δ^l_i ⊗ in^l_i (parallel over blocks of weight rows).
	 *
	 * @param x      n ≥ 1 training points of R^D; not modified
	 * @param y      n targets
	 * @param etaEff the step η_eff, finite, ≥ 0
	 * @return the residual y − f(x) <em>before</em> the step
	 * @throws IllegalArgumentException when sizes do not match or the step is invalid
	 */
	@Override
	public double[] step(double[][] x, double[] y, double etaEff) {
		requireTargets(x, y);
		require(etaEff >= 0.0 && Double.isFinite(etaEff), "etaEff must be finite and >= 0, got " + etaEff);
		double[][] xt = tilde(x);
		int n = x.length;
		allocateTraces(n);
		double[][][][] act = activations;
		double[][][][] del = deltas;
		double[] f = traces(xt, act, del);
		double[] r = new double[n];
		double[] g = new double[n];
		double scale = etaEff / n;
		for (int i = 0; i < n; i++) {
			r[i] = y[i] - f[i];
			g[i] = -r[i] * scale;
		}
		for (int c = 0; c < stacks.length; c++) {
			stacks[c].backward(runner, g, del[c]);
		}
		int[] first = new int[stacks.length + 1];
		for (int c = 0; c < stacks.length; c++) {
			first[c + 1] = first[c] + stacks[c].updateTasks();
		}
		int copyWidth = stacks[0].width;
		runner.forEach(first[stacks.length], () -> new double[DeepStack.UPDATE_ROWS][copyWidth], (task, acc) -> {
			int c = task < first[1] ? 0 : 1;
			stacks[c].update(task - first[c], xt, act[c], del[c], g, acc);
		});
		return r;
	}

	/** Keeps the traces of the last training set size; the old ones are released before allocating new ones. */
	private void allocateTraces(int n) {
		if (activations != null && activations[0][0].length == n) {
			return;
		}
		activations = null;
		deltas = null;
		double[][][][] act = new double[stacks.length][][][];
		double[][][][] del = new double[stacks.length][][][];
		for (int c = 0; c < stacks.length; c++) {
			act[c] = stacks[c].newTrace(n);
			del[c] = stacks[c].newTrace(n);
		}
		activations = act;
		deltas = del;
	}

	/** Forward pass of every stack into full traces; returns f. */
	private double[] traces(double[][] xt, double[][][][] act, double[][][][] der) {
		int n = xt.length;
		int blocks = sampleBlocks(n);
		double[][] out = new double[stacks.length][n];
		runner.forEach(stacks.length * blocks, () -> null, (task, unused) -> {
			int c = task / blocks;
			int s0 = task % blocks * DeepStack.SAMPLE_BLOCK;
			int count = Math.min(DeepStack.SAMPLE_BLOCK, n - s0);
			stacks[c].forward(xt, s0, count, act[c], der[c], s0, out[c]);
		});
		return sum(out);
	}

	/** @return {@link DeepNtk}(σ, L, c_w, bias), the limit of {@link #empiricalNtk} at initialisation */
	@Override
	public PairKernel limitKernel() {
		return new DeepNtk(activation(), depth, weightVariance, bias());
	}

	/**
	 * The empirical NTK Θ_ij = ⟨∇_θ f(x_i), ∇_θ f(x_j)⟩ of the current weights, summed over the stacks; for L = 1 the
	 * paper's (1/m)⟨∇_W f, ∇_W f⟩. It tends to {@link #limitKernel()} as m → ∞, with fluctuations O(√(L/m)) relative.
	 *
	 * @param x n points of R^D, n ≤ {@link GramMatrix#MAX_N}
	 * @return the exactly symmetric n × n Gram matrix
	 */
	public GramMatrix empiricalNtk(double[][] x) {
		return empiricalNtk(x, Progress.NONE);
	}

	/**
	 * {@link #empiricalNtk(double[][])} with progress (one unit per feature Gram product: 2L per stack) and
	 * cancellation (between blocks of 128 features).
	 * <p>
	 * Layer-wise: the gradient of f with respect to layer l is the outer product δ^l ⊗ in^l, so
	 * Θ = Σ_l ⟨δ^l(x), δ^l(x')⟩·⟨in^l(x), in^l(x')⟩ with in¹ = x̃, in^{l+1} = (σ(h^l)/√m, β) and, for v,
	 * δ = 1, in = σ(h^L)/√m.
	 *
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	@Override
	public GramMatrix empiricalNtk(double[][] x, Progress progress) {
		require(x.length <= GramMatrix.MAX_N, "at most " + GramMatrix.MAX_N + " points, got " + x.length);
		double[][] xt = tilde(x);
		return new GramMatrix(x.length, DeepNtkGram.compute(stacks, runner, xt, xt, true,
				Objects.requireNonNull(progress, "progress")));
	}

	/**
	 * The cross kernel Θ(x_i, z_j), e.g. test × train for {@link LinearisedModel}.
	 *
	 * @param x n_x points of R^D (rows)
	 * @param z n_z points of R^D (columns)
	 * @return n_x × n_z entries, row-major (entry (i, j) at i·n_z + j)
	 */
	public double[] empiricalNtk(double[][] x, double[][] z) {
		return empiricalNtk(x, z, Progress.NONE);
	}

	/** {@link #empiricalNtk(double[][], double[][])} with progress and cancellation. */
	@Override
	public double[] empiricalNtk(double[][] x, double[][] z, Progress progress) {
		require((long) x.length * z.length <= Integer.MAX_VALUE - 8, "n_x * n_z must fit in an array");
		return DeepNtkGram.compute(stacks, runner, tilde(x), tilde(z), false,
				Objects.requireNonNull(progress, "progress"));
	}

	/** Shuts down the worker threads and drops the training traces; the network cannot compute afterwards. */
	@Override
	public void close() {
		activations = null;
		deltas = null;
		runner.close();
	}

	@Override
	public String toString() {
		return "DeepNetwork(" + activation() + ", D=" + ambientDim + ", L=" + depth + ", m=" + width
				+ (bias() ? ", bias" : "") + (stacks.length == 2 ? ", symmetric" : "") + ")";
	}

	static int sampleBlocks(int n) {
		return (n + DeepStack.SAMPLE_BLOCK - 1) / DeepStack.SAMPLE_BLOCK;
	}

	/** f = Σ over stacks, in stack order. */
	private static double[] sum(double[][] out) {
		double[] f = out[0];
		for (int c = 1; c < out.length; c++) {
			for (int i = 0; i < f.length; i++) {
				f[i] += out[c][i];
			}
		}
		return f;
	}

	private static void requireTargets(double[][] x, double[] y) {
		require(x.length > 0, "need at least one sample");
		require(y.length == x.length,
				"need one target per sample, got " + y.length + " targets for " + x.length + " samples");
	}

	/** x̃ rows: x_i followed by 1 with bias. */
	private double[][] tilde(double[][] x) {
		int d = stacks[0].inputDim;
		double[][] xt = new double[x.length][d];
		for (int i = 0; i < x.length; i++) {
			require(x[i].length == ambientDim,
					"point " + i + " must have " + ambientDim + " components, got " + x[i].length);
			System.arraycopy(x[i], 0, xt[i], 0, ambientDim);
			if (d > ambientDim) {
				xt[i][ambientDim] = 1.0;
			}
		}
		return xt;
	}
}

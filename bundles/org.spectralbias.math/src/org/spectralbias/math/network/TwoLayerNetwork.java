package org.spectralbias.math.network;

import java.util.Objects;
import java.util.random.RandomGenerator;

import org.spectralbias.math.Progress;
import org.spectralbias.math.VectorApi;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.internal.WorkerTeam;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.kernel.TwoLayerNtk;
import org.spectralbias.math.linalg.GramMatrix;

/**
 * A finite two-layer network trained by full-batch gradient descent on L = (1/(2n)) Σ_i (f(x_i) − y_i)², held in
 * the NTK parameterisation
 * <p>
 * f(x) = (1/√m) Σ_r a_r σ(w_r·x̃), w_r ~ N(0, c_w I), a_r ~ N(0, 1), x̃ = x or (x, 1) with bias,
 * <p>
 * whose infinite-width NTK is {@link org.spectralbias.math.kernel.TwoLayerNtk}(σ, c_w, bias):
 * κ = ⟨x̃, x̃'⟩ E[σ'σ'] + E[σσ]; training only the first layer drops the E[σσ] term.
 * <p>
 * <b>Relation to the paper</b> (Cao et al. 2021: f = √m W₂σ(W₁x), W₁ ~ N(0, 2/m), W₂ ~ N(0, 1/m), ReLU, step η).
 * Put W₁ = w/√m and W₂ = a/√m; ReLU is 1-homogeneous, so √m (a/√m)·σ(wx/√m) = (1/√m) Σ a_r σ(w_r·x): the same
 * function, with w ~ N(0, 2) (c_w = 2) and a ~ N(0, 1). By the chain rule ∂L/∂W₂ = √m ∂L/∂a and
 * ∂L/∂W₁ = √m ∂L/∂w, so the paper's update W ← W − η ∂L/∂W reads a/√m ← a/√m − η √m ∂L/∂a, i.e.
 * a ← a − (η m) ∂L/∂a, and likewise for w: gradient descent with step η on the paper's weights is gradient
 * descent with step η_eff = η·m on (w, a). All learning rates of this package are η_eff; the linear model is then
 * r_{t+1} = (I − η_eff K/n) r_t (science.md).
 * <p>
 * Work is split into fixed blocks of samples (outputs) and of neurons (gradients), independent of the thread count,
 * so results are bit-identical for any {@code threads}. {@link #step} and {@link #predict} run in plain Java or,
 * for ReLU and when selected ({@link #useVectorApi}, by default when {@link VectorApi#enabled()}), on the Vector
 * API; both perform the same operations in the same order and give the same doubles. The network owns a thread
 * pool: {@link #close()} it.
 * Memory: m·(D̃ + 1) doubles plus small per-thread blocks. Thread safety: not thread-safe; use from one thread
 * at a time (each call is internally parallel).
 */
public final class TwoLayerNetwork implements TrainableNetwork {

	private final int ambientDim;
	private final boolean bias;
	private final boolean firstLayerOnly;
	private final double weightVariance;
	private final NetworkKernel kernel;
	private final WorkerTeam runner;
	private NetworkPasses<?> passes;

	/**
	 * Samples a network on all available processors; see
	 * {@link #TwoLayerNetwork(int, int, ActivationFunction, double, boolean, boolean, Initialisation, RandomGenerator, int)}.
	 */
	public TwoLayerNetwork(int ambientDim, int width, ActivationFunction activation, double weightVariance,
			boolean bias, boolean trainFirstLayerOnly, Initialisation initialisation, RandomGenerator random) {
		this(ambientDim, width, activation, weightVariance, bias, trainFirstLayerOnly, initialisation, random,
				Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Samples a network with {@link NetworkParameters#sample}.
	 *
	 * @param ambientDim          D, the input dimension, ≥ 1
	 * @param width               m ≥ 1 (even for {@link Initialisation#SYMMETRIC})
	 * @param activation          σ; ReLU ({@link org.spectralbias.math.activation.Relu}) takes a vectorised path
	 * @param weightVariance      c_w, finite, &gt; 0 (2 for ReLU: the paper's He initialisation)
	 * @param bias                whether the first layer has a bias (input x̃ = (x, 1))
	 * @param trainFirstLayerOnly whether gradient descent leaves a fixed
	 * @param initialisation      STANDARD or SYMMETRIC (f_0 ≡ 0)
	 * @param random              the only source of randomness
	 * @param threads             worker threads including the caller, ≥ 1
	 * @throws IllegalArgumentException when a size or the variance is out of range, or SYMMETRIC with odd width
	 */
	public TwoLayerNetwork(int ambientDim, int width, ActivationFunction activation, double weightVariance,
			boolean bias, boolean trainFirstLayerOnly, Initialisation initialisation, RandomGenerator random,
			int threads) {
		this(NetworkParameters.sample(ambientDim, width, weightVariance, bias, initialisation, random), activation,
				trainFirstLayerOnly, threads, weightVariance);
	}

	/**
	 * A network with given weights whose initial distribution is unknown (so it has no {@link #limitKernel()}).
	 */
	public TwoLayerNetwork(NetworkParameters parameters, ActivationFunction activation, boolean trainFirstLayerOnly,
			int threads) {
		this(parameters, activation, trainFirstLayerOnly, threads, Double.NaN);
	}

	/**
	 * A network with given weights (for instance a saved snapshot).
	 *
	 * @param parameters          the weights; copied
	 * @param activation          σ
	 * @param trainFirstLayerOnly whether gradient descent leaves a fixed
	 * @param threads             worker threads including the caller, ≥ 1
	 * @param weightVariance      c_w the weights were drawn with (defines {@link #limitKernel()}), or NaN if unknown
	 */
	public TwoLayerNetwork(NetworkParameters parameters, ActivationFunction activation, boolean trainFirstLayerOnly,
			int threads, double weightVariance) {
		Objects.requireNonNull(parameters, "parameters");
		this.weightVariance = weightVariance;
		Objects.requireNonNull(activation, "activation");
		this.ambientDim = parameters.ambientDim();
		this.bias = parameters.bias();
		this.firstLayerOnly = trainFirstLayerOnly;
		this.kernel = new NetworkKernel(parameters, activation);
		this.runner = new WorkerTeam(threads, "two-layer-network-worker");
		this.passes = new NetworkPasses.Plain(kernel);
		if (VectorApi.enabled()) {
			useVectorApi(true);
		}
	}

	/**
	 * Chooses how {@link #step} and {@link #predict} compute. The results are the same doubles either way; only
	 * the speed differs.
	 *
	 * @param vector whether to use the Vector API path; it is used only when {@link VectorApi#available()} and the
	 *               activation is ReLU
	 * @return whether the Vector API path is now in use
	 */
	public boolean useVectorApi(boolean vector) {
		passes = vector ? NetworkPasses.vector(kernel).orElseGet(() -> new NetworkPasses.Plain(kernel))
				: new NetworkPasses.Plain(kernel);
		return !(passes instanceof NetworkPasses.Plain);
	}

	/** @return how {@link #step} and {@link #predict} compute, e.g. "plain Java (auto-vectorised loops)" */
	public String computePath() {
		return passes.describe();
	}

	/** @return D */
	public int ambientDim() {
		return ambientDim;
	}

	/** @return m */
	public int width() {
		return kernel.width;
	}

	/** @return whether the first layer has a bias */
	public boolean bias() {
		return bias;
	}

	/** @return σ */
	public ActivationFunction activation() {
		return kernel.activation;
	}

	/** @return whether {@link #step} leaves the second layer fixed */
	public boolean trainsFirstLayerOnly() {
		return firstLayerOnly;
	}

	/** @return the number of threads used, including the caller */
	public int threads() {
		return runner.threads();
	}

	/** @return a snapshot of the current weights */
	public NetworkParameters parameters() {
		return kernel.snapshot(ambientDim, bias);
	}

	/**
	 * @param x n points of R^D (any n ≥ 0); not modified
	 * @return f(x_i) for each point
	 * @throws IllegalArgumentException when a point does not have D components
	 */
	public double[] predict(double[][] x) {
		double[] xt = tilde(x);
		int n = x.length;
		double[] f = new double[n];
		forward(passes, xt, n, f);
		return f;
	}

	private <S> void forward(NetworkPasses<S> p, double[] xt, int n, double[] f) {
		runner.forEach(p.forwardTasks(n), p::newScratch, (task, s) -> p.forward(xt, n, task, f, s));
	}

	private <S> void backward(NetworkPasses<S> p, double[] xt, double[] gs, boolean trainSecond) {
		runner.forEach(p.backwardTasks(), p::newScratch, (task, s) -> p.backward(xt, gs, trainSecond, task, s));
	}

	/**
	 * @param x n ≥ 1 points of R^D
	 * @param y n targets
	 * @return L = (1/(2n)) Σ (f(x_i) − y_i)²
	 */
	public double loss(double[][] x, double[] y) {
		requireTargets(x, y);
		return lossOf(residual(y, predict(x)));
	}

	/**
	 * One full-batch gradient-descent step θ ← θ − η_eff ∇L(θ) on both layers (or the first only), with one
	 * forward pass (outputs, parallel over sample blocks) and one backward pass (gradients and update, parallel over
	 * neuron blocks, recomputing the pre-activations of each block).
	 *
	 * @param x      n ≥ 1 training points of R^D; not modified
	 * @param y      n targets
	 * @param etaEff the step η_eff = η·m of the paper's parameterisation, finite, ≥ 0
	 * @return the residual y − f(x) <em>before</em> the step
	 * @throws IllegalArgumentException when sizes do not match or the step is invalid
	 */
	public double[] step(double[][] x, double[] y, double etaEff) {
		requireTargets(x, y);
		if (!(etaEff >= 0.0) || !Double.isFinite(etaEff)) {
			throw new IllegalArgumentException("etaEff must be finite and >= 0, got " + etaEff);
		}
		double[] xt = tilde(x);
		int n = x.length;
		double[] f = new double[n];
		NetworkPasses<?> p = passes;
		forward(p, xt, n, f);
		double[] r = residual(y, f);
		// gs_i = η_eff (f_i − y_i)/(n √m): ∂L/∂f_i = (f_i − y_i)/n times the 1/√m of ∂f/∂θ
		double scale = etaEff * kernel.invSqrtWidth / n;
		double[] gs = new double[NetworkKernel.paddedRows(n)];
		for (int i = 0; i < n; i++) {
			gs[i] = -r[i] * scale;
		}
		backward(p, xt, gs, !firstLayerOnly);
		return r;
	}

	/**
	 * The infinite-width limit of this network's NTK: {@link TwoLayerNtk} when both layers are trained; when only
	 * the first layer is, the E[σσ] term (the output layer's gradient) drops out, leaving ⟨x̃,x̃′⟩·E[σ′σ′].
	 */
	@Override
	public PairKernel limitKernel() {
		if (Double.isNaN(weightVariance)) {
			throw new IllegalStateException("the initial weight variance of this network is unknown");
		}
		if (firstLayerOnly) {
			return new FirstLayerNtk(activation(), weightVariance, bias());
		}
		return new TwoLayerNtk(activation(), weightVariance, bias());
	}

	/**
	 * The empirical NTK Θ_ij = ⟨∇_θ f(x_i), ∇_θ f(x_j)⟩ of the current weights (θ = the trained parameters; in the
	 * NTK parameterisation this is (1/m)Σ_r[σ(h_ir)σ(h_jr) + a_r² σ'(h_ir)σ'(h_jr)⟨x̃_i, x̃_j⟩], the paper's
	 * (1/m)⟨∇_W f, ∇_W f⟩), which tends to the analytic kernel as m → ∞ with Monte-Carlo error O(1/√m).
	 *
	 * @param x n points of R^D, n ≤ {@link GramMatrix#MAX_N}
	 * @return the exactly symmetric n × n Gram matrix
	 */
	public GramMatrix empiricalNtk(double[][] x) {
		return empiricalNtk(x, Progress.NONE);
	}

	/**
	 * {@link #empiricalNtk(double[][])} with progress (one unit per block of 128 neurons) and cancellation.
	 *
	 * @throws org.spectralbias.math.CancelledException when cancelled between blocks
	 */
	public GramMatrix empiricalNtk(double[][] x, Progress progress) {
		if (x.length > GramMatrix.MAX_N) {
			throw new IllegalArgumentException("at most " + GramMatrix.MAX_N + " points, got " + x.length);
		}
		double[] xt = tilde(x);
		double[] k = NtkGram.compute(kernel, runner, xt, x.length, xt, x.length, true, firstLayerOnly,
				Objects.requireNonNull(progress, "progress"));
		return new GramMatrix(x.length, k);
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
	public double[] empiricalNtk(double[][] x, double[][] z, Progress progress) {
		if ((long) x.length * z.length > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("n_x * n_z must fit in an array");
		}
		return NtkGram.compute(kernel, runner, tilde(x), x.length, tilde(z), z.length, false, firstLayerOnly,
				Objects.requireNonNull(progress, "progress"));
	}

	/**
	 * @param residual r, n ≥ 1 entries
	 * @return (1/(2n)) Σ r_i², summed in index order
	 */
	public static double lossOf(double[] residual) {
		double sum = 0.0;
		for (double r : residual) {
			sum += r * r;
		}
		return sum / (2.0 * residual.length);
	}

	/** Shuts down the worker threads; the network cannot compute afterwards. Idempotent. */
	@Override
	public void close() {
		runner.close();
	}

	@Override
	public String toString() {
		return "TwoLayerNetwork(" + kernel.activation + ", D=" + ambientDim + ", m=" + kernel.width
				+ (bias ? ", bias" : "") + (firstLayerOnly ? ", first layer only" : "") + ")";
	}

	private static double[] residual(double[] y, double[] f) {
		double[] r = new double[f.length];
		for (int i = 0; i < r.length; i++) {
			r[i] = y[i] - f[i];
		}
		return r;
	}

	private void requireTargets(double[][] x, double[] y) {
		if (x.length == 0) {
			throw new IllegalArgumentException("need at least one sample");
		}
		if (y.length != x.length) {
			throw new IllegalArgumentException("need one target per sample, got " + y.length + " targets for "
					+ x.length + " samples");
		}
	}

	/**
	 * x̃ rows, flat with stride D̃: x_i followed by 1 with bias, then zero rows up to
	 * {@link NetworkKernel#paddedRows} (the kernels work on groups of samples).
	 */
	private double[] tilde(double[][] x) {
		int d = kernel.inputDim;
		if ((long) NetworkKernel.paddedRows(x.length) * d > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("too many points");
		}
		double[] xt = new double[NetworkKernel.paddedRows(x.length) * d];
		for (int i = 0; i < x.length; i++) {
			if (x[i].length != ambientDim) {
				throw new IllegalArgumentException("point " + i + " must have " + ambientDim + " components, got "
						+ x[i].length);
			}
			System.arraycopy(x[i], 0, xt, i * d, ambientDim);
			if (bias) {
				xt[i * d + ambientDim] = 1.0;
			}
		}
		return xt;
	}
}

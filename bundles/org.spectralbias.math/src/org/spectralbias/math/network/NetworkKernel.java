package org.spectralbias.math.network;

import java.util.Arrays;

import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;

/**
 * The state of a {@link TwoLayerNetwork} and its plain-Java forward and backward loops, written for C2's
 * auto-vectoriser: neurons are the inner index, in blocks of {@value #NEURON_BLOCK} copied into thread-local
 * arrays, samples in groups of {@value GroupKernels#GROUP} ({@link GroupKernels}), every inner loop is an
 * element-wise update without a reduction, and ReLU is written without {@link Math#max} or branches.
 * <p>
 * State: the first layer transposed, {@code wT[k·s + r]} = (w_r)_k for k &lt; D̃ with the row stride s =
 * {@link #stride} (m rounded up to whole blocks; the padding stays zero), so neuron r's weights are a column and
 * each input component's weights over neurons are contiguous; and {@code a[r]}, also zero-padded to s. Inputs
 * arrive as x̃ rows, {@code xt[i·D̃ + k]}, zero-padded to a whole group.
 * <p>
 * Operation order, which every implementation of {@link NetworkPasses} follows so that all give the same doubles
 * (all sums use the exactly rounded {@link Math#fma}):
 * <ul>
 * <li>h_ir = x̃_i0 w_r0, then h_ir = fma(x̃_ik, w_rk, h_ir) for k = 1 … D̃ − 1;</li>
 * <li>forward: each sample keeps one lane per position p of a block; for blocks b in increasing order,
 * lane_p = fma(a_r/2, h + |h|, lane_p) with r = b·{@value #NEURON_BLOCK} + p; then f_i = {@link #sumLanes}·m^(−1/2);</li>
 * <li>backward (ReLU): c_ir = gs_i if h_ir &gt; 0, else zero; for samples i in increasing order and each k,
 * u_rk = fma(x̃_ik, c_ir, u_rk); then da_r = Σ_k fma(w_rk, u_rk, ·) in increasing k, w_rk −= a_r·u_rk and
 * a_r −= da_r.</li>
 * </ul>
 * <p>
 * Determinism: outputs f_i are summed over neurons by one task per sample block, gradients of neuron r over samples
 * by one task per neuron block, each in a fixed order, so results do not depend on which thread runs a task.
 * Partitioning the gradient by neurons (rather than by samples with per-block partial gradients summed in block
 * order) needs no n/16 copies of the m·D̃ gradient nor their merge; the price is recomputing each block's
 * pre-activations in the backward pass (n·m·D̃ multiply-adds), cheaper than storing H (n·m doubles).
 * Thread safety: tasks write disjoint parts of the outputs and of the state; the caller runs one phase at a time.
 */
final class NetworkKernel {

	/** Neurons per block: the vector length of the inner loops. Even, so symmetric pairs never straddle blocks. */
	static final int NEURON_BLOCK = 128;

	/** Samples per forward task. */
	static final int SAMPLE_BLOCK = 32;

	/**
	 * Per-thread scratch arrays. Rows are separate arrays so that every hot loop indexes its arrays with the same
	 * j: C2 then vectorises without having to prove that an offset access does not alias.
	 */
	static final class Scratch {
		final double[][] w;
		final double[] a = new double[NEURON_BLOCK];
		final double[] halfA = new double[NEURON_BLOCK];
		/** One sample's pre-activations ({@link #preActivation}, used by {@link NtkGram}). */
		final double[] h = new double[NEURON_BLOCK];
		/** The gradient sums u_r of the backward pass, one row per input component. */
		final double[][] dw;
		final double[] da = new double[NEURON_BLOCK];
		final double[][] acc = new double[SAMPLE_BLOCK][NEURON_BLOCK];
		final double[][] h4 = new double[GroupKernels.GROUP][NEURON_BLOCK];
		final double[][] c4 = new double[GroupKernels.GROUP][NEURON_BLOCK];

		Scratch(int inputDim) {
			w = new double[inputDim][NEURON_BLOCK];
			dw = new double[inputDim][NEURON_BLOCK];
		}
	}

	final int width;
	/** Row stride of {@link #wT} and length of {@link #a}: m rounded up to a multiple of {@value #NEURON_BLOCK}. */
	final int stride;
	final int inputDim;
	final ActivationFunction activation;
	final boolean relu;
	final double invSqrtWidth;
	final double[] wT;
	final double[] a;

	NetworkKernel(NetworkParameters parameters, ActivationFunction activation) {
		this.width = parameters.width();
		this.inputDim = parameters.inputDim();
		this.activation = activation;
		this.relu = activation instanceof Relu;
		this.invSqrtWidth = 1.0 / Math.sqrt(width);
		this.stride = neuronBlocks() * NEURON_BLOCK;
		if ((long) stride * inputDim > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("width * (ambientDim + bias) must fit in an array");
		}
		this.wT = new double[stride * inputDim];
		this.a = Arrays.copyOf(parameters.secondLayerShared(), stride);
		double[] w = parameters.firstLayerShared();
		for (int r = 0; r < width; r++) {
			for (int k = 0; k < inputDim; k++) {
				wT[k * stride + r] = w[r * inputDim + k];
			}
		}
	}

	NetworkParameters snapshot(int ambientDim, boolean bias) {
		double[] w = new double[width * inputDim];
		for (int r = 0; r < width; r++) {
			for (int k = 0; k < inputDim; k++) {
				w[r * inputDim + k] = wT[k * stride + r];
			}
		}
		return new NetworkParameters(ambientDim, bias, w, Arrays.copyOf(a, width));
	}

	Scratch newScratch() {
		return new Scratch(inputDim);
	}

	int neuronBlocks() {
		return (width + NEURON_BLOCK - 1) / NEURON_BLOCK;
	}

	static int sampleBlocks(int n) {
		return (n + SAMPLE_BLOCK - 1) / SAMPLE_BLOCK;
	}

	/** Copies neuron block b into the scratch and returns its length. */
	int load(int b, Scratch s) {
		int r0 = b * NEURON_BLOCK;
		int len = Math.min(NEURON_BLOCK, width - r0);
		for (int k = 0; k < inputDim; k++) {
			System.arraycopy(wT, k * stride + r0, s.w[k], 0, len);
		}
		System.arraycopy(a, r0, s.a, 0, len);
		for (int j = 0; j < len; j++) {
			s.halfA[j] = 0.5 * s.a[j];
		}
		return len;
	}

	/** h_j = w_j·x̃_i for the loaded block: axpys over pairs of input components, neurons inner. */
	void preActivation(double[] xt, int i, Scratch s, int len) {
		double[] h = s.h;
		int offset = i * inputDim;
		double x0 = xt[offset];
		double[] w0 = s.w[0];
		for (int j = 0; j < len; j++) {
			h[j] = x0 * w0[j];
		}
		int k = 1;
		for (; k + 1 < inputDim; k += 2) {
			double xk = xt[offset + k];
			double xl = xt[offset + k + 1];
			double[] wk = s.w[k];
			double[] wl = s.w[k + 1];
			for (int j = 0; j < len; j++) {
				h[j] += xk * wk[j] + xl * wl[j];
			}
		}
		if (k < inputDim) {
			double xk = xt[offset + k];
			double[] wk = s.w[k];
			for (int j = 0; j < len; j++) {
				h[j] += xk * wk[j];
			}
		}
	}

	/**
	 * f_i = (1/√m) Σ_r a_r σ(w_r·x̃_i) for the samples of block {@code sb}, in groups of {@value GroupKernels#GROUP}
	 * (the x̃ rows are padded to a multiple of the group; f is written for i &lt; n only). Each sample keeps one lane
	 * per neuron position in its block; lanes are summed once at the end.
	 */
	void forward(double[] xt, int n, int sb, double[] f, Scratch s) {
		int i0 = sb * SAMPLE_BLOCK;
		int count = Math.min(SAMPLE_BLOCK, paddedRows(n) - i0);
		double[][] acc = s.acc;
		for (int q = 0; q < count; q++) {
			Arrays.fill(acc[q], 0.0);
		}
		double[][] h = s.h4;
		double[] al = s.a;
		int g = GroupKernels.GROUP;
		for (int b = 0, blocks = neuronBlocks(); b < blocks; b++) {
			int len = load(b, s);
			for (int q = 0; q < count; q += g) {
				int o = (i0 + q) * inputDim;
				GroupKernels.preActivations(xt, o, inputDim, s.w, h[0], h[1], h[2], h[3], len);
				if (relu) {
					GroupKernels.reluLanes(s.halfA, h[0], h[1], h[2], h[3], acc[q], acc[q + 1], acc[q + 2], acc[q + 3],
							len);
				} else {
					for (int p = 0; p < g; p++) {
						double[] hp = h[p];
						double[] lanes = acc[q + p];
						for (int j = 0; j < len; j++) {
							lanes[j] = Math.fma(al[j], activation.value(hp[j]), lanes[j]);
						}
					}
				}
			}
		}
		for (int q = 0; q < count && i0 + q < n; q++) {
			f[i0 + q] = sumLanes(acc[q]) * invSqrtWidth;
		}
	}

	/**
	 * Sums one sample's {@value #NEURON_BLOCK} lanes in four chains. Lanes 2j and 2j + 1 land in chains of equal
	 * parity pairs ((0, 1), (2, 3)), so symmetric neurons (a, −a) cancel exactly: s1 = −s0 and s3 = −s2 bit for bit.
	 */
	static double sumLanes(double[] lanes) {
		double s0 = 0.0;
		double s1 = 0.0;
		double s2 = 0.0;
		double s3 = 0.0;
		for (int j = 0; j < NEURON_BLOCK; j += 4) {
			s0 += lanes[j];
			s1 += lanes[j + 1];
			s2 += lanes[j + 2];
			s3 += lanes[j + 3];
		}
		return (s0 + s1) + (s2 + s3);
	}

	/**
	 * One gradient-descent update of neuron block {@code b} over all samples, given
	 * gs_i = η_eff (f_i − y_i)/(n √m) (zero on the padding rows):
	 * w_r −= a_r Σ_i gs_i σ'(h_ir) x̃_i and, unless first-layer-only, a_r −= Σ_i gs_i σ(h_ir) (the gradients of
	 * L = (1/(2n)) Σ (f − y)² with ∂f/∂a_r = σ(h_r)/√m, ∂f/∂w_r = a_r σ'(h_r) x̃/√m). Both use the old weights.
	 * <p>
	 * The loops accumulate u_r = Σ_i gs_i σ'(h_ir) x̃_i over groups of {@value GroupKernels#GROUP} samples in
	 * increasing order. For ReLU, which is positively homogeneous (σ(h) = σ'(h)·h), the second-layer gradient
	 * follows without another pass over the samples: Σ_i gs_i σ(h_ir) = Σ_i gs_i σ'(h_ir) w_r·x̃_i = w_r·u_r.
	 *
	 * @param gs the scaled output gradients, one per padded row ({@link #paddedRows})
	 */
	void backward(double[] xt, double[] gs, boolean trainSecond, int b, Scratch s) {
		int len = load(b, s);
		double[][] h = s.h4;
		double[][] c = s.c4;
		double[] al = s.a;
		double[][] u = s.dw;
		double[] da = s.da;
		for (double[] row : u) {
			Arrays.fill(row, 0.0);
		}
		Arrays.fill(da, 0.0);
		int g = GroupKernels.GROUP;
		for (int i = 0; i < gs.length; i += g) {
			int o = i * inputDim;
			GroupKernels.preActivations(xt, o, inputDim, s.w, h[0], h[1], h[2], h[3], len);
			if (relu) {
				GroupKernels.reluMask(gs[i], gs[i + 1], gs[i + 2], gs[i + 3], h[0], h[1], h[2], h[3], c[0], c[1], c[2],
						c[3], len);
			} else {
				for (int p = 0; p < g; p++) {
					double gp = gs[i + p];
					double[] hp = h[p];
					double[] cp = c[p];
					for (int j = 0; j < len; j++) {
						cp[j] = gp * activation.derivative(hp[j]);
					}
					if (trainSecond) {
						for (int j = 0; j < len; j++) {
							da[j] = Math.fma(gp, activation.value(hp[j]), da[j]);
						}
					}
				}
			}
			GroupKernels.weightGradients(xt, o, inputDim, c[0], c[1], c[2], c[3], u, len);
		}
		if (relu && trainSecond) {
			// da_r = w_r·u_r, with the old w, in increasing k
			for (int k = 0; k < inputDim; k++) {
				double[] wk = s.w[k];
				double[] uk = u[k];
				for (int j = 0; j < len; j++) {
					da[j] = Math.fma(wk[j], uk[j], da[j]);
				}
			}
		}
		int r0 = b * NEURON_BLOCK;
		for (int k = 0; k < inputDim; k++) {
			double[] uk = u[k];
			int target = k * stride + r0;
			for (int j = 0; j < len; j++) {
				wT[target + j] -= al[j] * uk[j];
			}
		}
		if (trainSecond) {
			for (int j = 0; j < len; j++) {
				a[r0 + j] -= da[j];
			}
		}
	}

	/** @return n rounded up to a multiple of {@value GroupKernels#GROUP}: the rows of x̃ the loops read */
	static int paddedRows(int n) {
		return (n + GroupKernels.GROUP - 1) / GroupKernels.GROUP * GroupKernels.GROUP;
	}
}

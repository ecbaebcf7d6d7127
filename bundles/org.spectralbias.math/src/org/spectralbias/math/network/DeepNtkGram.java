package org.spectralbias.math.network;

import java.util.Arrays;

import org.spectralbias.math.Progress;
import org.spectralbias.math.internal.WorkerTeam;

/**
 * The empirical NTK of {@link DeepNetwork}'s stacks, layer by layer. The gradient of f with respect to the weights
 * of layer l is δ^l ⊗ in^l (δ^l = ∂f/∂h^l, in^l the layer's input), so
 * <p>
 * Θ(x, z) = Σ_stacks [ ⟨δ¹_x, δ¹_z⟩⟨x̃, z̃⟩ + Σ_{l=1}^{L−1} ⟨δ^{l+1}_x, δ^{l+1}_z⟩(⟨a^l_x, a^l_z⟩/m_c + β)
 * + s_o²⟨a^L_x, a^L_z⟩ ],
 * <p>
 * a^l = σ(h^l), s_o the stack's output scale: 2L feature products per stack ({@link DeepGram}), each over m_c
 * features, plus one over D̃. Terms are added in this order, entry by entry, so the result does not depend on the
 * thread count. Memory: σ(h) and δ of every sample and layer of one stack per argument (2·L·n·m_c doubles), and
 * three n_x × n_z arrays.
 */
final class DeepNtkGram {

	private DeepNtkGram() {
	}

	/**
	 * @param xt        x̃ rows of the first argument
	 * @param zt        x̃ rows of the second (the same array when symmetric)
	 * @param symmetric whether both arguments are the same points (upper triangle, mirrored)
	 * @return Θ, row-major n_x × n_z
	 */
	static double[] compute(DeepStack[] stacks, WorkerTeam runner, double[][] xt, double[][] zt,
			boolean symmetric, Progress progress) {
		int nx = xt.length;
		int nz = zt.length;
		int depth = stacks[0].depth;
		progress.begin("Empirical NTK " + nx + " × " + nz + ", L = " + depth + ", m = "
				+ stacks[0].width * stacks.length, 2L * depth * stacks.length);
		double[][] k = new double[nx][nz];
		double[][] inputs = DeepGram.product(runner, xt, zt, symmetric, progress);
		for (DeepStack stack : stacks) {
			progress.checkCancelled();
			double[][][][] fx = features(stack, runner, xt);
			double[][][][] fz = symmetric ? fx : features(stack, runner, zt);
			double beta = stack.bias ? 1.0 : 0.0;
			double hidden = 1.0 / stack.width;
			for (int l = 0; l <= depth; l++) {
				double[][] in = l == 0 ? inputs : product(runner, fx[0][l - 1], fz[0][l - 1], symmetric, progress);
				double[][] d = l < depth ? product(runner, fx[1][l], fz[1][l], symmetric, progress) : null;
				double scale = l == 0 ? 1.0 : l < depth ? hidden : stack.outputScale * stack.outputScale;
				double shift = l == 0 || l == depth ? 0.0 : beta;
				for (int i = 0; i < nx; i++) {
					double[] ki = k[i];
					double[] ini = in[i];
					double[] di = d == null ? null : d[i];
					for (int j = symmetric ? i : 0; j < nz; j++) {
						double term = scale * ini[j] + shift;
						ki[j] += di == null ? term : di[j] * term;
					}
				}
			}
		}
		double[] out = new double[nx * nz];
		for (int i = 0; i < nx; i++) {
			for (int j = symmetric ? i : 0; j < nz; j++) {
				out[i * nz + j] = k[i][j];
				if (symmetric) {
					out[j * nz + i] = k[i][j];
				}
			}
		}
		return out;
	}

	private static double[][] product(WorkerTeam runner, double[][] a, double[][] b, boolean symmetric,
			Progress progress) {
		double[][] g = DeepGram.product(runner, a, b, symmetric, progress);
		progress.worked(1);
		return g;
	}

	/** {σ(h^l), δ^l = ∂f_c/∂h^l} of every sample and hidden layer. */
	private static double[][][][] features(DeepStack stack, WorkerTeam runner, double[][] xt) {
		int n = xt.length;
		double[][][] act = stack.newTrace(n);
		double[][][] der = stack.newTrace(n);
		double[] ones = new double[n];
		Arrays.fill(ones, 1.0);
		int blocks = DeepNetwork.sampleBlocks(n);
		runner.forEach(blocks, () -> null, (b, unused) -> {
			int s0 = b * DeepStack.SAMPLE_BLOCK;
			stack.forward(xt, s0, Math.min(DeepStack.SAMPLE_BLOCK, n - s0), act, der, s0, null);
		});
		stack.backward(runner, ones, der);
		return new double[][][][] { act, der };
	}
}

package org.spectralbias.math.network;

import org.spectralbias.math.Progress;
import org.spectralbias.math.internal.WorkerTeam;

/**
 * The empirical NTK of a {@link NetworkKernel}'s current weights, blockwise over neurons:
 * K = Φ_x Φ_yᵀ/m + ((a∘S'_x)(a∘S'_y)ᵀ) ∘ (X̃ Ỹᵀ)/m, Φ = σ(H), S' = σ'(H), H = X̃ Wᵀ — the sum over neurons of
 * ⟨∂f/∂a_r⟩ and ⟨∂f/∂w_r⟩ products, with ∂f/∂a_r = σ(h_r)/√m and ∂f/∂w_r = a_r σ'(h_r) x̃/√m. First-layer-only
 * training drops the Φ term.
 * <p>
 * For each block of {@value NetworkKernel#NEURON_BLOCK} neurons the features are computed transposed (neuron-major,
 * samples contiguous), then every row of K is updated by axpys over its columns. Each entry is accumulated by one
 * task in neuron order, so the result does not depend on the thread count. Cost ≈ n_x n_y m multiply-adds per
 * term (half for the symmetric case), about 0.9 s for n = 1000, m = 4096 on 2 threads; memory 3 n_x n_y doubles
 * plus the features of one block.
 */
final class NtkGram {

	private static final int ROW_TILE = 8;
	private static final int FEATURE_CHUNK = 64;

	private NtkGram() {
	}

	/**
	 * @param xtRows    x̃ rows of the first argument, nRows × D̃
	 * @param xtCols    x̃ rows of the second argument (the same array when symmetric)
	 * @param symmetric whether the two arguments are the same points (computes the upper triangle and mirrors it)
	 * @return K row-major, nRows × nCols
	 */
	static double[] compute(NetworkKernel net, WorkerTeam runner, double[] xtRows, int nRows, double[] xtCols,
			int nCols, boolean symmetric, boolean firstLayerOnly, Progress progress) {
		int blocks = net.neuronBlocks();
		progress.begin("Empirical NTK " + nRows + " × " + nCols + ", m = " + net.width, blocks);
		boolean withPhi = !firstLayerOnly;
		// separate rows so that the inner loops index every array with the same j (see NetworkKernel.Scratch)
		double[][] k1 = withPhi ? new double[nRows][nCols] : null;
		double[][] k2 = new double[nRows][nCols];
		int nb = NetworkKernel.NEURON_BLOCK;
		double[][] phiR = withPhi ? new double[nb][nRows] : null;
		double[][] psiR = new double[nb][nRows];
		double[][] phiC = symmetric ? phiR : withPhi ? new double[nb][nCols] : null;
		double[][] psiC = symmetric ? psiR : new double[nb][nCols];
		int rowChunks = (nRows + FEATURE_CHUNK - 1) / FEATURE_CHUNK;
		int colChunks = symmetric ? 0 : (nCols + FEATURE_CHUNK - 1) / FEATURE_CHUNK;
		int tiles = (nRows + ROW_TILE - 1) / ROW_TILE;
		for (int b = 0; b < blocks; b++) {
			progress.checkCancelled();
			int block = b;
			runner.forEach(rowChunks + colChunks, net::newScratch, (task, s) -> {
				int len = net.load(block, s);
				if (task < rowChunks) {
					features(net, xtRows, nRows, task, len, phiR, psiR, s);
				} else {
					features(net, xtCols, nCols, task - rowChunks, len, phiC, psiC, s);
				}
			});
			int len = Math.min(nb, net.width - b * nb);
			runner.forEach(tiles, () -> null, (tile, unused) -> {
				int iEnd = Math.min(nRows, (tile + 1) * ROW_TILE);
				for (int i = tile * ROW_TILE; i < iEnd; i++) {
					int jStart = symmetric ? i : 0;
					double[] k2i = k2[i];
					for (int r = 0; r < len; r++) {
						double q = psiR[r][i];
						double[] psi = psiC[r];
						if (withPhi) {
							double[] k1i = k1[i];
							double p = phiR[r][i];
							double[] phi = phiC[r];
							for (int j = jStart; j < nCols; j++) {
								k1i[j] += p * phi[j];
								k2i[j] += q * psi[j];
							}
						} else {
							for (int j = jStart; j < nCols; j++) {
								k2i[j] += q * psi[j];
							}
						}
					}
				}
			});
			progress.worked(1);
		}
		progress.checkCancelled();
		return combine(net, xtRows, nRows, xtCols, nCols, symmetric, k1, k2);
	}

	/** Features of one chunk of samples for the loaded block: φ = σ(h), ψ = a∘σ'(h), neuron-major. */
	private static void features(NetworkKernel net, double[] xt, int n, int chunk, int len, double[][] phi,
			double[][] psi, NetworkKernel.Scratch s) {
		int iEnd = Math.min(n, (chunk + 1) * FEATURE_CHUNK);
		double[] h = s.h;
		double[] al = s.a;
		for (int i = chunk * FEATURE_CHUNK; i < iEnd; i++) {
			net.preActivation(xt, i, s, len);
			for (int r = 0; r < len; r++) {
				double z = h[r];
				if (phi != null) {
					phi[r][i] = net.relu ? Math.max(z, 0.0) : net.activation.value(z);
				}
				psi[r][i] = al[r] * (net.relu ? Math.max(Math.signum(z), 0.0) : net.activation.derivative(z));
			}
		}
	}

	/** K = (K1 + K2 ∘ X̃Ỹᵀ)/m, mirrored when symmetric. */
	private static double[] combine(NetworkKernel net, double[] xtRows, int nRows, double[] xtCols, int nCols,
			boolean symmetric, double[][] k1, double[][] k2) {
		int d = net.inputDim;
		double invWidth = 1.0 / net.width;
		double[] out = new double[nRows * nCols];
		for (int i = 0; i < nRows; i++) {
			int jStart = symmetric ? i : 0;
			for (int j = jStart; j < nCols; j++) {
				double dot = 0.0;
				for (int k = 0; k < d; k++) {
					dot += xtRows[i * d + k] * xtCols[j * d + k];
				}
				double first = k1 != null ? k1[i][j] : 0.0;
				double value = (first + k2[i][j] * dot) * invWidth;
				out[i * nCols + j] = value;
				if (symmetric) {
					out[j * nCols + i] = value;
				}
			}
		}
		return out;
	}
}

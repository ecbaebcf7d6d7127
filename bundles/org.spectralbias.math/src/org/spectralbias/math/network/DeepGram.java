package org.spectralbias.math.network;

import org.spectralbias.math.Progress;
import org.spectralbias.math.internal.WorkerTeam;

/**
 * Products G = A Bᵀ of per-sample feature rows (A: n_r × k, B: n_c × k), the building block of the empirical NTK of
 * {@link DeepNetwork}.
 * <p>
 * Features are taken in blocks of {@value #FEATURE_BLOCK}; each block of B is transposed (features outer, samples
 * contiguous) and every row of G is updated by axpys over its columns, rows split into tiles of {@value #ROW_TILE}
 * across threads. Each entry is accumulated by one task in feature order, so the result does not depend on the
 * thread count, and for A = B entries (i, j) and (j, i) would be the same sum (only j ≥ i is computed then). Zero
 * features (ReLU) are skipped.
 */
final class DeepGram {

	private static final int FEATURE_BLOCK = 128;
	private static final int ROW_TILE = 8;

	private DeepGram() {
	}

	/**
	 * @param a         rows of the first argument, equal lengths k
	 * @param b         rows of the second argument (the same array when symmetric)
	 * @param symmetric compute only entries j ≥ i (the others stay 0)
	 * @param progress  polled between feature blocks
	 * @return G, n_r rows of n_c
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	static double[][] product(WorkerTeam runner, double[][] a, double[][] b, boolean symmetric,
			Progress progress) {
		int nr = a.length;
		int nc = b.length;
		double[][] g = new double[nr][nc];
		if (nr == 0 || nc == 0) {
			return g;
		}
		int k = a[0].length;
		double[][] bt = new double[Math.min(FEATURE_BLOCK, k)][nc];
		int tiles = (nr + ROW_TILE - 1) / ROW_TILE;
		for (int k0 = 0; k0 < k; k0 += FEATURE_BLOCK) {
			progress.checkCancelled();
			int start = k0;
			int len = Math.min(FEATURE_BLOCK, k - k0);
			for (int j = 0; j < nc; j++) {
				double[] bj = b[j];
				for (int r = 0; r < len; r++) {
					bt[r][j] = bj[start + r];
				}
			}
			runner.forEach(tiles, () -> null, (tile, unused) -> {
				int iEnd = Math.min(nr, (tile + 1) * ROW_TILE);
				for (int i = tile * ROW_TILE; i < iEnd; i++) {
					double[] gi = g[i];
					double[] ai = a[i];
					int j0 = symmetric ? i : 0;
					for (int r = 0; r < len; r++) {
						double c = ai[start + r];
						if (c != 0.0) {
							double[] row = bt[r];
							for (int j = j0; j < nc; j++) {
								gi[j] += c * row[j];
							}
						}
					}
				}
			});
		}
		return g;
	}
}

package org.spectralbias.math.linalg;

import org.spectralbias.math.internal.WorkerTeam;

/** Cache-blocked transposes for the dense eigensolver; pure data movement, so any split gives the same result. */
final class Transpose {

	private static final int TILE = 64;

	private Transpose() {
	}

	/**
	 * Transposes a square matrix of rows in place, tile pairs in parallel.
	 *
	 * @return the same array
	 */
	static double[][] inPlace(double[][] a, WorkerTeam team) {
		int n = a.length;
		int tiles = (n + TILE - 1) / TILE;
		team.run(tiles, bi -> {
			int rowEnd = Math.min(n, (bi + 1) * TILE);
			for (int bj = bi; bj < tiles; bj++) {
				int columnEnd = Math.min(n, (bj + 1) * TILE);
				for (int i = bi * TILE; i < rowEnd; i++) {
					double[] row = a[i];
					for (int j = bi == bj ? i + 1 : bj * TILE; j < columnEnd; j++) {
						double swap = row[j];
						row[j] = a[j][i];
						a[j][i] = swap;
					}
				}
			}
		});
		return a;
	}

	/**
	 * The row-major n × k matrix whose column c is row {@code order[c]} of {@code rows}.
	 *
	 * @param rows  source rows of length n
	 * @param order k source row indices
	 * @return n·k entries, row-major
	 */
	static double[] columnsOf(double[][] rows, int[] order, int n, WorkerTeam team) {
		int k = order.length;
		double[] out = new double[n * k];
		int tiles = (n + TILE - 1) / TILE;
		team.run(tiles, bi -> {
			int rowEnd = Math.min(n, (bi + 1) * TILE);
			for (int c0 = 0; c0 < k; c0 += TILE) {
				int columnEnd = Math.min(k, c0 + TILE);
				for (int c = c0; c < columnEnd; c++) {
					double[] source = rows[order[c]];
					for (int i = bi * TILE; i < rowEnd; i++) {
						out[i * k + c] = source[i];
					}
				}
			}
		});
		return out;
	}
}

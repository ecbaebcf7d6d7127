package org.spectralbias.math.linalg;

import java.util.Objects;

import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;

/**
 * Computes square tiles of a Gram matrix K_ij = k(x_i, x_j): the unit of work of {@link GramMatrix} and of
 * {@link PackedGramOperator}.
 * <p>
 * For a {@link DotProductKernel} whose points are all unit vectors (|‖x‖² − 1| ≤ 1e−10) a tile is computed as
 * inner products against the transposed points (the inner loop runs over columns, which C2 vectorises; each inner
 * product is still summed in coordinate order, so it equals {@link DotProductKernel#dot} bit for bit), then
 * {@link DotProductKernel#kappaInPlace} on the whole tile at once (row by row for the partial tiles at the edge; long
 * batches let {@link org.spectralbias.math.kernel.ReluNtk} vectorise its arccos); the diagonal is set to κ(1) exactly — ⟨x, x⟩ = 1 ± ulp would
 * otherwise cost about √ulp ≈ 1e−8 for kernels with a √(1 − t) term such as the ReLU NTK. Otherwise every entry is
 * the kernel's {@link PairKernel#value}. Tiles on the diagonal are exactly symmetric (the lower half copies the
 * upper half). Each entry's arithmetic depends only on (i, j), so results do not depend on who computes which tile.
 * <p>
 * Thread safety: immutable after construction; {@link #fill} may be called concurrently with different buffers.
 */
final class GramTiles {

	/** Side of the square tiles. */
	static final int TILE = 64;

	private static final double UNIT_TOLERANCE = 1e-10;

	private final int n;
	private final PairKernel kernel;
	private final double[][] points;
	/** The dot-product kernel of the fast path, or null. */
	private final DotProductKernel dotKernel;
	/** Coordinate d of point j at columns[d][j] (fast path only). */
	private final double[][] columns;
	private final double diagonal;

	/**
	 * @param kernel the kernel; called concurrently from the workers
	 * @param points n points of equal dimension; not modified (copied for the fast path)
	 * @throws IllegalArgumentException when the points are ragged
	 */
	GramTiles(PairKernel kernel, double[][] points) {
		this.kernel = Objects.requireNonNull(kernel, "kernel");
		this.points = Objects.requireNonNull(points, "points");
		this.n = points.length;
		for (double[] p : points) {
			if (p.length != points[0].length) {
				throw new IllegalArgumentException("all points must have the same dimension");
			}
		}
		if (kernel instanceof DotProductKernel dot && allUnit(points)) {
			int dim = n == 0 ? 0 : points[0].length;
			this.dotKernel = dot;
			this.columns = new double[dim][n];
			for (int j = 0; j < n; j++) {
				for (int d = 0; d < dim; d++) {
					columns[d][j] = points[j][d];
				}
			}
			this.diagonal = dot.kappa(1.0);
		} else {
			this.dotKernel = null;
			this.columns = null;
			this.diagonal = Double.NaN;
		}
	}

	int n() {
		return n;
	}

	/** @return the number of tiles along one side, ⌈n / TILE⌉ */
	int tilesPerSide() {
		return (n + TILE - 1) / TILE;
	}

	/** @return the number of rows (or columns) of tile row (or column) b */
	int extent(int b) {
		return Math.min(n, (b + 1) * TILE) - b * TILE;
	}

	/**
	 * Computes tile (bi, bj), bi ≤ bj: buffer[r·TILE + c] = K(bi·TILE + r, bj·TILE + c) for r &lt; extent(bi),
	 * c &lt; extent(bj). Other buffer entries are left as they were.
	 *
	 * @param bi     tile row
	 * @param bj     tile column, ≥ bi
	 * @param buffer TILE² entries
	 */
	void fill(int bi, int bj, double[] buffer) {
		if (dotKernel != null) {
			fillDot(bi, bj, buffer);
		} else {
			fillPairs(bi, bj, buffer);
		}
		if (bi == bj) {
			int size = extent(bi);
			for (int r = 0; r < size; r++) {
				for (int c = r + 1; c < size; c++) {
					buffer[c * TILE + r] = buffer[r * TILE + c];
				}
			}
		}
	}

	private void fillDot(int bi, int bj, double[] buffer) {
		int rowStart = bi * TILE;
		int columnStart = bj * TILE;
		int rows = extent(bi);
		int width = extent(bj);
		int dim = columns.length;
		for (int r = 0; r < rows; r++) {
			double[] x = points[rowStart + r];
			int o = r * TILE;
			// whole rows, also on a diagonal tile (⟨x, y⟩ summed in coordinate order is symmetric bit for bit), so
			// that a full tile is one contiguous batch for kappaInPlace
			for (int c = 0; c < width; c++) {
				buffer[o + c] = 0.0;
			}
			for (int d = 0; d < dim; d++) {
				double xd = x[d];
				double[] column = columns[d];
				for (int c = 0; c < width; c++) {
					buffer[o + c] += xd * column[columnStart + c];
				}
			}
		}
		if (width == TILE) {
			dotKernel.kappaInPlace(buffer, 0, rows * TILE);
		} else {
			for (int r = 0; r < rows; r++) {
				dotKernel.kappaInPlace(buffer, r * TILE, r * TILE + width);
			}
		}
		if (bi == bj) {
			for (int r = 0; r < rows; r++) {
				buffer[r * TILE + r] = diagonal;
			}
		}
	}

	private void fillPairs(int bi, int bj, double[] buffer) {
		int rowStart = bi * TILE;
		int columnStart = bj * TILE;
		int rows = extent(bi);
		int width = extent(bj);
		for (int r = 0; r < rows; r++) {
			double[] x = points[rowStart + r];
			int first = bi == bj ? r : 0;
			for (int c = first; c < width; c++) {
				buffer[r * TILE + c] = kernel.value(x, points[columnStart + c]);
			}
		}
	}

	private static boolean allUnit(double[][] points) {
		for (double[] p : points) {
			if (!(Math.abs(DotProductKernel.dot(p, p) - 1.0) <= UNIT_TOLERANCE)) {
				return false;
			}
		}
		return true;
	}
}

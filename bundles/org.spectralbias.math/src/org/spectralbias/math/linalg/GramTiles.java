package org.spectralbias.math.linalg;

import java.util.Arrays;
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
 * batches let {@link org.spectralbias.math.kernel.ReluNtk} vectorise its arccos); the diagonal is set to κ(1)
 * exactly — ⟨x, x⟩ = 1 ± ulp would otherwise cost about √ulp ≈ 1e−8 for kernels with a √(1 − t) term such as the
 * ReLU NTK. Otherwise every entry is the kernel's {@link PairKernel#value}. Tiles on the diagonal are exactly
 * symmetric (the lower half copies the upper half). Each entry's arithmetic depends only on (i, j), so results do
 * not depend on who computes which tile.
 * <p>
 * Thread safety: immutable after construction; {@link #fill} may be called concurrently with different buffers.
 */
final class GramTiles {

	/** Side of the square tiles. */
	static final int TILE = 64;

	private static final double UNIT_TOLERANCE = 1e-10;
	/** Rows of inner products computed together. */
	private static final int ROWS_PER_PASS = 4;

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
		// the tile's columns and four rows of results as arrays of their own, so that every loop below indexes all
		// its arrays with the same c (C2 does not vectorise a loop that stores into an array at an offset)
		double[][] tileColumns = new double[dim][];
		for (int d = 0; d < dim; d++) {
			tileColumns[d] = Arrays.copyOfRange(columns[d], columnStart, columnStart + width);
		}
		double[][] dots = new double[ROWS_PER_PASS][width];
		// whole rows, also on a diagonal tile (⟨x, y⟩ summed in coordinate order is symmetric bit for bit), so
		// that a full tile is one contiguous batch for kappaInPlace
		int last = rowStart + rows - 1;
		for (int r = 0; r < rows; r += ROWS_PER_PASS) {
			int count = Math.min(ROWS_PER_PASS, rows - r);
			// a partial group at the tile's edge repeats its last row; the repeats are not copied out
			int first = rowStart + r;
			dots4(points[first], points[Math.min(first + 1, last)], points[Math.min(first + 2, last)],
					points[Math.min(first + 3, last)], tileColumns, dots, width);
			for (int q = 0; q < count; q++) {
				System.arraycopy(dots[q], 0, buffer, (r + q) * TILE, width);
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

	/**
	 * dots[q][c] = ⟨x_q, column c⟩ for the four rows x0 … x3, each summed in coordinate order as
	 * {@link DotProductKernel#dot} (starting from 0 + x₀y₀): one load of a column serves four rows.
	 */
	private static void dots4(double[] x0, double[] x1, double[] x2, double[] x3, double[][] tileColumns,
			double[][] dots, int width) {
		double[] d0 = dots[0];
		double[] d1 = dots[1];
		double[] d2 = dots[2];
		double[] d3 = dots[3];
		double[] y = tileColumns[0];
		double a0 = x0[0];
		double a1 = x1[0];
		double a2 = x2[0];
		double a3 = x3[0];
		for (int c = 0; c < width; c++) {
			double v = y[c];
			d0[c] = 0.0 + a0 * v;
			d1[c] = 0.0 + a1 * v;
			d2[c] = 0.0 + a2 * v;
			d3[c] = 0.0 + a3 * v;
		}
		for (int k = 1; k < tileColumns.length; k++) {
			double[] yk = tileColumns[k];
			double b0 = x0[k];
			double b1 = x1[k];
			double b2 = x2[k];
			double b3 = x3[k];
			for (int c = 0; c < width; c++) {
				double v = yk[c];
				d0[c] += b0 * v;
				d1[c] += b1 * v;
				d2[c] += b2 * v;
				d3[c] += b3 * v;
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

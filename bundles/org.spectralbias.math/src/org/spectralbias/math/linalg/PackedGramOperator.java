package org.spectralbias.math.linalg;

import static org.spectralbias.math.linalg.DenseKernels.axpy;
import static org.spectralbias.math.linalg.DenseKernels.axpy4;
import static org.spectralbias.math.linalg.DenseKernels.dot;
import static org.spectralbias.math.linalg.DenseKernels.dot4;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.internal.WorkerTeam;
import org.spectralbias.math.kernel.PairKernel;

/**
 * A Gram matrix K_ij = k(x_i, x_j) held once, as the {@value GramTiles#TILE} × {@value GramTiles#TILE} tiles of its
 * upper triangle, and applied as a {@link SymmetricOperator} tile by tile: for large n, where a dense n × n array
 * (and a second copy inside a dense eigensolver) does not fit. At n = 20 000 it stores about 1.6 GB (n²/2 doubles plus
 * the diagonal tiles' lower halves) against 3.2 GB for {@link GramMatrix}, and has no limit on n from Java's array
 * size. Entries are those of {@link GramMatrix#compute} bit for bit (the same {@link GramTiles}).
 * <p>
 * Product y = K x: an off-diagonal tile T = K[I, J] adds T x_J to y_I and Tᵀ x_I to y_J in one pass over its rows, so
 * each stored entry is read once per product (the product streams n²/2 doubles). The tiles are split into
 * {@value #PARTS} fixed parts, each accumulating into its own vector, summed in part order afterwards: y is
 * bit-identical for any thread count.
 * <p>
 * Close the operator to stop its worker threads (daemon threads; a forgotten operator does not keep the JVM alive).
 * Thread safety: {@link #multiply} must not be called concurrently; the stored matrix is immutable.
 */
public final class PackedGramOperator implements SymmetricOperator, AutoCloseable {

	/** Fixed number of parts the tiles are split into for a product (independent of the thread count). */
	static final int PARTS = 16;

	private static final int TILE = GramTiles.TILE;

	private final int n;
	private final int side;
	/** Tile (bi, bj), bi ≤ bj, at index(bi, bj): its rows, each an array of its columns (one index per loop). */
	private final double[][][] tiles;
	private final int[] partBounds;
	private final double[][] partial;
	private final WorkerTeam team;
	private final long storedEntries;

	private PackedGramOperator(int n, double[][][] tiles, int threads) {
		this.n = n;
		this.side = (n + TILE - 1) / TILE;
		this.tiles = tiles;
		long entries = 0;
		for (double[][] tile : tiles) {
			entries += (long) tile.length * tile[0].length;
		}
		this.storedEntries = entries;
		int parts = Math.max(1, Math.min(PARTS, tiles.length));
		this.partBounds = WorkerTeam.evenSplit(0, tiles.length, parts);
		this.partial = new double[parts][n];
		this.team = new WorkerTeam(threads, "gram-operator");
	}

	/**
	 * Computes and stores the upper triangle of K on {@code threads} threads.
	 *
	 * @param kernel   the kernel; called concurrently from the workers
	 * @param points   n points of equal dimension; not modified
	 * @param threads  threads for computing the tiles and for the products, ≥ 1
	 * @param progress receives {@code begin} with the number of tiles and one unit per tile; polled between tiles
	 * @return the operator; close it when done
	 * @throws IllegalArgumentException when the points are ragged or threads &lt; 1; or whatever the kernel throws
	 * @throws CancelledException       when cancelled (nothing is kept)
	 */
	public static PackedGramOperator compute(PairKernel kernel, double[][] points, int threads, Progress progress) {
		Objects.requireNonNull(progress, "progress");
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		}
		GramTiles source = new GramTiles(kernel, points);
		int side = source.tilesPerSide();
		int count = side * (side + 1) / 2;
		int[] rowOf = new int[count];
		int[] columnOf = new int[count];
		for (int bi = 0, t = 0; bi < side; bi++) {
			for (int bj = bi; bj < side; bj++, t++) {
				rowOf[t] = bi;
				columnOf[t] = bj;
			}
		}
		double[][][] tiles = new double[count][][];
		progress.begin("Gram matrix " + source.n() + " × " + source.n() + " (upper triangle, packed)", count);
		progress.checkCancelled();
		AtomicBoolean cancelled = new AtomicBoolean();
		ThreadLocal<double[]> buffers = ThreadLocal.withInitial(() -> new double[TILE * TILE]);
		try (WorkerTeam builders = new WorkerTeam(threads, "gram-tiles")) {
			builders.run(count, t -> {
				if (cancelled.get() || progress.isCancelled()) {
					cancelled.set(true);
					return;
				}
				double[] buffer = buffers.get();
				source.fill(rowOf[t], columnOf[t], buffer);
				int rows = source.extent(rowOf[t]);
				int width = source.extent(columnOf[t]);
				double[][] tile = new double[rows][width];
				for (int r = 0; r < rows; r++) {
					System.arraycopy(buffer, r * TILE, tile[r], 0, width);
				}
				tiles[t] = tile;
				progress.worked(1);
			});
		}
		if (cancelled.get()) {
			throw new CancelledException();
		}
		return new PackedGramOperator(source.n(), tiles, threads);
	}

	@Override
	public int size() {
		return n;
	}

	/** @return the number of doubles stored (the upper triangle by tiles, diagonal tiles in full) */
	public long storedEntries() {
		return storedEntries;
	}

	/** @return the bytes of the stored entries, 8 per double */
	public long storedBytes() {
		return 8L * storedEntries;
	}

	/**
	 * @param i row in [0, n)
	 * @param j column in [0, n)
	 * @return K_ij
	 */
	public double get(int i, int j) {
		Objects.checkIndex(i, n);
		Objects.checkIndex(j, n);
		int ti = i / TILE;
		int tj = j / TILE;
		int bi = Math.min(ti, tj);
		int bj = Math.max(ti, tj);
		// the stored tile is (bi, bj) with bi ≤ bj; diagonal tiles are stored in full
		int r = ti <= tj ? i - ti * TILE : j - tj * TILE;
		int c = ti <= tj ? j - tj * TILE : i - ti * TILE;
		return tiles[index(bi, bj)][r][c];
	}

	@Override
	public void multiply(double[] x, double[] y) {
		if (x.length != n || y.length != n) {
			throw new IllegalArgumentException("vectors must have length " + n);
		}
		int parts = partial.length;
		team.run(parts, p -> multiplyPart(p, x));
		int[] chunks = WorkerTeam.evenSplit(0, n, Math.max(1, Math.min(parts, n)));
		team.run(chunks.length - 1, q -> {
			for (int i = chunks[q]; i < chunks[q + 1]; i++) {
				double sum = 0.0;
				for (int p = 0; p < parts; p++) {
					sum += partial[p][i];
				}
				y[i] = sum;
			}
		});
	}

	/**
	 * partial[p] = the contributions of tiles [partBounds[p], partBounds[p + 1]). Rows go in groups of four that share
	 * the loads of x_J ({@link DenseKernels#dot4}) and update Tᵀ x_I together ({@link DenseKernels#axpy4}); the
	 * slices of x and of the column update are copied to tile-sized arrays so that every loop has one index.
	 */
	private void multiplyPart(int p, double[] x) {
		double[] out = partial[p];
		Arrays.fill(out, 0.0);
		double[] xColumns = new double[TILE];
		double[] yColumns = new double[TILE];
		int t = partBounds[p];
		int end = partBounds[p + 1];
		// recover (bi, bj) of the first tile, then walk the row-major upper-triangle order
		int bi = 0;
		while (bi + 1 < side && index(bi + 1, bi + 1) <= t) {
			bi++;
		}
		int bj = bi + (t - index(bi, bi));
		for (; t < end; t++) {
			double[][] tile = tiles[t];
			int rowStart = bi * TILE;
			int columnStart = bj * TILE;
			int rows = tile.length;
			int width = tile[0].length;
			System.arraycopy(x, columnStart, xColumns, 0, width);
			boolean diagonal = bi == bj;
			if (!diagonal) {
				Arrays.fill(yColumns, 0, width, 0.0);
			}
			int r = 0;
			for (; r + 3 < rows; r += 4) {
				dot4(out, rowStart + r, tile[r], tile[r + 1], tile[r + 2], tile[r + 3], xColumns, 0, width);
				if (!diagonal) {
					int i = rowStart + r;
					axpy4(yColumns, x[i], tile[r], x[i + 1], tile[r + 1], x[i + 2], tile[r + 2], x[i + 3],
							tile[r + 3], 0, width);
				}
			}
			for (; r < rows; r++) {
				out[rowStart + r] += dot(tile[r], xColumns, 0, width);
				if (!diagonal) {
					axpy(yColumns, x[rowStart + r], tile[r], 0, width);
				}
			}
			if (!diagonal) {
				for (int c = 0; c < width; c++) {
					out[columnStart + c] += yColumns[c];
				}
			}
			if (++bj == side) {
				bi++;
				bj = bi;
			}
		}
	}

	/** @return the position of tile (bi, bj), bi ≤ bj, in row-major order of the upper triangle */
	private int index(int bi, int bj) {
		return bi * side - bi * (bi - 1) / 2 + (bj - bi);
	}

	/** Stops the worker threads; the operator must not be used afterwards. */
	@Override
	public void close() {
		team.close();
	}

	@Override
	public String toString() {
		return "PackedGramOperator[" + n + " × " + n + ", " + storedBytes() / 1_000_000 + " MB stored, "
				+ team.threads() + " threads]";
	}
}

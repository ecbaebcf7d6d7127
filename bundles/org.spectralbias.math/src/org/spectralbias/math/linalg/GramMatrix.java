package org.spectralbias.math.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.internal.WorkerTeam;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;

/**
 * A symmetric n × n Gram matrix K_ij = k(x_i, x_j), stored row-major in {@code data} (entry (i, j) at i·n + j).
 * <p>
 * {@link #compute} computes the upper triangle in square tiles of {@value #TILE} × {@value #TILE} on a number of
 * worker threads (each tile into a small buffer, then written with its mirror image), reports one progress unit per
 * tile, and stops between tiles when cancelled. The calling thread allocates the n² array (zeroing it takes several
 * milliseconds) while the other workers already compute; they keep their first tiles in a {@link TileBacklog}. Every entry is computed by the same arithmetic whatever the thread
 * count, so results are bit-identical for any number of threads.
 * <p>
 * For a {@link DotProductKernel} whose points are all unit vectors (|‖x‖² − 1| ≤ 1e−10) the entries are κ(⟨x_i, x_j⟩)
 * (evaluated a row of a tile at a time by {@link DotProductKernel#kappaInPlace}) with the diagonal set to κ(1)
 * exactly — ⟨x, x⟩ = 1 ± ulp would otherwise cost about √ulp ≈ 1e−8 for kernels with a √(1 − t) term such as the
 * ReLU NTK. Otherwise the kernel's {@link PairKernel#value} is used. For n = 4000 points of S⁹ and the paper's ReLU
 * NTK this takes about 40 ms on the build machine's two cores (docs/performance.md).
 * <p>
 * The record exposes its backing array without copying (an n = 4000 matrix is 128 MB): treat it as read-only.
 * Equality compares contents. Thread safety: not synchronised; safe to share once no one writes.
 *
 * @param n    the number of points, ≥ 0, at most 46 340 (so that n² fits in an array)
 * @param data the n² entries, row-major
 */
public record GramMatrix(int n, double[] data) {

	/** Side of the square tiles that are the unit of parallel work, progress and cancellation. */
	public static final int TILE = GramTiles.TILE;

	/** The largest supported n. */
	public static final int MAX_N = 46_340;

	/**
	 * @throws IllegalArgumentException when n is out of range or data does not have n² entries
	 */
	public GramMatrix {
		if (n < 0 || n > MAX_N) {
			throw new IllegalArgumentException("n must be in [0, " + MAX_N + "], got " + n);
		}
		Objects.requireNonNull(data, "data");
		if (data.length != n * n) {
			throw new IllegalArgumentException("data must have n*n = " + n * n + " entries, got " + data.length);
		}
	}

	/**
	 * Computes K_ij = k(x_i, x_j) on all available processors; see {@link #compute(PairKernel, double[][], int,
	 * Progress)}.
	 *
	 * @param kernel   the kernel; called concurrently from the worker threads
	 * @param points   n points of equal dimension; not modified
	 * @param progress receives {@code begin} with the tile count and one unit per tile; polled between tiles
	 * @return the matrix
	 */
	public static GramMatrix compute(PairKernel kernel, double[][] points, Progress progress) {
		return compute(kernel, points, Runtime.getRuntime().availableProcessors(), progress);
	}

	/**
	 * Computes K_ij = k(x_i, x_j).
	 *
	 * @param kernel   the kernel; called concurrently from the worker threads
	 * @param points   n points of equal dimension; not modified
	 * @param threads  number of threads, ≥ 1 (1 computes on the calling thread)
	 * @param progress receives {@code begin} with the tile count and one unit per tile; polled between tiles
	 * @return the matrix
	 * @throws IllegalArgumentException when the points are ragged or too many, or threads &lt; 1; or whatever the
	 *                                  kernel throws
	 * @throws CancelledException       when the progress was cancelled (the partial matrix is discarded); also when
	 *                                  the calling thread is interrupted, with its interrupt status kept
	 */
	public static GramMatrix compute(PairKernel kernel, double[][] points, int threads, Progress progress) {
		Objects.requireNonNull(kernel, "kernel");
		Objects.requireNonNull(progress, "progress");
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		}
		int n = points.length;
		if (n > MAX_N) {
			throw new IllegalArgumentException("at most " + MAX_N + " points are supported, got " + n);
		}
		GramTiles source = new GramTiles(kernel, points);
		int tilesPerSide = source.tilesPerSide();
		List<int[]> tiles = new ArrayList<>();
		for (int bi = 0; bi < tilesPerSide; bi++) {
			for (int bj = bi; bj < tilesPerSide; bj++) {
				tiles.add(new int[] { bi, bj });
			}
		}
		progress.begin("Gram matrix " + n + " × " + n, tiles.size());
		progress.checkCancelled();
		int workers = Math.max(1, Math.min(threads, tiles.size()));
		TileBacklog.Destination destination = new TileBacklog.Destination();
		TileBacklog[] backlogs = new TileBacklog[workers];
		double[][] buffers = new double[workers][];
		for (int w = 0; w < workers; w++) {
			buffers[w] = new double[TILE * TILE];
			double[] transposed = new double[TILE * TILE];
			backlogs[w] = new TileBacklog(destination,
					(values, bi, bj, data) -> writeTile(source, values, bi, bj, transposed, data));
		}
		AtomicBoolean cancelled = new AtomicBoolean();
		try (WorkerTeam team = new WorkerTeam(workers, "gram-matrix-worker")) {
			team.run(tiles.size(), () -> destination.allocate(n * n), (worker, index) -> {
				if (cancelled.get() || progress.isCancelled()) {
					cancelled.set(true);
					return;
				}
				int[] tile = tiles.get(index);
				source.fill(tile[0], tile[1], buffers[worker]);
				backlogs[worker].write(buffers[worker], tile[0], tile[1]);
				progress.worked(1);
			});
		}
		if (cancelled.get()) {
			throw new CancelledException();
		}
		for (TileBacklog backlog : backlogs) {
			backlog.finish();
		}
		return new GramMatrix(n, destination.await());
	}

	/**
	 * @param i row in [0, n)
	 * @param j column in [0, n)
	 * @return K_ij
	 */
	public double get(int i, int j) {
		Objects.checkIndex(i, n);
		Objects.checkIndex(j, n);
		return data[i * n + j];
	}

	/** @return Σ K_ii */
	public double trace() {
		double sum = 0.0;
		for (int i = 0; i < n; i++) {
			sum += data[i * n + i];
		}
		return sum;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof GramMatrix g && g.n == n && Arrays.equals(g.data, data);
	}

	@Override
	public int hashCode() {
		return 31 * n + Arrays.hashCode(data);
	}

	@Override
	public String toString() {
		return "GramMatrix[" + n + " × " + n + "]";
	}

	/** Writes tile (bi, bj) to its rows and, off the diagonal, its mirror image. */
	private static void writeTile(GramTiles source, double[] buffer, int bi, int bj, double[] transposed,
			double[] data) {
		int n = source.n();
		int rowStart = bi * TILE;
		int columnStart = bj * TILE;
		int rows = source.extent(bi);
		int width = source.extent(bj);
		for (int r = 0; r < rows; r++) {
			System.arraycopy(buffer, r * TILE, data, (rowStart + r) * n + columnStart, width);
		}
		if (bi != bj) {
			// the mirror image: transposed inside the (L1-sized) tile first, then written row by row
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < width; c++) {
					transposed[c * TILE + r] = buffer[r * TILE + c];
				}
			}
			for (int c = 0; c < width; c++) {
				System.arraycopy(transposed, c * TILE, data, (columnStart + c) * n + rowStart, rows);
			}
		}
	}
}

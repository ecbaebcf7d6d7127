package org.spectralbias.math.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;

/**
 * A symmetric n × n Gram matrix K_ij = k(x_i, x_j), stored row-major in {@code data} (entry (i, j) at i·n + j).
 * <p>
 * {@link #compute} computes the upper triangle in square tiles of {@value #TILE} × {@value #TILE} on a number of
 * worker threads (each tile into a small buffer, then written with its mirror image), reports one progress unit per
 * tile, and stops between tiles when cancelled. Every entry is computed by the same arithmetic whatever the thread
 * count, so results are bit-identical for any number of threads.
 * <p>
 * For a {@link DotProductKernel} whose points are all unit vectors (|‖x‖² − 1| ≤ 1e−10) the entries are κ(⟨x_i, x_j⟩)
 * (evaluated a row of a tile at a time by {@link DotProductKernel#kappaInPlace}) with the diagonal set to κ(1)
 * exactly — ⟨x, x⟩ = 1 ± ulp would otherwise cost about √ulp ≈ 1e−8 for kernels with a √(1 − t) term such as the
 * ReLU NTK. Otherwise the kernel's {@link PairKernel#value} is used. For n = 4000 points of S⁹ and the paper's ReLU
 * NTK this takes about 0.1–0.2 s on two cores (8 million arccos evaluations dominate).
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
		double[] data = new double[n * n];
		progress.begin("Gram matrix " + n + " × " + n, tiles.size());
		progress.checkCancelled();
		Worker worker = new Worker(source, tiles, data, progress);
		if (threads == 1 || tiles.size() <= 1) {
			worker.run();
		} else {
			runInParallel(worker, Math.min(threads, tiles.size()));
		}
		if (worker.cancelled.get()) {
			throw new CancelledException();
		}
		return new GramMatrix(n, data);
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

	private static void runInParallel(Worker worker, int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "gram-matrix-worker");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int k = 0; k < threads; k++) {
				futures.add(pool.submit(worker));
			}
			RuntimeException failure = null;
			for (Future<?> future : futures) {
				try {
					future.get();
				} catch (ExecutionException e) {
					if (failure == null) {
						failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
					}
				}
			}
			if (failure != null) {
				throw failure;
			}
		} catch (InterruptedException e) {
			worker.stop.set(true);
			Thread.currentThread().interrupt();
			throw new CancelledException();
		} finally {
			pool.shutdownNow();
		}
	}

	/** Pulls tiles from a shared counter until none is left, the progress is cancelled or another worker failed. */
	private static final class Worker implements Runnable {
		private final GramTiles source;
		private final int n;
		private final List<int[]> tiles;
		private final double[] data;
		private final Progress progress;
		private final AtomicInteger next = new AtomicInteger();
		final AtomicBoolean stop = new AtomicBoolean();
		final AtomicBoolean cancelled = new AtomicBoolean();

		Worker(GramTiles source, List<int[]> tiles, double[] data, Progress progress) {
			this.source = source;
			this.n = source.n();
			this.tiles = tiles;
			this.data = data;
			this.progress = progress;
		}

		@Override
		public void run() {
			double[] buffer = new double[TILE * TILE];
			double[] transposed = new double[TILE * TILE];
			try {
				while (!stop.get()) {
					int index = next.getAndIncrement();
					if (index >= tiles.size()) {
						return;
					}
					if (progress.isCancelled()) {
						cancelled.set(true);
						stop.set(true);
						return;
					}
					computeTile(tiles.get(index)[0], tiles.get(index)[1], buffer, transposed);
					progress.worked(1);
				}
			} catch (RuntimeException | Error e) {
				stop.set(true);
				throw e;
			}
		}

		/** Computes tile (bi, bj) into the buffer, then writes its rows and, off the diagonal, its mirror image. */
		private void computeTile(int bi, int bj, double[] buffer, double[] transposed) {
			source.fill(bi, bj, buffer);
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
}

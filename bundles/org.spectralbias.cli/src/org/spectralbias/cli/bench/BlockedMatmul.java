package org.spectralbias.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * C = A·B for square row-major float64 matrices in plain Java, blocked for the caches, with the innermost loop an
 * axpy over a row of B that C2 vectorises; rows of C are split over threads. Only a stand-in for the machine's
 * dgemm-class limit when numpy is missing: it reaches a fraction of what an optimised BLAS does, so figures relative
 * to it flatter Java. Not thread-safe; {@link #close()} stops its threads.
 */
final class BlockedMatmul implements AutoCloseable {

	private static final int BLOCK_K = 128;
	private static final int BLOCK_J = 512;
	private static final int ROWS_PER_TASK = 16;

	private final int n;
	private final double[] a;
	private final double[] b;
	private final double[] c;
	private final ExecutorService pool;

	/**
	 * @param a       n × n, row-major; not copied
	 * @param b       n × n, row-major; not copied
	 * @param n       the order, ≥ 1
	 * @param threads worker threads, ≥ 1
	 */
	BlockedMatmul(double[] a, double[] b, int n, int threads) {
		if (a.length != n * n || b.length != n * n) {
			throw new IllegalArgumentException("need two n*n matrices");
		}
		this.n = n;
		this.a = a;
		this.b = b;
		this.c = new double[n * n];
		this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "bench-matmul");
			t.setDaemon(true);
			return t;
		});
	}

	/** @return the product A·B, computed anew (the returned array is reused by the next call) */
	double[] multiply() {
		if (pool == null) {
			rows(0, n);
			return c;
		}
		List<Future<?>> tasks = new ArrayList<>();
		for (int i0 = 0; i0 < n; i0 += ROWS_PER_TASK) {
			int from = i0;
			tasks.add(pool.submit(() -> rows(from, Math.min(n, from + ROWS_PER_TASK))));
		}
		try {
			for (Future<?> task : tasks) {
				task.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		return c;
	}

	private void rows(int from, int to) {
		java.util.Arrays.fill(c, from * n, to * n, 0.0);
		for (int j0 = 0; j0 < n; j0 += BLOCK_J) {
			int j1 = Math.min(n, j0 + BLOCK_J);
			for (int k0 = 0; k0 < n; k0 += BLOCK_K) {
				int k1 = Math.min(n, k0 + BLOCK_K);
				for (int i = from; i < to; i++) {
					int ci = i * n;
					for (int k = k0; k < k1; k++) {
						double aik = a[i * n + k];
						int bk = k * n;
						for (int j = j0; j < j1; j++) {
							c[ci + j] += aik * b[bk + j];
						}
					}
				}
			}
		}
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}

package org.spectralbias.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * C = A·B for square row-major float64 matrices in plain Java, blocked for the caches, with register tiles of four
 * rows of C × four rows of B in the innermost loop, which C2 vectorises into FMA instructions; rows of C are split
 * over threads. Only a stand-in for the machine's
 * dgemm-class limit when numpy is missing: it reaches a fraction of what an optimised BLAS does, so figures relative
 * to it flatter Java. Not thread-safe; {@link #close()} stops its threads.
 */
final class BlockedMatmul implements AutoCloseable {

	private static final int BLOCK_K = 128;
	private static final int BLOCK_J = 512;
	private static final int ROWS_PER_TASK = 16;

	private final int n;
	private final double[] a;
	/** Rows of B and of C as separate arrays, so that the inner loops index every array with the same j. */
	private final double[][] b;
	private final double[][] c;
	private final double[] result;
	private final ExecutorService pool;

	/**
	 * @param a       n × n, row-major; not copied
	 * @param b       n × n, row-major; copied into rows
	 * @param n       the order, ≥ 1
	 * @param threads worker threads, ≥ 1
	 */
	BlockedMatmul(double[] a, double[] b, int n, int threads) {
		if (a.length != n * n || b.length != n * n) {
			throw new IllegalArgumentException("need two n*n matrices");
		}
		this.n = n;
		this.a = a;
		this.b = new double[n][];
		this.c = new double[n][n];
		for (int k = 0; k < n; k++) {
			this.b[k] = java.util.Arrays.copyOfRange(b, k * n, (k + 1) * n);
		}
		this.result = new double[n * n];
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
		} else {
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
		}
		for (int i = 0; i < n; i++) {
			System.arraycopy(c[i], 0, result, i * n, n);
		}
		return result;
	}

	/**
	 * Rows [from, to) of C: blocks of columns and of k, then register tiles of four rows × four k, whose loop body
	 * (16 fused multiply-adds per column, one load of each B row for four rows of C) C2 vectorises.
	 */
	private void rows(int from, int to) {
		for (int i = from; i < to; i++) {
			java.util.Arrays.fill(c[i], 0.0);
		}
		for (int j0 = 0; j0 < n; j0 += BLOCK_J) {
			int j1 = Math.min(n, j0 + BLOCK_J);
			for (int k0 = 0; k0 < n; k0 += BLOCK_K) {
				int k1 = Math.min(n, k0 + BLOCK_K);
				int i = from;
				for (; i + 4 <= to; i += 4) {
					int k = k0;
					for (; k + 4 <= k1; k += 4) {
						tile(i, k, j0, j1);
					}
					for (; k < k1; k++) {
						for (int r = i; r < i + 4; r++) {
							axpy(a[r * n + k], b[k], c[r], j0, j1);
						}
					}
				}
				for (; i < to; i++) {
					for (int k = k0; k < k1; k++) {
						axpy(a[i * n + k], b[k], c[i], j0, j1);
					}
				}
			}
		}
	}

	private void tile(int i, int k, int j0, int j1) {
		double[] b0 = b[k];
		double[] b1 = b[k + 1];
		double[] b2 = b[k + 2];
		double[] b3 = b[k + 3];
		double[] c0 = c[i];
		double[] c1 = c[i + 1];
		double[] c2 = c[i + 2];
		double[] c3 = c[i + 3];
		int r0 = i * n + k;
		int r1 = r0 + n;
		int r2 = r1 + n;
		int r3 = r2 + n;
		double a00 = a[r0], a01 = a[r0 + 1], a02 = a[r0 + 2], a03 = a[r0 + 3];
		double a10 = a[r1], a11 = a[r1 + 1], a12 = a[r1 + 2], a13 = a[r1 + 3];
		double a20 = a[r2], a21 = a[r2 + 1], a22 = a[r2 + 2], a23 = a[r2 + 3];
		double a30 = a[r3], a31 = a[r3 + 1], a32 = a[r3 + 2], a33 = a[r3 + 3];
		for (int j = j0; j < j1; j++) {
			double p = b0[j];
			double q = b1[j];
			double s = b2[j];
			double t = b3[j];
			c0[j] = Math.fma(a03, t, Math.fma(a02, s, Math.fma(a01, q, Math.fma(a00, p, c0[j]))));
			c1[j] = Math.fma(a13, t, Math.fma(a12, s, Math.fma(a11, q, Math.fma(a10, p, c1[j]))));
			c2[j] = Math.fma(a23, t, Math.fma(a22, s, Math.fma(a21, q, Math.fma(a20, p, c2[j]))));
			c3[j] = Math.fma(a33, t, Math.fma(a32, s, Math.fma(a31, q, Math.fma(a30, p, c3[j]))));
		}
	}

	private static void axpy(double alpha, double[] x, double[] y, int j0, int j1) {
		for (int j = j0; j < j1; j++) {
			y[j] = Math.fma(alpha, x[j], y[j]);
		}
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}

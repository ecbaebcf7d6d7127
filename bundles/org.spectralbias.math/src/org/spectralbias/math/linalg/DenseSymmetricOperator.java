package org.spectralbias.math.linalg;

import java.util.Arrays;
import java.util.Objects;

import org.spectralbias.math.internal.WorkerTeam;

/**
 * {@link SymmetricOperator} over a row-major n × n symmetric matrix, with the product y = A x computed on several
 * threads from the upper triangle only: row i contributes Σ_{j≥i} a_ij x_j to y_i and a_ij x_i to y_j (j &gt; i), so
 * a product streams half the matrix (4n² bytes; it is memory-bound at large n). Rows go in groups of four that share
 * the loads of x; the rows are split into {@value #PARTS} parts of equal triangle area, fixed by n, each accumulating
 * into its own vector, summed in part order: y is bit-identical for any thread count.
 * <p>
 * The matrix is not copied and must not be modified while the operator is in use. Close the operator to stop its
 * worker threads (they are daemon threads, so a forgotten operator does not keep the JVM alive).
 * <p>
 * Thread safety: {@link #multiply} must not be called concurrently.
 */
public final class DenseSymmetricOperator implements SymmetricOperator, AutoCloseable {

	private static final double SYMMETRY_TOLERANCE = 1e-12;
	private static final int GROUP = 4;
	/** Fixed number of row parts (independent of the thread count). */
	static final int PARTS = 16;

	private final double[] a;
	private final int n;
	private final WorkerTeam team;
	private final int[] bounds;
	private final double[][] partial;

	/**
	 * An operator on all available processors.
	 *
	 * @param symmetricRowMajor the matrix, entry (i, j) at i·n + j; symmetric to within 1e−12 of its largest entry
	 * @param n                 the order, ≥ 0
	 */
	public DenseSymmetricOperator(double[] symmetricRowMajor, int n) {
		this(symmetricRowMajor, n, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param symmetricRowMajor the matrix, entry (i, j) at i·n + j; symmetric to within 1e−12 of its largest entry
	 * @param n                 the order, ≥ 0
	 * @param threads           threads for the product, ≥ 1
	 * @throws IllegalArgumentException when the sizes do not match, an entry is not finite, the matrix is not
	 *                                  symmetric or threads &lt; 1
	 */
	public DenseSymmetricOperator(double[] symmetricRowMajor, int n, int threads) {
		Objects.requireNonNull(symmetricRowMajor, "symmetricRowMajor");
		if (n < 0 || n > GramMatrix.MAX_N || symmetricRowMajor.length != n * n) {
			throw new IllegalArgumentException("need an n*n array with 0 <= n <= " + GramMatrix.MAX_N + ", got n=" + n
					+ " and " + symmetricRowMajor.length + " entries");
		}
		requireSymmetric(symmetricRowMajor, n);
		this.a = symmetricRowMajor;
		this.n = n;
		this.team = new WorkerTeam(threads, "lanczos-matvec");
		int groups = (n + GROUP - 1) / GROUP;
		int parts = Math.max(1, Math.min(groups, PARTS));
		this.bounds = WorkerTeam.triangleSplit(0, groups, parts);
		for (int t = 0; t < bounds.length; t++) {
			bounds[t] = Math.min(n, bounds[t] * GROUP);
		}
		this.partial = new double[parts][n];
	}

	@Override
	public int size() {
		return n;
	}

	@Override
	public void multiply(double[] x, double[] y) {
		if (x.length != n || y.length != n) {
			throw new IllegalArgumentException("vectors must have length " + n);
		}
		int parts = partial.length;
		team.run(parts, p -> multiplyRows(x, partial[p], bounds[p], bounds[p + 1]));
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

	/** out = the contributions of rows [lo, hi) of the upper triangle. */
	private void multiplyRows(double[] x, double[] out, int lo, int hi) {
		Arrays.fill(out, 0.0);
		int i = lo;
		for (; i + GROUP <= hi; i += GROUP) {
			// the 4 × 4 diagonal block, then the columns right of it shared by the four rows
			for (int r = 0; r < GROUP; r++) {
				int o = (i + r) * n;
				out[i + r] += a[o + i + r] * x[i + r];
				for (int c = r + 1; c < GROUP; c++) {
					out[i + r] += a[o + i + c] * x[i + c];
					out[i + c] += a[o + i + c] * x[i + r];
				}
			}
			int from = i + GROUP;
			if (from < n) {
				int o0 = i * n;
				int o1 = o0 + n;
				int o2 = o1 + n;
				int o3 = o2 + n;
				double s0 = 0.0;
				double s1 = 0.0;
				double s2 = 0.0;
				double s3 = 0.0;
				for (int j = from; j < n; j++) {
					double xj = x[j];
					s0 += a[o0 + j] * xj;
					s1 += a[o1 + j] * xj;
					s2 += a[o2 + j] * xj;
					s3 += a[o3 + j] * xj;
				}
				out[i] += s0;
				out[i + 1] += s1;
				out[i + 2] += s2;
				out[i + 3] += s3;
				double x0 = x[i];
				double x1 = x[i + 1];
				double x2 = x[i + 2];
				double x3 = x[i + 3];
				for (int j = from; j < n; j++) {
					out[j] += (x0 * a[o0 + j] + x1 * a[o1 + j]) + (x2 * a[o2 + j] + x3 * a[o3 + j]);
				}
			}
		}
		for (; i < hi; i++) {
			int o = i * n;
			double s = a[o + i] * x[i];
			double xi = x[i];
			for (int j = i + 1; j < n; j++) {
				s += a[o + j] * x[j];
				out[j] += xi * a[o + j];
			}
			out[i] += s;
		}
	}

	/** Stops the worker threads; the operator must not be used afterwards. */
	@Override
	public void close() {
		team.close();
	}

	private static void requireSymmetric(double[] a, int n) {
		double largest = 0.0;
		for (double x : a) {
			if (!Double.isFinite(x)) {
				throw new IllegalArgumentException("matrix entries must be finite");
			}
			largest = Math.max(largest, Math.abs(x));
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (Math.abs(a[i * n + j] - a[j * n + i]) > SYMMETRY_TOLERANCE * largest) {
					throw new IllegalArgumentException("matrix is not symmetric at (" + i + ", " + j + ")");
				}
			}
		}
	}

	@Override
	public String toString() {
		return "DenseSymmetricOperator[" + n + " × " + n + ", " + team.threads() + " threads]";
	}
}

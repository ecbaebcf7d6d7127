package org.spectralbias.math.linalg;

import java.util.Arrays;

import org.spectralbias.math.Progress;
import org.spectralbias.math.internal.WorkerTeam;

/**
 * Eigenvalues, and optionally eigenvectors, of a symmetric tridiagonal matrix by the implicit QL algorithm with
 * Wilkinson shifts (Bowdler, Martin, Reinsch &amp; Wilkinson, Numer. Math. 11, 1968, tql1/tql2; Golub &amp; Van Loan
 * §8.3.5 for the QR form).
 * <p>
 * The QL sweeps never read the eigenvectors, so the Givens rotations of up to {@link #SWEEPS_PER_FLUSH} sweeps are
 * recorded and then applied to the rows of Vᵀ (row i is eigenvector estimate i) in wavefront order (Van Zee, van de
 * Geijn &amp; Quintana-Ortí, "Restructuring the tridiagonal and bidiagonal QR algorithms for performance", ACM TOMS
 * 40(3), 2014): each row is loaded once per batch instead of once per sweep. Every column receives the same
 * rotations in the same order whatever the column split, so the result does not depend on the number of threads.
 * Not thread-safe.
 */
final class TridiagonalQl {

	/** Sweeps recorded before the rotations are applied to the vectors; also the cancellation granularity. */
	static final int SWEEPS_PER_FLUSH = 48;
	private static final int MAX_SWEEPS_PER_VALUE = 60;
	/** Rotations the leading sweep advances per wavefront step. */
	private static final int STEP = 16;
	/** Columns per task: a window of about 2·SWEEPS_PER_FLUSH + STEP rows of this width fits in L2. */
	private static final int CHUNK = 256;

	private final double[] d;
	private final double[] e;
	private final double[][] vt;
	private final int columnFrom;
	private final int columnTo;
	private final WorkerTeam team;
	private final Progress progress;
	private final int n;
	// recorded rotations: sweep s rotates rows (top[s] + r, top[s] + r + 1) for r = count[s] − 1 … 0 with
	// (cos, sin) at offset[s] + r, in that order
	private final int[] top;
	private final int[] count;
	private final int[] offset;
	private final double[] cos;
	private final double[] sin;
	private final int[] scheduledRow;
	private final double[] scheduledCos;
	private final double[] scheduledSin;
	private int sweeps;
	private int used;
	private int converged;
	private int reported;

	private TridiagonalQl(double[] d, double[] e, double[][] vt, int columnFrom, int columnTo, WorkerTeam team,
			Progress progress) {
		this.d = d;
		this.e = e;
		this.vt = vt;
		this.columnFrom = columnFrom;
		this.columnTo = columnTo;
		this.team = team;
		this.progress = progress;
		this.n = d.length;
		int capacity = vt == null ? 0 : SWEEPS_PER_FLUSH;
		this.top = new int[capacity];
		this.count = new int[capacity];
		this.offset = new int[capacity];
		this.cos = new double[capacity * Math.max(n - 1, 1)];
		this.sin = new double[cos.length];
		this.scheduledRow = new int[cos.length];
		this.scheduledCos = new double[cos.length];
		this.scheduledSin = new double[cos.length];
	}

	/**
	 * Diagonalises in place: afterwards d holds the eigenvalues (unsorted) and, when vt is given, its row i the
	 * eigenvector of d[i]. Reports one progress unit per converged eigenvalue when vectors are wanted.
	 *
	 * @param d          the diagonal, length n; overwritten by the eigenvalues
	 * @param e          the sub-diagonal in [0, n − 1), length n; destroyed
	 * @param vt         n rows, columns [columnFrom, columnTo) rotated in place (Vᵀ ← Gᵀ Vᵀ), or null for
	 *                   eigenvalues only
	 * @param columnFrom first column of vt to rotate
	 * @param columnTo   end of the columns of vt to rotate
	 * @param team       threads for applying rotations
	 * @param progress   polled for cancellation between batches of rotations
	 * @throws ArithmeticException                      when an eigenvalue does not converge in 60 sweeps
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	static void diagonalise(double[] d, double[] e, double[][] vt, int columnFrom, int columnTo, WorkerTeam team,
			Progress progress) {
		new TridiagonalQl(d, e, vt, columnFrom, columnTo, team, progress).run();
	}

	private void run() {
		if (n > 0) {
			e[n - 1] = 0.0;
		}
		for (int l = 0; l < n; l++) {
			converged = l;
			int iterations = 0;
			int m;
			do {
				for (m = l; m < n - 1; m++) {
					double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
					if (Math.abs(e[m]) <= Math.ulp(1.0) * dd || Math.abs(e[m]) < Double.MIN_NORMAL) {
						break;
					}
				}
				if (m != l) {
					if (iterations++ == MAX_SWEEPS_PER_VALUE) {
						throw new ArithmeticException("tridiagonal QL did not converge at index " + l);
					}
					sweep(l, m);
				}
			} while (m != l);
		}
		if (vt != null) {
			converged = n;
			flush();
		}
	}

	/**
	 * One implicit QL step on the unreduced block l…m with the Wilkinson shift of its leading 2 × 2 block, chasing
	 * from the bottom (tql2 as in Numerical Recipes' tqli, §11.3).
	 */
	private void sweep(int l, int m) {
		double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
		double r = Math.hypot(g, 1.0);
		g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
		double s = 1.0;
		double c = 1.0;
		double p = 0.0;
		int base = vt == null ? 0 : reserve(l, m);
		for (int i = m - 1; i >= l; i--) {
			double f = s * e[i];
			double b = c * e[i];
			r = Math.hypot(f, g);
			e[i + 1] = r;
			if (r == 0.0) {
				// underflow: the block splits at i + 1; the rotations recorded so far are complete
				d[i + 1] -= p;
				e[m] = 0.0;
				if (vt != null) {
					trim(i + 1);
				}
				return;
			}
			s = f / r;
			c = g / r;
			g = d[i + 1] - p;
			r = (d[i] - g) * s + 2.0 * c * b;
			p = s * r;
			d[i + 1] = g + p;
			g = c * r - b;
			if (vt != null) {
				cos[base + i - l] = c;
				sin[base + i - l] = s;
			}
		}
		d[l] -= p;
		e[l] = g;
		e[m] = 0.0;
	}

	/** Reserves m − l rotations for a sweep on rows l…m; flushes first when the buffer is full. */
	private int reserve(int l, int m) {
		int length = m - l;
		if (sweeps == top.length) {
			flush();
		}
		top[sweeps] = l;
		count[sweeps] = length;
		offset[sweeps] = used;
		sweeps++;
		used += length;
		return offset[sweeps - 1];
	}

	/** After an underflow split at row {@code first}: only rotations of rows ≥ first were made in this sweep. */
	private void trim(int first) {
		int s = sweeps - 1;
		int dropped = first - top[s];
		// entries are indexed from the top row; move the performed ones (rows first … m − 1) to the front
		System.arraycopy(cos, offset[s] + dropped, cos, offset[s], count[s] - dropped);
		System.arraycopy(sin, offset[s] + dropped, sin, offset[s], count[s] - dropped);
		top[s] = first;
		count[s] -= dropped;
		used -= dropped;
	}

	/** Applies the recorded rotations to all columns, then reports the eigenvalues converged since. */
	private void flush() {
		if (sweeps > 0) {
			int total = schedule();
			int tasks = Math.max(team.threads(), (columnTo - columnFrom + CHUNK - 1) / CHUNK);
			int[] bounds = WorkerTeam.evenSplit(columnFrom, columnTo, tasks);
			team.run(tasks, t -> apply(total, bounds[t], bounds[t + 1]));
			sweeps = 0;
			used = 0;
		}
		progress.checkCancelled();
		if (converged > reported) {
			progress.worked(converged - reported);
			reported = converged;
		}
	}

	/**
	 * Orders the recorded rotations as a wavefront: sweep s may rotate rows (i, i + 1) once every earlier unfinished
	 * sweep has moved below row i − 1, so rotations sharing a row keep their order (and the result is unchanged)
	 * while a window of about 2·{@link #SWEEPS_PER_FLUSH} rows receives all the batch's rotations while in cache.
	 *
	 * @return the number of scheduled rotations
	 */
	private int schedule() {
		int[] position = new int[sweeps];
		for (int s = 0; s < sweeps; s++) {
			position[s] = top[s] + count[s] - 1;
		}
		int emitted = 0;
		int first = 0;
		while (first < sweeps) {
			int floor = Integer.MIN_VALUE;
			for (int s = first; s < sweeps; s++) {
				int lowest = Math.max(top[s], floor);
				if (s == first) {
					lowest = Math.max(lowest, position[s] - STEP + 1);
				}
				for (int i = position[s]; i >= lowest; i--) {
					int k = offset[s] + i - top[s];
					scheduledRow[emitted] = i;
					scheduledCos[emitted] = cos[k];
					scheduledSin[emitted] = sin[k];
					emitted++;
				}
				position[s] = Math.min(position[s], lowest - 1);
				if (position[s] >= top[s]) {
					floor = Math.max(floor, position[s] + 2);
				}
			}
			while (first < sweeps && position[first] < top[first]) {
				first++;
			}
		}
		return emitted;
	}

	/** Applies the scheduled rotations to columns [lo, hi), two at a time when they are on adjacent row pairs. */
	private void apply(int total, int lo, int hi) {
		int t = 0;
		while (t < total) {
			int i = scheduledRow[t];
			if (t + 1 < total && scheduledRow[t + 1] == i - 1) {
				rotateTwice(vt[i + 1], vt[i], vt[i - 1], scheduledCos[t], scheduledSin[t], scheduledCos[t + 1],
						scheduledSin[t + 1], lo, hi);
				t += 2;
			} else {
				rotate(vt[i], vt[i + 1], scheduledCos[t], scheduledSin[t], lo, hi);
				t++;
			}
		}
	}

	/** Rows (x, y) ← (c·x − s·y, s·x + c·y), the tql2 update of eigenvectors i and i + 1. */
	private static void rotate(double[] x, double[] y, double c, double s, int lo, int hi) {
		for (int j = lo; j < hi; j++) {
			double f = y[j];
			y[j] = s * x[j] + c * f;
			x[j] = c * x[j] - s * f;
		}
	}

	/** {@link #rotate} on rows (a, y) and then on rows (b, a), in one pass; the same arithmetic. */
	private static void rotateTwice(double[] y, double[] a, double[] b, double c0, double s0, double c1, double s1,
			int lo, int hi) {
		for (int j = lo; j < hi; j++) {
			double f = y[j];
			double x = a[j];
			double x2 = b[j];
			y[j] = s0 * x + c0 * f;
			f = c0 * x - s0 * f;
			a[j] = s1 * x2 + c1 * f;
			b[j] = c1 * x2 - s1 * f;
		}
	}

	/** @return the indices of d sorted by descending value (ties by index) */
	static int[] descendingOrder(double[] d) {
		Integer[] boxed = new Integer[d.length];
		Arrays.setAll(boxed, i -> i);
		Arrays.sort(boxed, (a, b) -> {
			int byValue = Double.compare(d[b], d[a]);
			return byValue != 0 ? byValue : Integer.compare(a, b);
		});
		int[] order = new int[d.length];
		Arrays.setAll(order, i -> boxed[i]);
		return order;
	}
}

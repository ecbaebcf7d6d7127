package org.spectralbias.math.linalg;

import static org.spectralbias.math.linalg.DenseKernels.axpy;
import static org.spectralbias.math.linalg.DenseKernels.axpy2;
import static org.spectralbias.math.linalg.DenseKernels.axpy4;
import static org.spectralbias.math.linalg.DenseKernels.dot;
import static org.spectralbias.math.linalg.DenseKernels.dot4;

import java.util.Arrays;

import org.spectralbias.math.Progress;
import org.spectralbias.math.internal.WorkerTeam;

/**
 * Blocked Householder reduction of a symmetric matrix to tridiagonal form, A = Q T Qᵀ (Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., §8.3.1; blocked as LAPACK dsytrd/dlatrd, lower variant), and the explicit Qᵀ (dorgtr with
 * the compact WY form of §5.1.7).
 * <p>
 * Only the upper triangle of the row-major rows is read or written (row k, columns ≥ k, is column k of the lower
 * triangle that LAPACK's column-major code works on). Every O(n³) loop is an axpy over contiguous memory, which C2
 * vectorises; the dot products of the matrix-vector product are done four rows at a time. Row k (k &lt; n − 1) ends
 * up holding reflector u_k in columns [k + 1, n), u_k[k + 1] = 1, with H_k = I − τ_k u_k u_kᵀ and
 * Q = H_0 H_1 ⋯ H_{n−2}.
 * <p>
 * Parallel tasks write disjoint rows or column ranges and every entry is computed by the same arithmetic whatever
 * the split, so the results do not depend on the number of threads. Not thread-safe.
 */
final class HouseholderTridiagonal {

	/** Reflectors per panel (dlatrd block) and per compact WY block. */
	static final int BLOCK = 32;
	/** Fixed number of row parts of the matrix-vector product (fixed so that results do not depend on threads). */
	private static final int SYMV_PARTS = 8;
	/** Below this many trailing columns the O(n²) steps run on the calling thread. */
	private static final int PARALLEL_MIN = 128;
	/** Column chunk of the parallel formation of Qᵀ. */
	private static final int CHUNK = 256;

	private final int n;
	private final double[][] rows;
	private final double[] diagonal;
	private final double[] offDiagonal;
	private final double[] tau;
	private final double[][] partial;

	/** @param rows n rows of length n holding the upper triangle (j ≥ i); overwritten by the reduction */
	HouseholderTridiagonal(double[][] rows) {
		this.n = rows.length;
		this.rows = rows;
		this.diagonal = new double[n];
		this.offDiagonal = new double[n];
		this.tau = new double[n];
		this.partial = new double[SYMV_PARTS][];
		for (int t = 1; t < SYMV_PARTS; t++) {
			partial[t] = new double[n];
		}
	}

	/** @return the diagonal of T (valid after {@link #reduce}) */
	double[] diagonal() {
		return diagonal;
	}

	/** @return the n − 1 sub-diagonal entries of T in [0, n − 1), entry n − 1 zero (valid after {@link #reduce}) */
	double[] offDiagonal() {
		return offDiagonal;
	}

	/** @return the number of progress units {@link #reduce} reports: one per panel */
	static int panels(int n) {
		return (Math.max(n - 1, 0) + BLOCK - 1) / BLOCK;
	}

	/** Reduces to tridiagonal form, one progress unit and one cancellation check per panel. */
	void reduce(WorkerTeam team, Progress progress) {
		double[][] vt = new double[BLOCK][n];
		double[][] wt = new double[BLOCK][n];
		for (int k0 = 0; k0 < n - 1; k0 += BLOCK) {
			progress.checkCancelled();
			int width = Math.min(BLOCK, n - 1 - k0);
			panel(k0, width, vt, wt, team);
			rank2kUpdate(k0 + width, width, vt, wt, team);
			progress.worked(1);
		}
		if (n > 0) {
			diagonal[n - 1] = rows[n - 1][n - 1];
		}
	}

	/**
	 * dlatrd: reflectors for columns k0 … k0 + width − 1 with the trailing matrix left un-updated; the update
	 * A ← A − V Wᵀ − W Vᵀ is represented by the rows of vt and wt (V, W transposed).
	 */
	private void panel(int k0, int width, double[][] vt, double[][] wt, WorkerTeam team) {
		double[] t1 = new double[BLOCK];
		double[] t2 = new double[BLOCK];
		for (int i = 0; i < width; i++) {
			int k = k0 + i;
			double[] row = rows[k];
			for (int p = 0; p < i; p++) {
				axpy2(row, -vt[p][k], wt[p], -wt[p][k], vt[p], k, n);
			}
			diagonal[k] = row[k];
			double[] u = vt[i];
			double[] w = wt[i];
			Arrays.fill(u, 0, k + 1, 0.0);
			Arrays.fill(w, 0, k + 1, 0.0);
			generateReflector(k);
			System.arraycopy(row, k + 1, u, k + 1, n - k - 1);
			if (tau[k] == 0.0) {
				Arrays.fill(w, k + 1, n, 0.0);
				continue;
			}
			// dlatrd, lower case: y = A u − V (Wᵀu) − W (Vᵀu), then w = τ y − ½ τ² (yᵀu) u
			symmetricProduct(k + 1, u, w, team);
			for (int p = 0; p < i; p++) {
				t1[p] = dot(wt[p], u, k + 1, n);
				t2[p] = dot(vt[p], u, k + 1, n);
			}
			for (int p = 0; p < i; p++) {
				axpy2(w, -t1[p], vt[p], -t2[p], wt[p], k + 1, n);
			}
			double tk = tau[k];
			for (int j = k + 1; j < n; j++) {
				w[j] *= tk;
			}
			double alpha = -0.5 * tk * dot(w, u, k + 1, n);
			for (int j = k + 1; j < n; j++) {
				w[j] += alpha * u[j];
			}
		}
	}

	/**
	 * dlarfg on x = row k, columns [k + 1, n): H x = β e₁ with β = −sign(x₁)‖x‖, τ = (β − x₁)/β,
	 * u = (1, x₂…/(x₁ − β)); stores u in the row, β as the off-diagonal.
	 */
	private void generateReflector(int k) {
		double[] row = rows[k];
		double alpha = row[k + 1];
		double tail = 0.0;
		for (int j = k + 2; j < n; j++) {
			tail += row[j] * row[j];
		}
		if (tail == 0.0) {
			tau[k] = 0.0;
			offDiagonal[k] = alpha;
			Arrays.fill(row, k + 2, n, 0.0);
		} else {
			double beta = -Math.copySign(Math.hypot(alpha, Math.sqrt(tail)), alpha);
			tau[k] = (beta - alpha) / beta;
			double scale = 1.0 / (alpha - beta);
			for (int j = k + 2; j < n; j++) {
				row[j] *= scale;
			}
			offDiagonal[k] = beta;
		}
		row[k + 1] = 1.0;
	}

	/**
	 * y[start, n) = A[start…, start…] u from the upper triangle (dsymv): row r contributes a dot product to y_r and
	 * an axpy to y[r + 1, n). Four rows per pass share the loads of u and y. Rows are split into a fixed number of
	 * parts, each with its own accumulator, summed in part order: the result does not depend on the thread count.
	 */
	private void symmetricProduct(int start, double[] u, double[] y, WorkerTeam team) {
		int parts = n - start < PARALLEL_MIN ? 1 : SYMV_PARTS;
		int[] bounds = WorkerTeam.triangleSplit(start, n, parts);
		team.run(parts, t -> {
			double[] acc = t == 0 ? y : partial[t];
			Arrays.fill(acc, bounds[t], n, 0.0);
			symmetricProductRows(bounds[t], bounds[t + 1], u, acc);
		});
		for (int t = 1; t < parts; t++) {
			double[] acc = partial[t];
			for (int j = bounds[t]; j < n; j++) {
				y[j] += acc[j];
			}
		}
	}

	private void symmetricProductRows(int lo, int hi, double[] u, double[] acc) {
		int r = lo;
		for (; r + 3 < hi; r += 4) {
			for (int i = r; i < r + 4; i++) {
				double[] row = rows[i];
				acc[i] += row[i] * u[i];
				for (int j = i + 1; j < r + 4; j++) {
					acc[i] += row[j] * u[j];
					acc[j] += row[j] * u[i];
				}
			}
			double[] a0 = rows[r];
			double[] a1 = rows[r + 1];
			double[] a2 = rows[r + 2];
			double[] a3 = rows[r + 3];
			dot4(acc, r, a0, a1, a2, a3, u, r + 4, n);
			axpy4(acc, u[r], a0, u[r + 1], a1, u[r + 2], a2, u[r + 3], a3, r + 4, n);
		}
		for (; r < hi; r++) {
			double[] row = rows[r];
			acc[r] += row[r] * u[r] + dot(row, u, r + 1, n);
			axpy(acc, u[r], row, r + 1, n);
		}
	}

	/** A[r][j] −= Σ_p V[r,p] W[j,p] + W[r,p] V[j,p] for start ≤ r ≤ j (GVL §8.3.1 with the blocked update). */
	private void rank2kUpdate(int start, int width, double[][] vt, double[][] wt, WorkerTeam team) {
		int size = n - start;
		if (size <= 0) {
			return;
		}
		int chunks = size < PARALLEL_MIN ? 1 : Math.max(team.threads(), size / 64);
		int[] bounds = WorkerTeam.triangleSplit(start, n, chunks);
		team.run(chunks, c -> {
			for (int r = bounds[c]; r < bounds[c + 1]; r++) {
				double[] row = rows[r];
				int p = 0;
				for (; p + 1 < width; p += 2) {
					axpy4(row, -vt[p][r], wt[p], -wt[p][r], vt[p], -vt[p + 1][r], wt[p + 1], -wt[p + 1][r], vt[p + 1],
							r, n);
				}
				if (p < width) {
					axpy2(row, -vt[p][r], wt[p], -wt[p][r], vt[p], r, n);
				}
			}
		});
	}

	/**
	 * Qᵀ as rows (row c is column c of Q), by backward accumulation of blocks of reflectors in compact WY form
	 * H_{k0} ⋯ H_{k0+b−1} = I − U S Uᵀ (dorgtr/dlarft/dlarfb; GVL §5.1.7); one progress unit per block.
	 */
	double[][] transposedQ(WorkerTeam team, Progress progress) {
		double[][] q = new double[n][n];
		for (int i = 0; i < n; i++) {
			q[i][i] = 1.0;
		}
		int reflectors = n - 1;
		int maxChunks = Math.max(team.threads(), (n + CHUNK - 1) / CHUNK);
		double[][][] scratch = new double[maxChunks][][];
		for (int k0 = (Math.max(reflectors, 1) - 1) / BLOCK * BLOCK; k0 >= 0 && reflectors > 0; k0 -= BLOCK) {
			progress.checkCancelled();
			applyBlock(q, k0, Math.min(BLOCK, reflectors - k0), scratch, team);
			progress.worked(1);
		}
		return Transpose.inPlace(q, team);
	}

	/** X ← (I − U S Uᵀ) X on rows and columns [k0 + 1, n); tasks own column ranges. */
	private void applyBlock(double[][] x, int k0, int width, double[][][] scratch, WorkerTeam team) {
		double[][] s = triangularFactor(k0, width);
		int start = k0 + 1;
		int size = n - start;
		int chunks = size < PARALLEL_MIN ? 1 : Math.max(team.threads(), (size + CHUNK - 1) / CHUNK);
		int[] bounds = WorkerTeam.evenSplit(start, n, chunks);
		// U[r][p] = u_{k0+p}[r] is zero for r ≤ k0 + p: rows up to k0 + width form a triangle, the rest is full
		int full = Math.min(n, k0 + width + 1);
		double[][] u = new double[n][];
		for (int r = start; r < n; r++) {
			u[r] = new double[width];
			for (int p = 0; p < Math.min(width, r - k0); p++) {
				u[r][p] = rows[k0 + p][r];
			}
		}
		team.run(chunks, c -> {
			int lo = bounds[c];
			int hi = bounds[c + 1];
			if (scratch[c] == null) {
				scratch[c] = new double[BLOCK][n];
			}
			double[][] y = scratch[c];
			for (int p = 0; p < width; p++) {
				Arrays.fill(y[p], lo, hi, 0.0);
			}
			// Y = Uᵀ X, four rows of X per pass
			for (int r = start; r < full; r++) {
				for (int p = 0; p < r - k0; p++) {
					axpy(y[p], u[r][p], x[r], lo, hi);
				}
			}
			int r = full;
			for (; r + 3 < n; r += 4) {
				double[] u0 = u[r];
				double[] u1 = u[r + 1];
				double[] u2 = u[r + 2];
				double[] u3 = u[r + 3];
				for (int p = 0; p < width; p++) {
					axpy4(y[p], u0[p], x[r], u1[p], x[r + 1], u2[p], x[r + 2], u3[p], x[r + 3], lo, hi);
				}
			}
			for (; r < n; r++) {
				for (int p = 0; p < width; p++) {
					axpy(y[p], u[r][p], x[r], lo, hi);
				}
			}
			// Y ← S Y, S upper triangular: row p uses rows q ≥ p, which are not yet overwritten
			for (int p = 0; p < width; p++) {
				double[] yp = y[p];
				double spp = s[p][p];
				for (int j = lo; j < hi; j++) {
					yp[j] *= spp;
				}
				for (int q = p + 1; q < width; q++) {
					axpy(yp, s[p][q], y[q], lo, hi);
				}
			}
			// X ← X − U Y, four columns of U per pass
			for (int row = start; row < n; row++) {
				double[] ur = u[row];
				double[] xr = x[row];
				int last = Math.min(width, row - k0);
				int p = 0;
				for (; p + 3 < last; p += 4) {
					axpy4(xr, -ur[p], y[p], -ur[p + 1], y[p + 1], -ur[p + 2], y[p + 2], -ur[p + 3], y[p + 3], lo, hi);
				}
				for (; p < last; p++) {
					axpy(xr, -ur[p], y[p], lo, hi);
				}
			}
		});
	}

	/** dlarft (forward, columnwise): S upper triangular with S_pp = τ_p, S[0:p, p] = −τ_p S[0:p, 0:p] Uᵀ u_p. */
	private double[][] triangularFactor(int k0, int width) {
		double[][] s = new double[width][width];
		double[] z = new double[width];
		for (int p = 0; p < width; p++) {
			double tp = tau[k0 + p];
			s[p][p] = tp;
			double[] up = rows[k0 + p];
			int from = k0 + p + 1;
			for (int q = 0; q < p; q++) {
				z[q] = -tp * dot(rows[k0 + q], up, from, n);
			}
			for (int q = 0; q < p; q++) {
				double sum = 0.0;
				for (int l = q; l < p; l++) {
					sum += s[q][l] * z[l];
				}
				s[q][p] = sum;
			}
		}
		return s;
	}
}

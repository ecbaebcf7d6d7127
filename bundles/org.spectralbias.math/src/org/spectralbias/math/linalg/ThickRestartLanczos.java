package org.spectralbias.math.linalg;

import static org.spectralbias.math.linalg.DenseKernels.axpy;
import static org.spectralbias.math.linalg.DenseKernels.axpy4;
import static org.spectralbias.math.linalg.DenseKernels.dot;
import static org.spectralbias.math.linalg.DenseKernels.dot4;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.spectralbias.math.Progress;

/**
 * One run of {@link LanczosEigensolver}: the Krylov–Schur form A V_m = V_m H_m + β v_{m+1} e_mᵀ of a thick-restart
 * Lanczos process, kept with H_m = V_mᵀ A V_m explicit (its entries are the Gram–Schmidt coefficients). Not
 * thread-safe; used once.
 */
final class ThickRestartLanczos {

	private static final long SEED = 0x5EED_1A2C_205EL;

	private final SymmetricOperator operator;
	private final int n;
	private final int k;
	private final int wanted;
	private final int m;
	private final double tolerance;
	private final int maxRestarts;
	private final Progress progress;
	private final SplittableRandom random = new SplittableRandom(SEED);
	/** Basis rows v_0 … v_m; rows past the current size are scratch. */
	private final double[][] v;
	private final double[][] spare;
	private final double[][] h;
	private final double[] coefficients;
	private int products;
	private double largestProduct;

	ThickRestartLanczos(SymmetricOperator operator, int k, int wanted, int m, double tolerance, int maxRestarts,
			Progress progress) {
		this.operator = operator;
		this.n = operator.size();
		this.k = k;
		this.wanted = wanted;
		this.m = m;
		this.tolerance = tolerance;
		this.maxRestarts = maxRestarts;
		this.progress = progress;
		this.v = new double[m + 1][n];
		this.spare = new double[m][n];
		this.h = new double[m][m];
		this.coefficients = new double[m + 1];
	}

	LanczosResult run(boolean wantVectors) {
		randomOrthonormal(0);
		int start = 0;
		for (int restarts = 0;; restarts++) {
			double beta = expand(start);
			Eigen ritz = new HouseholderQlEigensolver(1).decompose(flatten(), m, true, Progress.NONE);
			double[] theta = ritz.values();
			double[] y = ritz.vectors();
			double scale = Math.max(Math.max(Math.abs(theta[0]), Math.abs(theta[m - 1])), Double.MIN_NORMAL);
			boolean converged = true;
			for (int c = 0; c < wanted; c++) {
				converged &= Math.abs(beta * y[(m - 1) * m + c]) <= tolerance * scale;
			}
			if (converged || restarts == maxRestarts) {
				progress.worked(maxRestarts + 1L - restarts);
				return result(theta, y, beta, restarts, converged, wantVectors);
			}
			start = restart(theta, y, beta);
			progress.worked(1);
		}
	}

	/**
	 * Extends the basis from v_start to v_0 … v_{m−1} and the residual direction v_m.
	 *
	 * @return β = ‖r‖ with A V_m = V_m H_m + r e_mᵀ, r = β v_m (0 after an invariant subspace or when m = n)
	 */
	private double expand(int start) {
		double beta = 0.0;
		for (int j = start; j < m; j++) {
			progress.checkCancelled();
			double[] w = v[j + 1];
			operator.multiply(v[j], w);
			products++;
			largestProduct = Math.max(largestProduct, Math.sqrt(dot(w, w, 0, n)));
			orthogonalise(w, j + 1);
			for (int i = 0; i <= j; i++) {
				h[i][j] = coefficients[i];
				h[j][i] = coefficients[i];
			}
			beta = Math.sqrt(dot(w, w, 0, n));
			if (j + 1 == n) {
				return 0.0; // the basis spans the whole space
			}
			if (beta <= 1e-14 * largestProduct || beta == 0.0) {
				// invariant subspace (Parlett §13.2): continue with any unit vector orthogonal to the basis
				beta = 0.0;
				randomOrthonormal(j + 1);
			} else {
				double inverse = 1.0 / beta;
				for (int x = 0; x < n; x++) {
					w[x] *= inverse;
				}
			}
			if (j + 1 < m) {
				h[j + 1][j] = beta;
				h[j][j + 1] = beta;
			}
		}
		return beta;
	}

	/**
	 * Thick restart (Wu &amp; Simon §3): V ← V Y[:, 0…p), v_p ← v_m, H ← diag(θ_0…θ_{p−1}) bordered by β·Y[m−1, c].
	 *
	 * @return p, the number of Ritz vectors kept
	 */
	private int restart(double[] theta, double[] y, double beta) {
		int keep = Math.min(m - 1, wanted + (m - wanted) / 2);
		combine(y, keep, spare);
		for (int c = 0; c < keep; c++) {
			double[] swap = v[c];
			v[c] = spare[c];
			spare[c] = swap;
		}
		double[] swap = v[keep];
		v[keep] = v[m];
		v[m] = swap;
		for (double[] row : h) {
			Arrays.fill(row, 0.0);
		}
		for (int c = 0; c < keep; c++) {
			h[c][c] = theta[c];
			h[keep][c] = beta * y[(m - 1) * m + c];
			h[c][keep] = h[keep][c];
		}
		return keep;
	}

	/** out[c] = Σ_i y[i, c] v_i for c &lt; count: the Ritz vectors. */
	private void combine(double[] y, int count, double[][] out) {
		for (int c = 0; c < count; c++) {
			double[] x = out[c];
			Arrays.fill(x, 0.0);
			int i = 0;
			for (; i + 3 < m; i += 4) {
				axpy4(x, y[i * m + c], v[i], y[(i + 1) * m + c], v[i + 1], y[(i + 2) * m + c], v[i + 2],
						y[(i + 3) * m + c], v[i + 3], 0, n);
			}
			for (; i < m; i++) {
				axpy(x, y[i * m + c], v[i], 0, n);
			}
		}
	}

	/** w ← (I − V Vᵀ)² w over v_0 … v_{count−1} (classical Gram–Schmidt twice, "twice is enough"). */
	private void orthogonalise(double[] w, int count) {
		Arrays.fill(coefficients, 0.0);
		double[] pass = new double[count + 3];
		for (int repeat = 0; repeat < 2; repeat++) {
			Arrays.fill(pass, 0.0);
			int i = 0;
			for (; i + 3 < count; i += 4) {
				dot4(pass, i, v[i], v[i + 1], v[i + 2], v[i + 3], w, 0, n);
			}
			for (; i < count; i++) {
				pass[i] = dot(v[i], w, 0, n);
			}
			i = 0;
			for (; i + 3 < count; i += 4) {
				axpy4(w, -pass[i], v[i], -pass[i + 1], v[i + 1], -pass[i + 2], v[i + 2], -pass[i + 3], v[i + 3], 0, n);
			}
			for (; i < count; i++) {
				axpy(w, -pass[i], v[i], 0, n);
			}
			for (i = 0; i < count; i++) {
				coefficients[i] += pass[i];
			}
		}
	}

	/** v_index ← a pseudo-random unit vector orthogonal to v_0 … v_{index−1} (index &lt; n). */
	private void randomOrthonormal(int index) {
		double[] w = v[index];
		for (int attempt = 0;; attempt++) {
			for (int x = 0; x < n; x++) {
				w[x] = random.nextGaussian();
			}
			double before = Math.sqrt(dot(w, w, 0, n));
			orthogonalise(w, index);
			double norm = Math.sqrt(dot(w, w, 0, n));
			if (norm > 1e-8 * before || attempt == 10) {
				double inverse = 1.0 / norm;
				for (int x = 0; x < n; x++) {
					w[x] *= inverse;
				}
				return;
			}
		}
	}

	private double[] flatten() {
		double[] flat = new double[m * m];
		for (int i = 0; i < m; i++) {
			for (int j = i; j < m; j++) {
				double mean = 0.5 * (h[i][j] + h[j][i]);
				flat[i * m + j] = mean;
				flat[j * m + i] = mean;
			}
		}
		return flat;
	}

	private LanczosResult result(double[] theta, double[] y, double beta, int restarts, boolean converged,
			boolean wantVectors) {
		double[] values = Arrays.copyOf(theta, k);
		double[] residuals = new double[k];
		for (int c = 0; c < k; c++) {
			residuals[c] = Math.abs(beta * y[(m - 1) * m + c]);
		}
		double gap = k < n ? theta[k - 1] - theta[k] : Double.NaN;
		double[] vectors = null;
		if (wantVectors) {
			double[][] x = new double[k][n];
			combine(y, k, x);
			vectors = new double[n * k];
			for (int c = 0; c < k; c++) {
				double inverse = 1.0 / Math.sqrt(dot(x[c], x[c], 0, n));
				for (int i = 0; i < n; i++) {
					vectors[i * k + c] = x[c][i] * inverse;
				}
			}
		}
		return new LanczosResult(new Eigen(n, values, vectors), gap, residuals, restarts, products, converged);
	}
}

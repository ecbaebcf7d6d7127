package org.spectralbias.math.linalg;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.spectralbias.math.Progress;

/** Matrices with known spectra and residual measures for the eigensolver tests. */
final class EigenTestMatrices {

	private EigenTestMatrices() {
	}

	/** Q with orthonormal columns: modified Gram–Schmidt, twice, on a Gaussian matrix; row-major n × n. */
	static double[] randomOrthogonal(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] columns = new double[n][n];
		for (int c = 0; c < n; c++) {
			double[] v = columns[c];
			for (int i = 0; i < n; i++) {
				v[i] = random.nextGaussian();
			}
			for (int pass = 0; pass < 2; pass++) {
				for (int d = 0; d < c; d++) {
					double projection = dot(v, columns[d]);
					for (int i = 0; i < n; i++) {
						v[i] -= projection * columns[d][i];
					}
				}
			}
			double norm = Math.sqrt(dot(v, v));
			for (int i = 0; i < n; i++) {
				v[i] /= norm;
			}
		}
		double[] q = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int c = 0; c < n; c++) {
				q[i * n + c] = columns[c][i];
			}
		}
		return q;
	}

	/** Q diag(λ) Qᵀ, row-major, exactly symmetric. */
	static double[] compose(double[] q, double[] lambda) {
		int n = lambda.length;
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0.0;
				for (int k = 0; k < n; k++) {
					sum += q[i * n + k] * lambda[k] * q[j * n + k];
				}
				a[i * n + j] = sum;
				a[j * n + i] = sum;
			}
		}
		return a;
	}

	/**
	 * A = Q diag(λ) Qᵀ with Q = H₃H₂H₁ a product of three random Householder reflectors: a dense matrix with known
	 * eigenpairs (λ_c, Q e_c) built in O(n²) work, for sizes where {@link #randomOrthogonal} would be too slow.
	 *
	 * @param matrix      A, row-major, exactly symmetric
	 * @param reflectors  the unit vectors u of H = I − 2uuᵀ, H₁ first
	 */
	record Reflected(double[] matrix, double[][] reflectors) {

		/** @return Q e_c = H₃H₂H₁ e_c, the eigenvector of λ_c */
		double[] eigenvector(int c) {
			int n = reflectors[0].length;
			double[] x = new double[n];
			x[c] = 1.0;
			for (double[] u : reflectors) {
				double projection = 2 * dot(u, x);
				for (int i = 0; i < n; i++) {
					x[i] -= projection * u[i];
				}
			}
			return x;
		}
	}

	static Reflected reflected(double[] lambda, long seed) {
		int n = lambda.length;
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			a[i * n + i] = lambda[i];
		}
		SplittableRandom random = new SplittableRandom(seed);
		double[][] reflectors = new double[3][n];
		for (double[] u : reflectors) {
			for (int i = 0; i < n; i++) {
				u[i] = random.nextGaussian();
			}
			double norm = Math.sqrt(dot(u, u));
			for (int i = 0; i < n; i++) {
				u[i] /= norm;
			}
			// (I − 2uuᵀ) A (I − 2uuᵀ) = A − 2u(Au)ᵀ − 2(Au)uᵀ + 4(uᵀAu) uuᵀ
			double[] au = multiply(a, u);
			double uau = dot(u, au);
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					a[i * n + j] += -2 * u[i] * au[j] - 2 * au[i] * u[j] + 4 * uau * u[i] * u[j];
				}
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < i; j++) {
				double mean = 0.5 * (a[i * n + j] + a[j * n + i]);
				a[i * n + j] = mean;
				a[j * n + i] = mean;
			}
		}
		return new Reflected(a, reflectors);
	}

	/** A symmetric matrix with independent uniform entries in [−½, ½). */
	static double[] randomSymmetric(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double x = random.nextDouble() - 0.5;
				a[i * n + j] = x;
				a[j * n + i] = x;
			}
		}
		return a;
	}

	/** ‖A V − V Λ‖_F for the k eigenpairs held. */
	static double residual(double[] a, Eigen eigen) {
		double sum = 0.0;
		for (int c = 0; c < eigen.count(); c++) {
			double[] v = eigen.vector(c);
			double[] av = multiply(a, v);
			for (int i = 0; i < v.length; i++) {
				double r = av[i] - eigen.values()[c] * v[i];
				sum += r * r;
			}
		}
		return Math.sqrt(sum);
	}

	/** ‖VᵀV − I‖_F for the k eigenvectors held. */
	static double orthonormalityError(Eigen eigen) {
		int k = eigen.count();
		double[][] v = new double[k][];
		for (int c = 0; c < k; c++) {
			v[c] = eigen.vector(c);
		}
		double sum = 0.0;
		for (int c = 0; c < k; c++) {
			for (int d = 0; d < k; d++) {
				double e = dot(v[c], v[d]) - (c == d ? 1.0 : 0.0);
				sum += e * e;
			}
		}
		return Math.sqrt(sum);
	}

	static double[] multiply(double[] a, double[] x) {
		int n = x.length;
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double sum = 0.0;
			for (int j = 0; j < n; j++) {
				sum += a[i * n + j] * x[j];
			}
			y[i] = sum;
		}
		return y;
	}

	static double dot(double[] x, double[] y) {
		double sum = 0.0;
		for (int i = 0; i < x.length; i++) {
			sum += x[i] * y[i];
		}
		return sum;
	}

	/** max_i |x_i − s·y_i| with the sign s = ±1 that aligns y with x (eigenvector signs are arbitrary). */
	static double distanceUpToSign(double[] x, double[] y) {
		double sign = dot(x, y) < 0 ? -1.0 : 1.0;
		double largest = 0.0;
		for (int i = 0; i < x.length; i++) {
			largest = Math.max(largest, Math.abs(x[i] - sign * y[i]));
		}
		return largest;
	}

	/** Records begin/worked calls and reports cancellation once {@code cancelAfter} units were worked. */
	static final class StopAfter implements Progress {
		final AtomicLong total = new AtomicLong(-1);
		final AtomicLong worked = new AtomicLong();
		private final long cancelAfter;

		StopAfter(long cancelAfter) {
			this.cancelAfter = cancelAfter;
		}

		@Override
		public void begin(String task, long totalUnits) {
			total.set(totalUnits);
			worked.set(0);
		}

		@Override
		public void worked(long units) {
			worked.addAndGet(units);
		}

		@Override
		public boolean isCancelled() {
			return worked.get() >= cancelAfter;
		}
	}
}

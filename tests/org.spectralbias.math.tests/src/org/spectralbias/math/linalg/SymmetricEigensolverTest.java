package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;

/** Oracle: A = Q diag(λ) Qᵀ with a random orthogonal Q (Gram–Schmidt on a Gaussian matrix) has eigenvalues λ. */
class SymmetricEigensolverTest {

	private static final int N = 60;

	@Test
	void recoversKnownEigenvaluesAndOrthonormalVectors() {
		double[][] q = randomOrthogonal(N, new SplittableRandom(8));
		double[] lambda = new double[N];
		for (int k = 0; k < N; k++) {
			lambda[k] = 5.0 - 0.1 * k * k / 6.0; // distinct, descending, some negative
		}
		double[] a = compose(q, lambda);
		double[] copy = a.clone();
		Eigen eigen = SymmetricEigensolver.defaultSolver().decompose(a, N, true, Progress.NONE);
		assertArrayEquals(copy, a, "input must not be modified");
		assertArrayEquals(lambda, eigen.values(), 1e-12);
		for (int c = 0; c < N; c++) {
			double[] v = eigen.vector(c);
			// eigenvector c is ±q_c (simple eigenvalues)
			assertEquals(1.0, Math.abs(dot(v, column(q, c))), 1e-10);
			for (int d = 0; d <= c; d++) {
				assertEquals(c == d ? 1.0 : 0.0, dot(v, eigen.vector(d)), 1e-12);
			}
			double[] av = multiply(a, v);
			for (int i = 0; i < N; i++) {
				assertEquals(lambda[c] * v[i], av[i], 1e-12);
			}
		}
	}

	@Test
	void valuesOnlyAndTruncation() {
		double[][] q = randomOrthogonal(20, new SplittableRandom(9));
		double[] lambda = new double[20];
		for (int k = 0; k < 20; k++) {
			lambda[k] = 20 - k;
		}
		double[] a = compose(q, lambda);
		Eigen values = SymmetricEigensolver.defaultSolver().decompose(a, 20, false, Progress.NONE);
		assertNull(values.vectors());
		assertArrayEquals(lambda, values.values(), 1e-12);
		Eigen top = SymmetricEigensolver.defaultSolver().decomposeTop(a, 20, 3, true, Progress.NONE);
		assertArrayEquals(new double[] { 20, 19, 18 }, top.values(), 1e-12);
		assertEquals(20 * 3, top.vectors().length);
		assertEquals(1.0, Math.abs(dot(top.vector(2), column(q, 2))), 1e-10);
	}

	@Test
	void defaultIsReproduciblePureJavaAndFastestIsNativeWhenAvailable() {
		// the default must give the same run for the same seed: the pure-Java Householder–QL solver (2.5–3.5 s at
		// n = 2000 with vectors against Commons Math's ~100 s) unless native LAPACK was chosen explicitly
		String choice = System.getProperty(SymmetricEigensolver.SOLVER_PROPERTY,
				System.getenv(SymmetricEigensolver.SOLVER_ENVIRONMENT));
		if (!"native".equals(choice)) {
			assertInstanceOf(HouseholderQlEigensolver.class, SymmetricEigensolver.defaultSolver());
		}
		if (NativeBackend.status().available()) {
			assertEquals(NativeBackend.denseSolver().orElseThrow().getClass(),
					SymmetricEigensolver.fastestSolver().getClass());
		} else {
			assertInstanceOf(HouseholderQlEigensolver.class, SymmetricEigensolver.fastestSolver());
			assertTrue(NativeBackend.denseSolver().isEmpty());
		}
		assertInstanceOf(HouseholderQlEigensolver.class, SymmetricEigensolver.pureJavaSolver());
		assertFalse(NativeBackend.status().description().isBlank());
	}

	@Test
	void nativeIsAnOptInThroughTheSystemProperty() {
		String before = System.getProperty(SymmetricEigensolver.SOLVER_PROPERTY);
		try {
			System.setProperty(SymmetricEigensolver.SOLVER_PROPERTY, "native");
			assertEquals(SymmetricEigensolver.fastestSolver().getClass(),
					SymmetricEigensolver.defaultSolver().getClass());
			System.setProperty(SymmetricEigensolver.SOLVER_PROPERTY, "java");
			assertInstanceOf(HouseholderQlEigensolver.class, SymmetricEigensolver.defaultSolver());
		} finally {
			if (before == null) {
				System.clearProperty(SymmetricEigensolver.SOLVER_PROPERTY);
			} else {
				System.setProperty(SymmetricEigensolver.SOLVER_PROPERTY, before);
			}
		}
	}

	@Test
	void rejectsBadInput() {
		SymmetricEigensolver solver = SymmetricEigensolver.defaultSolver();
		assertThrows(IllegalArgumentException.class,
				() -> solver.decompose(new double[] { 1, 2, 3, 4 }, 2, false, Progress.NONE));
		assertThrows(IllegalArgumentException.class, () -> solver.decompose(new double[3], 2, false, Progress.NONE));
		assertThrows(IllegalArgumentException.class, () -> new Eigen(2, new double[] { 1, 2 }, null));
		assertThrows(IllegalStateException.class, () -> new Eigen(2, new double[] { 2, 1 }, null).vector(0));
		Progress cancelled = new EigenTestMatrices.StopAfter(0);
		assertThrows(CancelledException.class, () -> solver.decompose(new double[] { 1 }, 1, false, cancelled));
	}

	static double[][] randomOrthogonal(int n, SplittableRandom random) {
		double[][] q = new double[n][n];
		for (int c = 0; c < n; c++) {
			double[] v = new double[n];
			for (int i = 0; i < n; i++) {
				v[i] = random.nextGaussian();
			}
			for (int pass = 0; pass < 2; pass++) {
				for (int d = 0; d < c; d++) {
					double[] u = column(q, d);
					double projection = dot(v, u);
					for (int i = 0; i < n; i++) {
						v[i] -= projection * u[i];
					}
				}
			}
			double norm = Math.sqrt(dot(v, v));
			for (int i = 0; i < n; i++) {
				q[i][c] = v[i] / norm;
			}
		}
		return q;
	}

	/** Q diag(λ) Qᵀ, row-major, symmetrised exactly. */
	static double[] compose(double[][] q, double[] lambda) {
		int n = lambda.length;
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				for (int k = 0; k < n; k++) {
					sum += q[i][k] * lambda[k] * q[j][k];
				}
				a[i * n + j] = sum;
				a[j * n + i] = sum;
			}
		}
		return a;
	}

	static double[] column(double[][] q, int c) {
		double[] v = new double[q.length];
		for (int i = 0; i < q.length; i++) {
			v[i] = q[i][c];
		}
		return v;
	}

	static double dot(double[] x, double[] y) {
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			sum += x[i] * y[i];
		}
		return sum;
	}

	private static double[] multiply(double[] a, double[] v) {
		int n = v.length;
		double[] result = new double[n];
		for (int i = 0; i < n; i++) {
			double sum = 0;
			for (int j = 0; j < n; j++) {
				sum += a[i * n + j] * v[j];
			}
			result[i] = sum;
		}
		return result;
	}
}

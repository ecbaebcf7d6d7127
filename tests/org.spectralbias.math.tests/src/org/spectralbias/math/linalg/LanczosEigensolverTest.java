package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectralbias.math.linalg.EigenTestMatrices.distanceUpToSign;
import static org.spectralbias.math.linalg.EigenTestMatrices.multiply;
import static org.spectralbias.math.linalg.EigenTestMatrices.orthonormalityError;
import static org.spectralbias.math.linalg.EigenTestMatrices.randomSymmetric;
import static org.spectralbias.math.linalg.EigenTestMatrices.reflected;
import static org.spectralbias.math.linalg.EigenTestMatrices.residual;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.linalg.EigenTestMatrices.StopAfter;

/**
 * Oracles: {@link HouseholderQlEigensolver} on the same matrix (itself tested against known spectra); matrices
 * H diag(λ) H with Householder reflectors H, whose eigenvalues are λ; closed forms for diagonal and rank-2 operators.
 */
class LanczosEigensolverTest {

	/** 20 separated leading eigenvalues 10·0.9^c, then n − 20 from 0.5 down to 0.11: λ₂₀ − λ₂₁ ≈ 0.85. */
	private static double[] gappedSpectrum(int n) {
		double[] lambda = new double[n];
		for (int c = 0; c < n; c++) {
			lambda[c] = c < 20 ? 10.0 * Math.pow(0.9, c) : 0.5 * Math.pow(0.999, c - 20);
		}
		return lambda;
	}

	@Test
	void top20OfGappedMatrixMatchDenseSolver() {
		int n = 1500;
		double[] lambda = gappedSpectrum(n);
		EigenTestMatrices.Reflected reflected = reflected(lambda, 3);
		double[] a = reflected.matrix();
		LanczosResult result = new LanczosEigensolver().solve(a, n, 20, true, Progress.NONE);
		Eigen dense = new HouseholderQlEigensolver().decomposeTop(a, n, 21, false, Progress.NONE);
		assertTrue(result.converged());
		for (int c = 0; c < 20; c++) {
			assertEquals(dense.values()[c], result.eigen().values()[c], 1e-10);
			assertEquals(lambda[c], result.eigen().values()[c], 1e-10);
			// exact eigenvectors Q e_c (the dense solver is checked against the same construction in its own test)
			double[] exact = reflected.eigenvector(c);
			assertEquals(0.0, distanceUpToSign(exact, result.eigen().vector(c)), 1e-10, "vector " + c);
		}
		assertEquals(dense.values()[19] - dense.values()[20], result.gap(), 1e-10);
		assertEquals(result.gap() / lambda[0], result.relativeGap(), 1e-15);
		assertTrue(result.maxResidual() <= 1e-12 * lambda[0]);
		assertTrue(residual(a, result.eigen()) <= 1e-10);
		assertTrue(orthonormalityError(result.eigen()) <= 1e-12);
	}

	@Test
	void resultDoesNotDependOnTheOperatorThreads() {
		int n = 403;
		double[] a = randomSymmetric(n, 4);
		LanczosResult one;
		try (DenseSymmetricOperator operator = new DenseSymmetricOperator(a, n, 1)) {
			one = new LanczosEigensolver().solve(operator, 6, true, Progress.NONE);
		}
		try (DenseSymmetricOperator operator = new DenseSymmetricOperator(a, n, 3)) {
			assertEquals(one, new LanczosEigensolver().solve(operator, 6, true, Progress.NONE));
		}
	}

	@Test
	void matchesDenseValuesOnRandomMatrixWithRestarts() {
		// the top of a Wigner-like spectrum has small gaps: several restarts are needed
		int n = 400;
		double[] a = randomSymmetric(n, 12);
		LanczosResult result = new LanczosEigensolver().solve(a, n, 5, false, Progress.NONE);
		Eigen dense = new HouseholderQlEigensolver().decomposeTop(a, n, 6, false, Progress.NONE);
		assertTrue(result.converged());
		assertTrue(result.restarts() > 0);
		assertArrayEquals(java.util.Arrays.copyOf(dense.values(), 5), result.eigen().values(), 1e-10);
		assertEquals(dense.values()[4] - dense.values()[5], result.gap(), 1e-10);
	}

	@Test
	void customOperatorDiagonal() {
		// diag(1, 2, …, 300): top 5 are 300 … 296 with unit gap, eigenvectors e_299 … e_295
		int n = 300;
		SymmetricOperator diagonal = new SymmetricOperator() {
			@Override
			public int size() {
				return n;
			}

			@Override
			public void multiply(double[] x, double[] y) {
				for (int i = 0; i < n; i++) {
					y[i] = (i + 1) * x[i];
				}
			}
		};
		LanczosResult result = new LanczosEigensolver().solve(diagonal, 5, true, Progress.NONE);
		assertArrayEquals(new double[] { 300, 299, 298, 297, 296 }, result.eigen().values(), 1e-9);
		assertEquals(1.0, result.gap(), 1e-9);
		for (int c = 0; c < 5; c++) {
			double[] expected = new double[n];
			expected[n - 1 - c] = 1.0;
			assertEquals(0.0, distanceUpToSign(expected, result.eigen().vector(c)), 1e-9);
		}
	}

	@Test
	void lowRankOperatorHitsAnInvariantSubspace() {
		// A = 3uuᵀ + vvᵀ, u ⟂ v unit: eigenvalues 3, 1, then 0 (multiplicity n − 2); the Krylov space closes after 2
		int n = 50;
		double[] u = new double[n];
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			u[i] = 1.0 / Math.sqrt(n);
			v[i] = (i % 2 == 0 ? 1.0 : -1.0) / Math.sqrt(n);
		}
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				a[i * n + j] = 3 * u[i] * u[j] + v[i] * v[j];
			}
		}
		LanczosResult result = new LanczosEigensolver().solve(a, n, 3, true, Progress.NONE);
		assertArrayEquals(new double[] { 3, 1, 0 }, result.eigen().values(), 1e-13);
		assertEquals(0.0, result.gap(), 1e-13);
		assertTrue(residual(a, result.eigen()) <= 1e-13);
		LanczosResult zero = new LanczosEigensolver().solve(new double[n * n], n, 2, true, Progress.NONE);
		assertArrayEquals(new double[2], zero.eigen().values(), 0.0);
		assertTrue(orthonormalityError(zero.eigen()) <= 1e-14);
	}

	@Test
	void wholeSpectrumOfSmallMatrix() {
		int n = 7;
		double[] a = randomSymmetric(n, 7);
		LanczosResult result = new LanczosEigensolver().solve(a, n, n, true, Progress.NONE);
		Eigen dense = new HouseholderQlEigensolver().decompose(a, n, true, Progress.NONE);
		assertArrayEquals(dense.values(), result.eigen().values(), 1e-13);
		assertTrue(Double.isNaN(result.gap()));
		LanczosResult none = new LanczosEigensolver().solve(a, n, 0, true, Progress.NONE);
		assertEquals(0, none.eigen().count());
		assertTrue(Double.isNaN(none.gap()));
	}

	@Test
	void restartLimitReportsNonConvergence() {
		int n = 400;
		LanczosResult result = new LanczosEigensolver(1e-14, 0).solve(randomSymmetric(n, 12), n, 5, false,
				Progress.NONE);
		assertFalse(result.converged());
		assertEquals(0, result.restarts());
		assertTrue(result.maxResidual() > 0);
	}

	@Test
	void progressAndCancellation() {
		int n = 400;
		double[] a = randomSymmetric(n, 12);
		StopAfter complete = new StopAfter(Long.MAX_VALUE);
		new LanczosEigensolver().solve(a, n, 5, false, complete);
		assertEquals(LanczosEigensolver.DEFAULT_MAX_RESTARTS + 1L, complete.total.get());
		assertEquals(complete.total.get(), complete.worked.get());
		for (long units : new long[] { 0, 1, 2 }) {
			assertThrows(CancelledException.class,
					() -> new LanczosEigensolver().solve(a, n, 5, false, new StopAfter(units)));
		}
	}

	@Test
	void denseOperatorMultipliesAndValidates() {
		int n = 37; // groups of four rows and a ragged tail
		double[] a = randomSymmetric(n, 3);
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = Math.cos(i);
		}
		double[] y = new double[n];
		try (DenseSymmetricOperator operator = new DenseSymmetricOperator(a, n, 2)) {
			operator.multiply(x, y);
		}
		assertArrayEquals(multiply(a, x), y, 1e-14);
		assertThrows(IllegalArgumentException.class, () -> new DenseSymmetricOperator(new double[] { 1, 2, 3, 4 }, 2));
		assertThrows(IllegalArgumentException.class, () -> new LanczosEigensolver(0.0, 10));
		assertThrows(IllegalArgumentException.class,
				() -> new LanczosEigensolver().solve(a, n, n + 1, false, Progress.NONE));
	}
}

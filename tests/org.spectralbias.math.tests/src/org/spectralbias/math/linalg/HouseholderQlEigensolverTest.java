package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectralbias.math.linalg.EigenTestMatrices.compose;
import static org.spectralbias.math.linalg.EigenTestMatrices.distanceUpToSign;
import static org.spectralbias.math.linalg.EigenTestMatrices.orthonormalityError;
import static org.spectralbias.math.linalg.EigenTestMatrices.randomOrthogonal;
import static org.spectralbias.math.linalg.EigenTestMatrices.randomSymmetric;
import static org.spectralbias.math.linalg.EigenTestMatrices.residual;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.linalg.EigenTestMatrices.StopAfter;

/**
 * Oracles: A = Q diag(λ) Qᵀ with Q orthogonal (Gram–Schmidt on a Gaussian matrix) has eigenvalues λ; closed forms
 * for 1 × 1, 2 × 2, diagonal and zero matrices; Apache Commons Math 3.6.1 {@code EigenDecomposition} for a random
 * matrix. Tolerances are multiples of ‖A‖ as a backward-stable solver guarantees (Golub &amp; Van Loan §8.3.6).
 */
class HouseholderQlEigensolverTest {

	private static final HouseholderQlEigensolver SOLVER = new HouseholderQlEigensolver(2);

	/** n = 181: repeated eigenvalues, a tight cluster, zeros, negatives and pairs 1e−14 apart. */
	private static double[] hardSpectrum() {
		double[] lambda = new double[181];
		int k = 0;
		for (int r = 0; r < 4; r++) {
			lambda[k++] = 5.0; // multiplicity 4
		}
		for (int c = 0; c < 12; c++) {
			lambda[k++] = 3.0 + 1e-10 * c; // cluster of width 1.1e−9
		}
		for (int z = 0; z < 9; z++) {
			lambda[k++] = 0.0; // null space of dimension 9
		}
		for (int p = 0; p < 3; p++) {
			lambda[k++] = 1.5 + 0.1 * p;
			lambda[k++] = 1.5 + 0.1 * p + 1e-14;
		}
		while (k < lambda.length) {
			lambda[k] = -4.0 + 6.0 * Math.sin(0.37 * k); // distinct, both signs
			k++;
		}
		double[] descending = lambda.clone();
		Arrays.sort(descending);
		for (int i = 0; i < descending.length / 2; i++) {
			double swap = descending[i];
			descending[i] = descending[descending.length - 1 - i];
			descending[descending.length - 1 - i] = swap;
		}
		return descending;
	}

	@Test
	void recoversKnownSpectrumWithRepeatedAndClusteredEigenvalues() {
		double[] lambda = hardSpectrum();
		int n = lambda.length;
		double[] a = compose(randomOrthogonal(n, 11), lambda);
		double[] copy = a.clone();
		double norm = 10.0; // max |λ| = 4 + 6, the 2-norm of A
		Eigen eigen = SOLVER.decompose(a, n, true, Progress.NONE);
		assertArrayEquals(copy, a, "input must not be modified");
		assertArrayEquals(lambda, eigen.values(), 1e-12 * norm);
		assertTrue(orthonormalityError(eigen) <= 1e-12 * n, () -> "‖VᵀV − I‖ = " + orthonormalityError(eigen));
		assertTrue(residual(a, eigen) <= 1e-12 * n * norm, () -> "‖AV − VΛ‖ = " + residual(a, eigen));
	}

	@Test
	void recoversKnownEigenvectorsOfSimpleEigenvalues() {
		// λ_c = 10 − c/40, Q = H₃H₂H₁: eigenvector c is Q e_c; Davis–Kahan bounds the error by ‖E‖/gap, gap = 1/40
		int n = 400;
		double[] lambda = new double[n];
		for (int c = 0; c < n; c++) {
			lambda[c] = 10.0 - c / 40.0;
		}
		EigenTestMatrices.Reflected reflected = EigenTestMatrices.reflected(lambda, 21);
		Eigen eigen = SOLVER.decompose(reflected.matrix(), n, true, Progress.NONE);
		assertArrayEquals(lambda, eigen.values(), 1e-12 * 10.0);
		for (int c = 0; c < n; c++) {
			assertEquals(0.0, distanceUpToSign(reflected.eigenvector(c), eigen.vector(c)), 1e-12 * 10.0 * 40.0);
		}
	}

	@Test
	void valuesOnlyGiveTheSameEigenvalues() {
		double[] a = randomSymmetric(300, 5);
		Eigen values = SOLVER.decompose(a, 300, false, Progress.NONE);
		assertNull(values.vectors());
		// the eigenvalue path is the same arithmetic with or without vectors
		assertArrayEquals(SOLVER.decompose(a, 300, true, Progress.NONE).values(), values.values(), 0.0);
	}

	@Test
	void agreesWithCommonsMathOnRandomMatrix() {
		int n = 300;
		double[] a = randomSymmetric(n, 300);
		Eigen ours = SOLVER.decompose(a, n, true, Progress.NONE);
		Eigen theirs = new CommonsMathEigensolver().decompose(a, n, true, Progress.NONE);
		double norm = Math.max(Math.abs(theirs.values()[0]), Math.abs(theirs.values()[n - 1]));
		assertArrayEquals(theirs.values(), ours.values(), 1e-12 * norm);
		double smallestGap = Double.POSITIVE_INFINITY;
		for (int c = 1; c < n; c++) {
			smallestGap = Math.min(smallestGap, theirs.values()[c - 1] - theirs.values()[c]);
		}
		// eigenvector perturbation ≤ ‖E‖/gap (Davis–Kahan) with ‖E‖ ≈ n·ulp·‖A‖ for each solver
		double vectorTolerance = 2 * n * Math.ulp(norm) / smallestGap;
		for (int c = 0; c < n; c++) {
			assertEquals(0.0, distanceUpToSign(theirs.vector(c), ours.vector(c)), vectorTolerance, "vector " + c);
		}
	}

	@Test
	void resultsAreBitIdenticalForAnyThreadCount() {
		int n = 523; // several panels, parallel chunks and a ragged last block
		double[] a = randomSymmetric(n, 17);
		Eigen one = new HouseholderQlEigensolver(1).decompose(a, n, true, Progress.NONE);
		assertEquals(one, new HouseholderQlEigensolver(2).decompose(a, n, true, Progress.NONE));
		assertEquals(one, new HouseholderQlEigensolver(3).decompose(a, n, true, Progress.NONE));
	}

	@Test
	void oneByOne() {
		Eigen eigen = SOLVER.decompose(new double[] { -3.25 }, 1, true, Progress.NONE);
		assertArrayEquals(new double[] { -3.25 }, eigen.values(), 0.0);
		assertEquals(1.0, Math.abs(eigen.vectors()[0]), 0.0);
	}

	@Test
	void twoByTwo() {
		// [[2, 1], [1, 2]]: eigenvalues 3 and 1, eigenvectors (1, 1)/√2 and (1, −1)/√2
		Eigen eigen = SOLVER.decompose(new double[] { 2, 1, 1, 2 }, 2, true, Progress.NONE);
		assertArrayEquals(new double[] { 3, 1 }, eigen.values(), 1e-15);
		double h = Math.sqrt(0.5);
		assertEquals(0.0, distanceUpToSign(new double[] { h, h }, eigen.vector(0)), 1e-15);
		assertEquals(0.0, distanceUpToSign(new double[] { h, -h }, eigen.vector(1)), 1e-15);
	}

	@Test
	void diagonalMatrixIsSortedExactly() {
		double[] diagonal = { 3, -1, 7, 0, 7, 1e-300 };
		int n = diagonal.length;
		double[] a = new double[n * n];
		for (int i = 0; i < n; i++) {
			a[i * n + i] = diagonal[i];
		}
		Eigen eigen = SOLVER.decompose(a, n, true, Progress.NONE);
		assertArrayEquals(new double[] { 7, 7, 3, 1e-300, 0, -1 }, eigen.values(), 0.0);
		// no rotation is needed, so every eigenvector is a coordinate vector ±e_i
		for (int c = 0; c < n; c++) {
			double[] v = eigen.vector(c);
			int nonZero = 0;
			for (double x : v) {
				nonZero += x == 0.0 ? 0 : 1;
			}
			assertEquals(1, nonZero, "vector " + c);
			assertEquals(1.0, Arrays.stream(v).map(Math::abs).max().orElseThrow(), 0.0);
		}
		assertEquals(0.0, orthonormalityError(eigen), 0.0);
	}

	@Test
	void zeroAndEmptyMatrices() {
		Eigen zero = SOLVER.decompose(new double[25], 5, true, Progress.NONE);
		assertArrayEquals(new double[5], zero.values(), 0.0);
		assertEquals(0.0, orthonormalityError(zero), 0.0);
		Eigen empty = SOLVER.decompose(new double[0], 0, true, Progress.NONE);
		assertEquals(0, empty.count());
		assertEquals(0, empty.vectors().length);
	}

	@Test
	void decomposeTopKeepsTheLeadingPairs() {
		double[] a = randomSymmetric(150, 8);
		Eigen all = SOLVER.decompose(a, 150, true, Progress.NONE);
		assertEquals(all.truncate(7), SOLVER.decomposeTop(a, 150, 7, true, Progress.NONE));
		assertThrows(IllegalArgumentException.class, () -> SOLVER.decomposeTop(a, 150, 151, true, Progress.NONE));
	}

	@Test
	void progressReachesItsTotal() {
		StopAfter progress = new StopAfter(Long.MAX_VALUE);
		SOLVER.decompose(randomSymmetric(200, 1), 200, true, progress);
		assertTrue(progress.total.get() > 0);
		assertEquals(progress.total.get(), progress.worked.get());
	}

	/** Cancellation before the start, in the reduction, while forming Q, and during the QL sweeps. */
	@ParameterizedTest
	@ValueSource(longs = { 0, 1, 8, 13, 30 })
	void cancellationThrows(long units) {
		// n = 257: 8 panels, 8 blocks of Q, then one unit per converged eigenvalue
		double[] a = randomSymmetric(257, 2);
		assertThrows(CancelledException.class, () -> SOLVER.decompose(a, 257, true, new StopAfter(units)));
	}

	@Test
	void rejectsBadInput() {
		assertThrows(IllegalArgumentException.class,
				() -> SOLVER.decompose(new double[] { 1, 2, 3, 4 }, 2, false, Progress.NONE));
		assertThrows(IllegalArgumentException.class, () -> SOLVER.decompose(new double[3], 2, false, Progress.NONE));
		assertThrows(IllegalArgumentException.class,
				() -> SOLVER.decompose(new double[] { Double.NaN }, 1, false, Progress.NONE));
		assertThrows(IllegalArgumentException.class, () -> new HouseholderQlEigensolver(0));
	}
}

package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.spectralbias.math.linalg.EigenTestMatrices.distanceUpToSign;
import static org.spectralbias.math.linalg.EigenTestMatrices.orthonormalityError;
import static org.spectralbias.math.linalg.EigenTestMatrices.randomSymmetric;
import static org.spectralbias.math.linalg.EigenTestMatrices.residual;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * The native LAPACK solver against the pure-Java one. Skipped (not failed) when native LAPACK is absent: plain javac
 * runs without the fragment org.spectralbias.math.netlib, or a machine without the system library.
 * <p>
 * Oracles: both solvers are backward stable (Golub &amp; Van Loan §8.3.6, §8.4.4), so eigenvalues agree to a few
 * n·ulp·‖A‖; eigenvectors of simple eigenvalues agree up to sign to about n·ulp·‖A‖/gap (Davis–Kahan); residuals
 * ‖AV − VΛ‖ and ‖VᵀV − I‖ are of order n·ulp·‖A‖ and n·ulp.
 */
class NativeEigensolverTest {

	private static SymmetricEigensolver nativeSolver() {
		assumeTrue(NativeBackend.status().available(), () -> "native LAPACK absent: " + NativeBackend.status());
		return NativeBackend.denseSolver().orElseThrow();
	}

	@Test
	void agreesWithPureJavaOnARandomMatrix() {
		SymmetricEigensolver lapack = nativeSolver();
		int n = 300;
		double[] a = randomSymmetric(n, 21);
		double[] copy = a.clone();
		Eigen fast = lapack.decompose(a, n, true, Progress.NONE);
		assertArrayEquals(copy, a, "input must not be modified");
		Eigen java = new HouseholderQlEigensolver(2).decompose(a, n, true, Progress.NONE);
		double norm = Math.max(Math.abs(java.values()[0]), Math.abs(java.values()[n - 1]));
		// n·ulp·‖A‖ ≈ 7e−14·‖A‖; 1e−12 leaves room for both solvers' constants
		assertArrayEquals(java.values(), fast.values(), 1e-12 * norm);
		assertTrue(residual(a, fast) <= 1e-12 * norm * Math.sqrt(n), "residual " + residual(a, fast));
		assertTrue(orthonormalityError(fast) <= 1e-12 * n, "orthonormality " + orthonormalityError(fast));
		for (int c = 0; c < n; c++) {
			double gap = Math.min(c == 0 ? Double.POSITIVE_INFINITY : java.values()[c - 1] - java.values()[c],
					c == n - 1 ? Double.POSITIVE_INFINITY : java.values()[c] - java.values()[c + 1]);
			// Davis–Kahan: vector error ≲ residual / gap, with residuals of order 1e−13·‖A‖
			assertTrue(distanceUpToSign(java.vector(c), fast.vector(c)) <= 1e-11 * norm / gap, "vector " + c);
		}
	}

	@Test
	void agreesWithPureJavaOnAnNtkGramMatrixWithClusters() {
		SymmetricEigensolver lapack = nativeSolver();
		// the paper's NTK on S⁹: eigenvalues in near-degenerate blocks (degree 1: 10, degree 2: 54 of them)
		double[][] points = SphereSampling.uniform(400, 10, new SplittableRandom(5));
		GramMatrix gram = GramMatrix.compute(ReluNtk.paper(), points, 2, Progress.NONE);
		int n = gram.n();
		Eigen fast = lapack.decompose(gram.data(), n, true, Progress.NONE);
		Eigen java = new HouseholderQlEigensolver(2).decompose(gram.data(), n, true, Progress.NONE);
		double norm = java.values()[0];
		assertArrayEquals(java.values(), fast.values(), 1e-12 * norm);
		assertTrue(residual(gram.data(), fast) <= 1e-12 * norm * Math.sqrt(n));
		assertTrue(orthonormalityError(fast) <= 1e-12 * n);
		// values only and truncation give the same values
		Eigen values = lapack.decompose(gram.data(), n, false, Progress.NONE);
		assertNull(values.vectors());
		assertArrayEquals(fast.values(), values.values(), 1e-12 * norm);
		Eigen top = lapack.decomposeTop(gram.data(), n, 11, true, Progress.NONE);
		assertEquals(11, top.count());
		assertEquals(n * 11, top.vectors().length);
		assertArrayEquals(java.truncate(11).values(), top.values(), 1e-12 * norm);
		// the leading eigenvalue (degree 0, simple and far from the rest) has a well-defined vector
		assertTrue(distanceUpToSign(java.vector(0), top.vector(0)) <= 1e-10);
	}

	@Test
	void validatesAndHonoursCancellation() {
		SymmetricEigensolver lapack = nativeSolver();
		assertThrows(IllegalArgumentException.class,
				() -> lapack.decompose(new double[] { 1, 2, 3, 4 }, 2, false, Progress.NONE));
		assertThrows(IllegalArgumentException.class,
				() -> lapack.decompose(new double[] { 1, Double.NaN, Double.NaN, 1 }, 2, false, Progress.NONE));
		assertThrows(IllegalArgumentException.class, () -> lapack.decomposeTop(new double[4], 2, 3, false,
				Progress.NONE));
		assertThrows(CancelledException.class,
				() -> lapack.decompose(new double[] { 1 }, 1, false, new EigenTestMatrices.StopAfter(0)));
		assertEquals(0, lapack.decompose(new double[0], 0, true, Progress.NONE).count());
		assertArrayEquals(new double[] { 3.0, 1.0 },
				lapack.decompose(new double[] { 2, 1, 1, 2 }, 2, false, Progress.NONE).values(), 1e-15);
		assertTrue(lapack.toString().startsWith("LAPACK dsyevd"), lapack.toString());
	}
}

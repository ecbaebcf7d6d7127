package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.sphere.SphereSampling;
import org.spectralbias.math.sphere.SphereSpectrum;

/**
 * The paper's setting: n = 1000 points uniform on S⁹ (D = 10), the ReLU NTK. One decomposition (about 4 s with
 * Commons Math) is shared by the tests.
 */
class NystromTest {

	private static final int N = 1000;
	private static final int D = 10;

	private static GramMatrix gram;
	private static Eigen eigen;

	@BeforeAll
	static void decompose() {
		double[][] points = SphereSampling.uniform(N, D, new SplittableRandom(2021));
		gram = GramMatrix.compute(ReluNtk.paper(), points, Progress.NONE);
		eigen = Nystrom.eigen(gram, N, true, SymmetricEigensolver.defaultSolver(), Progress.NONE);
	}

	@Test
	void traceIsKappaOfOne() {
		// trace(K/n) = κ(1) = 3/2 (science.md): exact on the diagonal, to rounding for the eigenvalue sum
		assertEquals(1.5, gram.trace() / N, 0);
		double sum = 0;
		for (double value : eigen.values()) {
			sum += value;
		}
		assertEquals(1.5, sum, 1e-12);
	}

	@Test
	void topEigenpairIsTheConstantHarmonic() {
		// μ_0 = 0.35133 by Funk–Hecke quadrature (SphereSpectrum). λ_1(K/n) ≥ 1ᵀK1/n² exceeds μ_0 by the diagonal's
		// share (κ(1) − μ_0)/n = 1.15e−3; since E_y κ(⟨x, y⟩) = μ_0 for every x on the sphere, the off-diagonal mean
		// is a degenerate U-statistic that fluctuates only at O(1/n). Measured by power iteration over 60 seeds:
		// λ_1 − μ_0 = 1.28e−3 ± 0.45e−3 (range 0.54e−3 … 2.67e−3; 2.02e−3 at this seed). Tolerance 2e−3 around
		// μ_0 + (κ(1) − μ_0)/n is about 4.5 standard deviations.
		double mu0 = SphereSpectrum.eigenvalues(ReluNtk.paper()::kappa, D, 0)[0];
		assertEquals(mu0 + (1.5 - mu0) / N, eigen.values()[0], 2e-3);
		// its eigenvector samples φ_0 = 1: nearly parallel to (1, …, 1)/√n
		double[] v = eigen.vector(0);
		double along = 0;
		for (double component : v) {
			along += component / Math.sqrt(N);
		}
		assertTrue(Math.abs(along) > 0.99, "overlap with the constant " + along);
	}

	@Test
	void nextTenEigenvaluesClusterAroundTheLinearHarmonics() {
		// μ_1 = 3/(4D) = 0.075 with multiplicity N(10, 1) = 10 (science.md); at n = 1000 the cluster spreads by
		// O(√(D/n)) relative (0.063 … 0.088 here), but its mean stays within 10% (measured: 0.0753)
		double mean = 0;
		for (int k = 1; k <= 10; k++) {
			mean += eigen.values()[k] / 10;
		}
		assertEquals(0.075, mean, 0.0075);
		// gap to the degree-2 cluster, μ_2 = 0.00567 (measured λ_12 = 0.0084)
		assertTrue(eigen.values()[11] < 0.02, "lambda_12 = " + eigen.values()[11]);
	}

	@Test
	void convenienceMethodReturnsTheLeadingValues() {
		double[][] points = SphereSampling.uniform(150, D, new SplittableRandom(3));
		double[] values = Nystrom.eigenvalues(ReluNtk.paper(), points, 5, Progress.NONE);
		GramMatrix small = GramMatrix.compute(ReluNtk.paper(), points, 1, Progress.NONE);
		Eigen all = Nystrom.eigen(small, 150, false, SymmetricEigensolver.defaultSolver(), Progress.NONE);
		assertEquals(5, values.length);
		assertArrayEquals(java.util.Arrays.copyOf(all.values(), 5), values, 1e-15);
		assertThrows(IllegalArgumentException.class, () -> Nystrom.eigenvalues(ReluNtk.paper(), points, 151,
				Progress.NONE));
	}
}

package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * Oracles: {@link GramMatrix} (entries bit for bit, same tiles), the dense product Σ_j K_ij x_j summed in index order
 * (agreement to rounding: |Δy_i| ≤ n·ulp·Σ_j |K_ij x_j|), and the dense eigensolver for Lanczos on the operator.
 */
class PackedGramOperatorTest {

	/** 300 points: five tiles per side, the last one partial. */
	private static final double[][] POINTS = SphereSampling.uniform(300, 10, new SplittableRandom(3));

	@Test
	void entriesAreTheGramMatrixAndHalfIsStored() {
		GramMatrix gram = GramMatrix.compute(ReluNtk.paper(), POINTS, 2, Progress.NONE);
		try (PackedGramOperator packed = PackedGramOperator.compute(ReluNtk.paper(), POINTS, 2, Progress.NONE)) {
			int n = POINTS.length;
			assertEquals(n, packed.size());
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					assertEquals(gram.get(i, j), packed.get(i, j), 0.0);
				}
			}
			// the upper triangle by tiles, diagonal tiles in full: (n² + Σ_b extent_b²)/2 = (90000 + 4·64² + 44²)/2
			assertEquals((90_000 + 4 * 64 * 64 + 44 * 44) / 2, packed.storedEntries());
			assertEquals(8 * packed.storedEntries(), packed.storedBytes());
		}
	}

	@Test
	void productEqualsTheDenseProduct() {
		GramMatrix gram = GramMatrix.compute(ReluNtk.paper(), POINTS, 2, Progress.NONE);
		int n = gram.n();
		double[] x = new double[n];
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < n; i++) {
			x[i] = random.nextGaussian();
		}
		double[] y = new double[n];
		try (PackedGramOperator packed = PackedGramOperator.compute(ReluNtk.paper(), POINTS, 2, Progress.NONE)) {
			packed.multiply(x, y);
		}
		for (int i = 0; i < n; i++) {
			double dense = 0.0;
			double magnitude = 0.0;
			for (int j = 0; j < n; j++) {
				dense += gram.get(i, j) * x[j];
				magnitude += Math.abs(gram.get(i, j) * x[j]);
			}
			assertEquals(dense, y[i], 2.0 * n * Math.ulp(1.0) * magnitude, "row " + i);
		}
	}

	@Test
	void bitIdenticalForAnyThreadCount() {
		double[][] points = SphereSampling.uniform(1000, 10, new SplittableRandom(4));
		double[] x = new double[points.length];
		for (int i = 0; i < x.length; i++) {
			x[i] = Math.sin(i);
		}
		double[][] results = new double[3][x.length];
		for (int threads = 1; threads <= 3; threads++) {
			try (PackedGramOperator packed = PackedGramOperator.compute(ReluNtk.paper(), points, threads,
					Progress.NONE)) {
				packed.multiply(x, results[threads - 1]);
			}
		}
		assertArrayEquals(results[0], results[1]);
		assertArrayEquals(results[0], results[2]);
	}

	@Test
	void lanczosOnThePackedOperatorMatchesTheDenseSolver() {
		GramMatrix gram = GramMatrix.compute(ReluNtk.paper(), POINTS, 2, Progress.NONE);
		Eigen dense = new HouseholderQlEigensolver(2).decomposeTop(gram.data(), gram.n(), 11, true, Progress.NONE);
		LanczosResult result;
		try (PackedGramOperator packed = PackedGramOperator.compute(ReluNtk.paper(), POINTS, 2, Progress.NONE)) {
			// k = 11: degree 0 (1) and degree 1 (10 eigenvalues) of the NTK on S⁹, followed by a gap
			result = new LanczosEigensolver().solve(packed, 11, true, Progress.NONE);
		}
		assertTrue(result.converged());
		assertArrayEquals(dense.values(), result.eigen().values(), 1e-10 * dense.values()[0]);
		assertTrue(EigenTestMatrices.residual(gram.data(), result.eigen()) <= 1e-9 * dense.values()[0]);
	}

	@Test
	void pairKernelsOffTheSphere() {
		double[][] points = new double[70][];
		SplittableRandom random = new SplittableRandom(6);
		for (int i = 0; i < points.length; i++) {
			points[i] = new double[] { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
		}
		GramMatrix gram = GramMatrix.compute(ReluNtk.paper(), points, 1, Progress.NONE);
		try (PackedGramOperator packed = PackedGramOperator.compute(ReluNtk.paper(), points, 2, Progress.NONE)) {
			for (int i = 0; i < points.length; i++) {
				for (int j = 0; j < points.length; j++) {
					assertEquals(gram.get(i, j), packed.get(i, j), 0.0);
				}
			}
		}
	}

	@Test
	void reportsTilesAndStopsOnCancel() {
		EigenTestMatrices.StopAfter progress = new EigenTestMatrices.StopAfter(Long.MAX_VALUE);
		PackedGramOperator.compute(ReluNtk.paper(), POINTS, 2, progress).close();
		assertEquals(15, progress.total.get()); // 5 tiles per side, 15 in the upper triangle
		assertEquals(15, progress.worked.get());
		EigenTestMatrices.StopAfter stop = new EigenTestMatrices.StopAfter(3);
		assertThrows(CancelledException.class, () -> PackedGramOperator.compute(ReluNtk.paper(), POINTS, 2, stop));
		assertTrue(stop.worked.get() <= 5, "worked " + stop.worked.get());
		assertThrows(IllegalArgumentException.class,
				() -> PackedGramOperator.compute(ReluNtk.paper(), POINTS, 0, Progress.NONE));
		try (PackedGramOperator packed = PackedGramOperator.compute(ReluNtk.paper(), POINTS, 1, Progress.NONE)) {
			assertThrows(IllegalArgumentException.class, () -> packed.multiply(new double[3], new double[300]));
		}
	}
}

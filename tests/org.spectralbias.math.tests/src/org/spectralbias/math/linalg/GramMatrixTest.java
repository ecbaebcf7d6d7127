package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.sphere.SphereSampling;

class GramMatrixTest {

	private static final double[][] POINTS = SphereSampling.uniform(300, 10, new SplittableRandom(1));

	@Test
	void symmetricWithKappaOfOneOnTheDiagonal() {
		ReluNtk kernel = ReluNtk.paper();
		GramMatrix gram = GramMatrix.compute(kernel, POINTS, 2, Progress.NONE);
		int n = POINTS.length;
		assertEquals(n, gram.n());
		for (int i = 0; i < n; i++) {
			// science.md: κ(1) = 3/2 on the diagonal, exactly
			assertEquals(1.5, gram.get(i, i), 0);
			for (int j = 0; j < i; j++) {
				assertEquals(gram.get(i, j), gram.get(j, i), 0);
				assertEquals(kernel.kappa(DotProductKernel.dot(POINTS[i], POINTS[j])), gram.get(i, j), 0);
			}
		}
		assertEquals(1.5 * n, gram.trace(), 0);
	}

	@Test
	void partialTilesAndRowGroupsGiveTheScalarValues() {
		// n = 71: one full tile and an edge tile of 7 rows (a group of four and one of three); every entry is
		// κ(dot(x_i, x_j)) exactly, as DotProductKernel.kappaInPlace promises
		double[][] points = SphereSampling.uniform(71, 10, new SplittableRandom(3));
		ReluNtk kernel = ReluNtk.paper();
		GramMatrix gram = GramMatrix.compute(kernel, points, 2, Progress.NONE);
		for (int i = 0; i < points.length; i++) {
			for (int j = 0; j < points.length; j++) {
				double expected = i == j ? 1.5 : kernel.kappa(DotProductKernel.dot(points[i], points[j]));
				assertEquals(expected, gram.get(i, j), 0, "entry " + i + ", " + j);
			}
		}
	}

	@Test
	void bitIdenticalForAnyThreadCount() {
		GramMatrix one = GramMatrix.compute(ReluNtk.paper(), POINTS, 1, Progress.NONE);
		GramMatrix two = GramMatrix.compute(ReluNtk.paper(), POINTS, 2, Progress.NONE);
		GramMatrix three = GramMatrix.compute(ReluNtk.paper(), POINTS, 3, Progress.NONE);
		assertArrayEquals(one.data(), two.data());
		assertArrayEquals(one.data(), three.data());
		assertEquals(one, two);
	}

	@Test
	void pointsOffTheSphereUseThePairForm() {
		double[][] points = new double[70][];
		SplittableRandom random = new SplittableRandom(4);
		for (int i = 0; i < points.length; i++) {
			points[i] = new double[] { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
		}
		GramMatrix gram = GramMatrix.compute(ReluNtk.paper(), points, 2, Progress.NONE);
		for (int i = 0; i < points.length; i++) {
			for (int j = 0; j < points.length; j++) {
				assertEquals(ReluNtk.paper().value(points[i], points[j]), gram.get(i, j), 0);
			}
		}
	}

	@Test
	void reportsOneUnitPerTile() {
		EigenTestMatrices.StopAfter progress = new EigenTestMatrices.StopAfter(Long.MAX_VALUE);
		GramMatrix.compute(ReluNtk.paper(), POINTS, 2, progress);
		// 300 points in tiles of 64: 5 tiles per side, 15 in the upper triangle
		assertEquals(15, progress.total.get());
		assertEquals(15, progress.worked.get());
	}

	@Test
	void cancellationStopsBetweenTiles() {
		double[][] points = SphereSampling.uniform(400, 10, new SplittableRandom(2));
		for (int threads : new int[] { 1, 2 }) {
			EigenTestMatrices.StopAfter progress = new EigenTestMatrices.StopAfter(3);
			assertThrows(CancelledException.class, () -> GramMatrix.compute(ReluNtk.paper(), points, threads,
					progress));
			// 7 tiles per side, 28 in all; a tile starts only while fewer than 3 are done, so at most 2 + threads
			assertEquals(28, progress.total.get());
			assertTrue(progress.worked.get() <= 2 + threads, "worked " + progress.worked.get());
		}
		EigenTestMatrices.StopAfter already = new EigenTestMatrices.StopAfter(0);
		assertThrows(CancelledException.class, () -> GramMatrix.compute(ReluNtk.paper(), points, 2, already));
		assertEquals(0, already.worked.get());
	}

	@Test
	void kernelFailuresPropagate() {
		PairKernel failing = (x, y) -> {
			if (x[0] > 0.9) {
				throw new IllegalStateException("kernel failure");
			}
			return 1.0;
		};
		double[][] points = new double[200][];
		for (int i = 0; i < points.length; i++) {
			points[i] = new double[] { i / 199.0 };
		}
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> GramMatrix.compute(failing, points, 2, Progress.NONE));
		assertEquals("kernel failure", e.getMessage());
	}

	@Test
	void validatesArguments() {
		assertThrows(IllegalArgumentException.class, () -> GramMatrix.compute(ReluNtk.paper(), POINTS, 0,
				Progress.NONE));
		assertThrows(IllegalArgumentException.class,
				() -> GramMatrix.compute(ReluNtk.paper(), new double[][] { { 1, 0 }, { 1 } }, 1, Progress.NONE));
		assertThrows(IllegalArgumentException.class, () -> new GramMatrix(2, new double[3]));
		assertEquals(0, GramMatrix.compute(ReluNtk.paper(), new double[0][], 2, Progress.NONE).n());
	}
}

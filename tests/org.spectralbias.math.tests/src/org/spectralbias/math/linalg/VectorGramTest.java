package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.Progress;
import org.spectralbias.math.VectorApi;
import org.spectralbias.math.kernel.GaussianKernel;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * The opt-in Vector API Gram matrix of the ReLU NTK ({@link VectorApi#gram}) against {@link GramMatrix#compute}, its
 * oracle (checked against closed forms in {@link GramMatrixTest}). Contract ({@link VectorApi}): entries agree to
 * about one ulp of arccos propagated through κ; with κ ≤ 3 and |dκ/dt| = O(1/sin θ) for pairs that are not nearly
 * parallel, 1e−12 absolute leaves a margin of ~1000 ulps. Exact: symmetry and the diagonal κ(1). Skipped with the
 * reason when the path is unavailable.
 */
class VectorGramTest {

	/**
	 * 300 random points on S^9 (n not a multiple of the 64-point tiles) plus an antipodal pair (t = −1, where J₁
	 * takes its series branch) and a repeated point (t = 1 off the diagonal).
	 */
	@ParameterizedTest
	@CsvSource({ "PAPER, 1", "PAPER_WITH_BIAS, 2", "BIETTI_MAIRAL, 2" })
	void agreesWithThePlainPath(ReluNtk.Variant variant, int threads) {
		assumeTrue(VectorApi.available(), () -> VectorApi.unavailableReason().orElse(""));
		double[][] random = SphereSampling.uniform(300, 10, new SplittableRandom(9));
		double[][] points = new double[303][];
		System.arraycopy(random, 0, points, 0, 300);
		points[300] = random[7].clone();
		points[301] = random[11].clone();
		for (int k = 0; k < 10; k++) {
			points[301][k] = -points[301][k];
		}
		points[302] = random[20].clone();
		ReluNtk kernel = ReluNtk.of(variant);
		GramMatrix plain = GramMatrix.compute(kernel, points, 1, Progress.NONE);
		GramMatrix vector = VectorApi.gram(kernel, points, threads, Progress.NONE).orElseThrow();
		int n = points.length;
		double worst = 0.0;
		for (int i = 0; i < n; i++) {
			assertEquals(kernel.kappa(1.0), vector.get(i, i), 0.0, "diagonal " + i);
			for (int j = 0; j < n; j++) {
				assertEquals(vector.get(i, j), vector.get(j, i), 0.0, "symmetry at " + i + ", " + j);
				worst = Math.max(worst, Math.abs(vector.get(i, j) - plain.get(i, j)));
			}
		}
		assertTrue(worst <= 1e-12, "largest difference from the plain path " + worst);
		assertTrue(vector.get(7, 300) == vector.get(7, 7), "a repeated point gives κ(1)");
		assertEquals(plain.get(11, 301), vector.get(11, 301), 1e-12, "antipodal pair");
	}

	/** Other kernels and points off the sphere are not handled by the vector path: the caller falls back. */
	@Test
	void unsupportedInputsAreDeclined() {
		assumeTrue(VectorApi.available(), () -> VectorApi.unavailableReason().orElse(""));
		double[][] unit = SphereSampling.uniform(20, 3, new SplittableRandom(1));
		assertTrue(VectorApi.gram(new GaussianKernel(1.0), unit, 1, Progress.NONE).isEmpty());
		double[][] scaled = { { 2, 0, 0 }, { 0, 1, 0 } };
		assertTrue(VectorApi.gram(ReluNtk.paper(), scaled, 1, Progress.NONE).isEmpty());
	}

	/** Without the module or the fragment there is no vector Gram matrix, and no failure. */
	@Test
	void unavailablePathGivesNothing() {
		assumeTrue(!VectorApi.available(), "the Vector API path is available here");
		assertTrue(VectorApi.gram(ReluNtk.paper(), new double[][] { { 1, 0 } }, 1, Progress.NONE).isEmpty());
	}
}

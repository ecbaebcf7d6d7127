package org.spectralbias.math.sphere;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.special.Gegenbauer;
import org.spectralbias.math.special.HarmonicDimension;

class SphereSamplingTest {

	@Test
	void pointsHaveUnitNorm() {
		for (int dim : new int[] { 1, 2, 3, 10, 1000 }) {
			for (double[] x : SphereSampling.uniform(200, dim, new SplittableRandom(dim))) {
				assertEquals(dim, x.length);
				// exact: unit sphere; normalising and this test's own sum of D squares each round by ~sqrt(D) ulps
				assertEquals(1.0, norm(x), 4e-15);
			}
		}
	}

	@Test
	void seededDrawsAreDeterministic() {
		double[][] a = SphereSampling.uniform(50, 7, new SplittableRandom(42));
		double[][] b = SphereSampling.uniform(50, 7, new SplittableRandom(42));
		double[][] c = SphereSampling.uniform(50, 7, new SplittableRandom(43));
		for (int i = 0; i < a.length; i++) {
			assertArrayEquals(a[i], b[i], 0.0);
		}
		assertFalse(Arrays.equals(a[0], c[0]));
		SplittableRandom one = new SplittableRandom(5);
		SplittableRandom two = new SplittableRandom(5);
		assertArrayEquals(SphereSampling.uniform(1, 4, one)[0], SphereSampling.uniformPoint(4, two), 0.0);
	}

	@Test
	void additionTheoremHoldsStatistically() {
		// E[P_k(⟨ζ, x⟩)²] = 1/N(D, k) for x uniform (addition theorem, science.md). Since |P_k| ≤ 1,
		// Var[P_k²] ≤ E[P_k⁴] ≤ E[P_k²] = 1/N, so the mean of M samples lies within 5 standard errors
		// 5 sqrt(1/(N M)) of 1/N except with probability < 1e−6 (Chebyshev would give 4%; the CLT gives ~6e−7).
		int samples = 100_000;
		SplittableRandom rng = new SplittableRandom(2021);
		for (int dim : new int[] { 3, 10 }) {
			double[] zeta = SphereSampling.uniformPoint(dim, rng);
			double[][] x = SphereSampling.uniform(samples, dim, rng);
			Gegenbauer g = new Gegenbauer(dim, 4);
			double[] p = new double[5];
			double[] meanSquares = new double[5];
			for (double[] xi : x) {
				g.evaluate(dot(zeta, xi), p);
				for (int k = 0; k <= 4; k++) {
					meanSquares[k] += p[k] * p[k] / samples;
				}
			}
			for (int k = 1; k <= 4; k++) {
				double inverseN = 1.0 / HarmonicDimension.of(dim, k);
				assertEquals(inverseN, meanSquares[k], 5 * Math.sqrt(inverseN / samples), "D=" + dim + ", k=" + k);
			}
		}
	}

	@Test
	void coordinatesHaveMeanZeroAndVarianceOneOverD() {
		// exact: E[x_j] = 0, E[x_j²] = 1/D by symmetry; 5 standard errors with Var[x_j] = 1/D, Var[x_j²] ≤ E[x_j²]
		int dim = 6;
		int samples = 50_000;
		double[][] x = SphereSampling.uniform(samples, dim, new SplittableRandom(99));
		for (int j = 0; j < dim; j++) {
			double mean = 0;
			double meanSquare = 0;
			for (double[] xi : x) {
				mean += xi[j] / samples;
				meanSquare += xi[j] * xi[j] / samples;
			}
			assertEquals(0.0, mean, 5 * Math.sqrt(1.0 / dim / samples));
			assertEquals(1.0 / dim, meanSquare, 5 * Math.sqrt(1.0 / dim / samples));
		}
	}

	@Test
	void normaliseScalesWithoutOverflowAndRejectsZero() {
		// exact: (3, 4)/5
		// (one ulp of 0.6 is 1.1e−16)
		assertArrayEquals(new double[] { 0.6, 0.8 }, SphereSampling.normalise(new double[] { 3, 4 }), 3e-16);
		assertArrayEquals(new double[] { 0.6, 0.8 }, SphereSampling.normalise(new double[] { 3e200, 4e200 }), 3e-16);
		assertArrayEquals(new double[] { 0.6, 0.8 }, SphereSampling.normalise(new double[] { 3e-200, 4e-200 }), 3e-16);
		double[] input = { 1, 2, 2 };
		SphereSampling.normalise(input);
		assertArrayEquals(new double[] { 1, 2, 2 }, input, 0.0);
		assertThrows(IllegalArgumentException.class, () -> SphereSampling.normalise(new double[] { 0, 0, 0 }));
		assertThrows(IllegalArgumentException.class, () -> SphereSampling.normalise(new double[] { 1, Double.NaN }));
		assertThrows(IllegalArgumentException.class, () -> SphereSampling.normalise(new double[0]));
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> SphereSampling.uniform(-1, 3, new SplittableRandom(1)));
		assertThrows(IllegalArgumentException.class, () -> SphereSampling.uniformPoint(0, new SplittableRandom(1)));
		assertThrows(IllegalArgumentException.class, () -> SphereSampling.uniformPoint(3, null));
		assertTrue(SphereSampling.uniform(0, 3, new SplittableRandom(1)).length == 0);
	}

	private static double norm(double[] x) {
		return Math.sqrt(dot(x, x));
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}
}

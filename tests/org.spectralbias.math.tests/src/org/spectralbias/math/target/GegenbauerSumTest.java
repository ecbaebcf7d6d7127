package org.spectralbias.math.target;

import static org.spectralbias.math.target.TargetFunctionChecks.assertMessage;
import static org.spectralbias.math.target.TargetFunctionChecks.projectionMean;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.special.Gegenbauer;
import org.spectralbias.math.special.HarmonicDimension;
import org.spectralbias.math.sphere.SphereSampling;

class GegenbauerSumTest {

	@Test
	void squaredGegenbauerPolynomialsHaveMeanOneOverN() {
		// addition theorem: E[P_k(⟨ζ, x⟩)²] = 1/N(D, k); oracle: 200-point Gauss–Legendre in θ (the integrand is a
		// trigonometric polynomial of degree ≤ 2k + D − 2 ≤ 40, integrated to round-off)
		for (int dim : new int[] { 2, 3, 10 }) {
			for (int k = 0; k <= 12; k++) {
				int degree = k;
				double mean = projectionMean(dim, 200, t -> {
					double p = Gegenbauer.value(dim, degree, t);
					return p * p;
				});
				double expected = 1.0 / HarmonicDimension.of(dim, k);
				assertEquals(expected, mean, 1e-14 * expected, "D=" + dim + ", k=" + k);
			}
		}
	}

	@Test
	void valueIsTheSumOfItsTerms() {
		double[][] directions = { { 1, 2, 2 }, { 0, 1, 0 }, { 3, 0, 4 } };
		GegenbauerSum f = new GegenbauerSum(3, new int[] { 1, 2, 4 }, new double[] { 1, 3, 5 }, directions);
		for (double[] x : SphereSampling.uniform(20, 3, new SplittableRandom(1))) {
			// exact: the definition, with ζ normalised ((1,2,2)/3, (0,1,0), (3,0,4)/5)
			double t1 = (x[0] + 2 * x[1] + 2 * x[2]) / 3;
			double t2 = x[1];
			double t4 = (3 * x[0] + 4 * x[2]) / 5;
			double expected = t1 + 3 * (3 * t2 * t2 - 1) / 2 + 5 * (35 * Math.pow(t4, 4) - 30 * t4 * t4 + 3) / 8;
			assertEquals(expected, f.value(x), 1e-14);
			double sum = 0;
			for (ZonalTerm term : f.zonalTerms().orElseThrow()) {
				sum += term.value(x);
			}
			assertEquals(f.value(x), sum, 1e-15);
		}
	}

	@Test
	void paperTargetHasDegreesOneTwoFourAndRandomUnitDirections() {
		GegenbauerSum f = GegenbauerSum.paper(10, new double[] { 1, 3, 5 }, new SplittableRandom(7));
		List<ZonalTerm> terms = f.terms();
		assertEquals(3, terms.size());
		int[] degrees = { 1, 2, 4 };
		double[] coefficients = { 1, 3, 5 };
		for (int i = 0; i < 3; i++) {
			assertEquals(degrees[i], terms.get(i).degree());
			assertEquals(coefficients[i], terms.get(i).coefficient(), 0.0);
			double[] z = terms.get(i).direction();
			double norm = 0;
			for (double e : z) {
				norm += e * e;
			}
			assertEquals(1.0, Math.sqrt(norm), 4e-15);
		}
		// seeded: the same seed gives the same directions
		GegenbauerSum g = GegenbauerSum.paper(10, new double[] { 1, 3, 5 }, new SplittableRandom(7));
		assertArrayEquals(terms.get(2).direction(), g.terms().get(2).direction(), 0.0);
		assertThrows(UnsupportedOperationException.class, () -> terms.remove(0));
	}

	@Test
	void meanSquareIsTheAdditionTheoremValue() {
		GegenbauerSum f = GegenbauerSum.paper(10, new double[] { 1, 3, 5 }, new SplittableRandom(8));
		// closed form: distinct degrees are orthogonal, so E[f²] = 1/N(10,1) + 9/N(10,2) + 25/N(10,4) with
		// N(10, 1) = 10, N(10, 2) = 54, N(10, 4) = 660
		double expected = 1.0 / 10 + 9.0 / 54 + 25.0 / 660;
		assertEquals(expected, f.meanSquare(), 1e-15);
		// Monte Carlo with the standard error estimated from the sample, 5 allowed
		int n = 100_000;
		double[] y = f.values(SphereSampling.uniform(n, 10, new SplittableRandom(9)));
		double mean = 0;
		double meanFourth = 0;
		for (double v : y) {
			mean += v * v / n;
			meanFourth += v * v * v * v / n;
		}
		assertEquals(expected, mean, 5 * Math.sqrt((meanFourth - mean * mean) / n));
		// same degree and direction: (a + b)² / N; opposite directions of an odd degree cancel
		double[] z = { 0, 0, 1 };
		GegenbauerSum same = new GegenbauerSum(3, new int[] { 2, 2 }, new double[] { 1, 2 }, new double[][] { z, z });
		assertEquals(9.0 / 5, same.meanSquare(), 1e-15);
		GegenbauerSum opposite = new GegenbauerSum(3, new int[] { 3, 3 }, new double[] { 1, 1 },
				new double[][] { z, { 0, 0, -1 } });
		assertEquals(0.0, opposite.meanSquare(), 1e-16);
	}

	@Test
	void ofRebuildsFromTerms() {
		GegenbauerSum f = GegenbauerSum.withRandomDirections(4, new int[] { 0, 3 }, new double[] { 2, -1 },
				new SplittableRandom(10));
		GegenbauerSum g = GegenbauerSum.of(f.terms());
		double[] x = SphereSampling.uniformPoint(4, new SplittableRandom(11));
		assertEquals(f.value(x), g.value(x), 1e-15);
		assertEquals(f.terms(), g.terms());
	}

	@Test
	void rejectsBadArguments() {
		double[][] z = { { 1, 0 } };
		assertMessage("ambientDim",
				() -> new GegenbauerSum(1, new int[] { 1 }, new double[] { 1 }, new double[][] { { 1 } }));
		assertMessage("degrees", () -> new GegenbauerSum(2, new int[0], new double[0], new double[0][]));
		assertMessage("degrees[0]", () -> new GegenbauerSum(2, new int[] { -1 }, new double[] { 1 }, z));
		assertMessage("coefficients", () -> new GegenbauerSum(2, new int[] { 1 }, new double[] { 1, 2 }, z));
		assertMessage("coefficients[0]", () -> new GegenbauerSum(2, new int[] { 1 }, new double[] { Double.NaN }, z));
		assertMessage("directions", () -> new GegenbauerSum(2, new int[] { 1 }, new double[] { 1 }, new double[2][]));
		assertMessage("directions[0]",
				() -> new GegenbauerSum(2, new int[] { 1 }, new double[] { 1 }, new double[][] { { 0, 0 } }));
		assertMessage("directions[0]", () -> new GegenbauerSum(3, new int[] { 1 }, new double[] { 1 }, z));
		assertMessage("rng", () -> GegenbauerSum.paper(3, new double[] { 1, 1, 1 }, null));
		assertMessage("coefficients", () -> GegenbauerSum.paper(3, new double[] { 1, 1 }, new SplittableRandom(1)));
		GegenbauerSum f = new GegenbauerSum(2, new int[] { 1 }, new double[] { 1 }, z);
		assertMessage("x", () -> f.value(new double[3]));
		assertMessage("x", () -> f.value(null));
	}
}

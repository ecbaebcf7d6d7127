package org.spectralbias.math.special;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.quadrature.QuadratureRule;

class GegenbauerTest {

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 4, 7, 10, 100, 100_000 })
	void normalisedAtOneAndParityAtMinusOne(int dim) {
		for (int k = 0; k <= 60; k++) {
			// exact: P_k(1) = 1 by normalisation; P_k(−1) = (−1)^k by parity (science.md recurrence; at t = ±1 every
			// step of the recurrence is an exact integer ratio)
			assertEquals(1.0, Gegenbauer.value(dim, k, 1.0), 0.0, "D=" + dim + ", k=" + k);
			assertEquals(k % 2 == 0 ? 1.0 : -1.0, Gegenbauer.value(dim, k, -1.0), 0.0);
		}
	}

	@Test
	void dimensionThreeIsLegendre() {
		for (double t = -1; t <= 1; t += 0.0625) {
			double t2 = t * t;
			// closed forms of the Legendre polynomials P_2..P_5 (Abramowitz & Stegun, Table 22.9)
			assertEquals((3 * t2 - 1) / 2, Gegenbauer.value(3, 2, t), 1e-15);
			assertEquals((5 * t2 - 3) * t / 2, Gegenbauer.value(3, 3, t), 1e-15);
			assertEquals((35 * t2 * t2 - 30 * t2 + 3) / 8, Gegenbauer.value(3, 4, t), 1e-15);
			assertEquals(((63 * t2 - 70) * t2 + 15) * t / 8, Gegenbauer.value(3, 5, t), 1e-15);
		}
	}

	@Test
	void dimensionTwoIsChebyshev() {
		for (int i = 0; i <= 50; i++) {
			double theta = Math.PI * i / 50.0 + 0.01;
			double t = Math.cos(theta);
			for (int k = 0; k <= 40; k++) {
				// closed form: at D = 2 the normalised polynomial is T_k(cos θ) = cos(kθ); the recurrence loses
				// about k ulps near t = ±1
				assertEquals(Math.cos(k * theta), Gegenbauer.value(2, k, t), 2e-16 * (1 + k * k), "k=" + k);
			}
		}
	}

	@Test
	void dimensionFourIsChebyshevSecondKindOverDegree() {
		for (int i = 1; i < 40; i++) {
			double theta = Math.PI * i / 40.0;
			for (int k = 0; k <= 30; k++) {
				// closed form: at D = 4, C_k^1 = U_k and U_k(1) = k + 1, so P_k(cos θ) = sin((k+1)θ) / ((k+1) sin θ)
				double expected = Math.sin((k + 1) * theta) / ((k + 1) * Math.sin(theta));
				assertEquals(expected, Gegenbauer.value(4, k, Math.cos(theta)), 1e-14, "k=" + k);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 5, 10, 50 })
	void orthogonalUnderTheProjectionDensity(int dim) {
		// E[P_j P_k] = δ_jk / N(D, k) under c_D (1 − t²)^{(D−3)/2} dt (addition theorem, science.md), evaluated as
		// c_D ∫_0^π P_j P_k sin^{D−2}θ dθ by 120-point Gauss–Legendre, exact here up to round-off since the
		// integrand is a trigonometric polynomial of degree ≤ 2·20 + 48
		QuadratureRule rule = GaussLegendre.on(120, 0, Math.PI);
		double c = GegenbauerWeight.constant(dim);
		int maxDegree = 20;
		Gegenbauer g = new Gegenbauer(dim, maxDegree);
		double[][] gram = new double[maxDegree + 1][maxDegree + 1];
		double[] p = new double[maxDegree + 1];
		for (int i = 0; i < rule.size(); i++) {
			double theta = rule.node(i);
			g.evaluate(Math.cos(theta), p);
			double w = c * rule.weight(i) * Math.pow(Math.sin(theta), dim - 2);
			for (int j = 0; j <= maxDegree; j++) {
				for (int k = 0; k <= maxDegree; k++) {
					gram[j][k] += w * p[j] * p[k];
				}
			}
		}
		for (int j = 0; j <= maxDegree; j++) {
			for (int k = 0; k <= maxDegree; k++) {
				double expected = j == k ? 1.0 / HarmonicDimension.approx(dim, k) : 0.0;
				assertEquals(expected, gram[j][k], 1e-14, "D=" + dim + ", j=" + j + ", k=" + k);
			}
		}
	}

	@Test
	void boundedByOneOnTheInterval() {
		// |P_k(t)| ≤ P_k(1) = 1 on [−1, 1] for D ≥ 2 (Gegenbauer parameter λ = (D−2)/2 ≥ 0; Szegő, Thm 7.33.1)
		SplittableRandom rng = new SplittableRandom(7);
		for (int trial = 0; trial < 2000; trial++) {
			int dim = 2 + rng.nextInt(30);
			double t = rng.nextDouble(-1, 1);
			for (double v : Gegenbauer.values(dim, 200, t)) {
				assertTrue(Math.abs(v) <= 1 + 1e-12, "D=" + dim + ", t=" + t + ", value " + v);
			}
		}
	}

	@Test
	void allFormsAgree() {
		double t = 0.3141;
		double[] all = Gegenbauer.values(10, 25, t);
		Gegenbauer g = new Gegenbauer(10, 25);
		double[] out = g.evaluate(t, new double[26]);
		assertArrayEquals(all, out, 0.0);
		for (int k = 0; k <= 25; k++) {
			// the same recurrence in three code paths; they may round differently by a few ulps
			assertEquals(all[k], Gegenbauer.value(10, k, t), 1e-15);
			assertEquals(all[k], g.value(k, t), 1e-15);
		}
		assertEquals(1, Gegenbauer.values(5, 0, t).length);
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> Gegenbauer.value(1, 2, 0.5));
		assertThrows(IllegalArgumentException.class, () -> Gegenbauer.value(3, -1, 0.5));
		assertThrows(IllegalArgumentException.class, () -> Gegenbauer.value(3, 2, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> Gegenbauer.values(3, 2, Double.POSITIVE_INFINITY));
		assertThrows(IllegalArgumentException.class, () -> new Gegenbauer(3, 5).value(6, 0.1));
		assertThrows(IllegalArgumentException.class, () -> new Gegenbauer(3, 5).evaluate(0.1, new double[5]));
	}
}

package org.spectralbias.math.distribution;

import static org.spectralbias.math.distribution.AnisotropicGaussianTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.quadrature.QuadratureRule;
import org.spectralbias.math.special.GegenbauerWeight;
import org.spectralbias.math.sphere.SphereSampling;

class GaussianMixtureTest {

	@Test
	void radialIntegralMatchesTheRecurrenceForNonNegativeShifts() {
		// closed form: J_0(a) = sqrt(2π) Φ(a), J_1(a) = e^{−a²/2} + a J_0(a), J_m = a J_{m−1} + (m − 1) J_{m−2}
		// (integration by parts); all terms are positive for a ≥ 0, so the recurrence is accurate to ~m ulps
		for (double a : new double[] { 0, 0.3, 2, 10, 35 }) {
			double j0 = Math.sqrt(2 * Math.PI) * 0.5 * Erf.erfc(-a / Math.sqrt(2));
			double previous = j0;
			double current = Math.exp(-0.5 * a * a) + a * j0;
			for (int m = 1; m <= 60; m++) {
				if (m > 1) {
					double next = a * current + (m - 1) * previous;
					previous = current;
					current = next;
				}
				double expected = Math.log(current);
				assertEquals(expected, GaussianMixture.logRadialIntegral(m, a), 2e-14 * Math.max(1, Math.abs(expected)),
						"m=" + m + ", a=" + a);
			}
		}
	}

	@Test
	void radialIntegralIsAccurateForNegativeShifts() {
		// closed form J_1(a) = e^{−a²/2} + a sqrt(2π) Φ(a) with Φ(a) = erfc(−a/√2)/2; at a = −3 the two terms cancel to
		// 1/10 of their size, so the reference keeps ~1e−15 relative accuracy
		for (double a : new double[] { -0.5, -1, -3 }) {
			double j1 = Math.exp(-0.5 * a * a) + a * Math.sqrt(2 * Math.PI) * 0.5 * Erf.erfc(-a / Math.sqrt(2));
			assertEquals(Math.log(j1), GaussianMixture.logRadialIntegral(1, a), 1e-13, "a=" + a);
		}
		// closed form at a = 0: J_m(0) = 2^{(m−1)/2} Γ((m + 1)/2), for large m too
		for (int m : new int[] { 1, 9, 99, 999, 9999 }) {
			double expected = 0.5 * (m - 1) * Math.log(2) + Gamma.logGamma(0.5 * (m + 1));
			assertEquals(expected, GaussianMixture.logRadialIntegral(m, 0), 2e-15 * Math.abs(expected) + 1e-15);
		}
		// far in the negative tail, expanding e^{−s²/2} in ∫ s^m e^{−|a|s − s²/2} ds (Watson's lemma):
		// J_m(a) e^{a²/2} = Σ_j (−1/2)^j (m + 2j)!/(j! |a|^{m+2j+1}); at m = 2, a = −1000 that is
		// (2/|a|³)(1 − 6/a² + 45/a⁴ − …), the omitted term ~1e−16 relative. ln J ≈ −5e5, whose rounding allows 1e−9
		double a = -1000;
		double asymptotic = Math.log(2 / (-a * a * a) * (1 - 6 / (a * a) + 45 / (a * a * a * a)));
		assertEquals(asymptotic, GaussianMixture.logRadialIntegral(2, a) + 0.5 * a * a, 1e-9);
	}

	@Test
	void centreAtTheOriginIsUniform() {
		GaussianMixture g = new GaussianMixture(new double[][] { new double[6] }, new double[] { 1 }, 0.4);
		assertTrue(g.isUniform());
		for (double[] x : SphereSampling.uniform(10, 6, new SplittableRandom(1))) {
			// closed form: J_{D−1}(0) = 2^{D/2−1} Γ(D/2) cancels the constant 2^{1−D/2}/Γ(D/2)
			assertEquals(1.0, g.density(x), 1e-14);
		}
	}

	@Test
	void singleComponentDensityIntegratesToOneAndMatchesTheSampleMean() {
		for (int dim : new int[] { 3, 10 }) {
			for (double sigma : new double[] { 0.1, 0.5, 2 }) {
				double[] c = new double[dim];
				c[0] = 1;
				GaussianMixture g = new GaussianMixture(new double[][] { c }, new double[] { 1 }, sigma);
				// oracle: E_σ[p] = c_D ∫_0^π p(cos θ) sin^{D−2}θ dθ = 1, 2000-point Gauss–Legendre in θ (p is zonal and
				// smooth; at σ = 0.1 its width in θ is ~0.1)
				double mass = zonal(g, dim, 0);
				assertEquals(1.0, mass, 1e-12, "D=" + dim + ", sigma=" + sigma);
				// E_P[t] from the density by the same quadrature against the Monte Carlo mean (Var t ≤ 1, 5 SE)
				double meanT = zonal(g, dim, 1);
				int n = 20_000;
				double sample = 0;
				for (double[] x : g.sample(n, new SplittableRandom(dim))) {
					sample += x[0] / n;
				}
				assertEquals(meanT, sample, 5 / Math.sqrt(n), "D=" + dim + ", sigma=" + sigma);
			}
		}
	}

	@Test
	void mixtureDensityIsTheWeightedSum() {
		double[][] centres = { { 1, 0, 0 }, { 0, 0.5, 0.5 } };
		GaussianMixture mixture = new GaussianMixture(centres, new double[] { 1, 3 }, 0.6);
		GaussianMixture first = new GaussianMixture(new double[][] { centres[0] }, new double[] { 1 }, 0.6);
		GaussianMixture second = new GaussianMixture(new double[][] { centres[1] }, new double[] { 1 }, 0.6);
		assertArrayEquals(new double[] { 0.25, 0.75 }, mixture.weights(), 0.0);
		for (double[] x : SphereSampling.uniform(10, 3, new SplittableRandom(2))) {
			// exact: definition of a mixture density
			assertEquals(0.25 * first.density(x) + 0.75 * second.density(x), mixture.density(x),
					1e-15 * mixture.density(x));
		}
		assertFalse(mixture.isUniform());
	}

	@Test
	void randomCentresAreUnitAndEquallyWeighted() {
		GaussianMixture g = GaussianMixture.randomUnitCentres(10, 4, 0.3, new SplittableRandom(5));
		assertEquals(4, g.components());
		for (int j = 0; j < 4; j++) {
			double[] c = g.centre(j);
			assertEquals(1.0, Math.sqrt(Vectors.dot(c, c)), 4e-15);
			assertEquals(0.25, g.weights()[j], 0.0);
		}
		GaussianMixture again = GaussianMixture.randomUnitCentres(10, 4, 0.3, new SplittableRandom(5));
		assertArrayEquals(again.centre(3), g.centre(3), 0.0);
	}

	@Test
	void rejectsBadArguments() {
		double[][] c = { { 1, 0 } };
		assertMessage("centres", () -> new GaussianMixture(null, new double[] { 1 }, 1));
		assertMessage("centres", () -> new GaussianMixture(new double[][] { { 1 } }, new double[] { 1 }, 1));
		assertMessage("centres",
				() -> new GaussianMixture(new double[][] { { 1, 0 }, { 1, 0, 0 } }, new double[] { 1, 1 }, 1));
		assertMessage("centres",
				() -> new GaussianMixture(new double[][] { { 1, Double.NaN } }, new double[] { 1 }, 1));
		assertMessage("sigma", () -> new GaussianMixture(c, new double[] { 1 }, 0));
		assertMessage("sigma", () -> new GaussianMixture(c, new double[] { 1 }, Double.NaN));
		assertMessage("weights", () -> new GaussianMixture(c, new double[] { -1 }, 1));
		assertMessage("weights", () -> new GaussianMixture(c, new double[] { 0 }, 1));
		assertMessage("weights", () -> new GaussianMixture(c, new double[] { 1, 1 }, 1));
		assertMessage("components", () -> GaussianMixture.randomUnitCentres(3, 0, 1, new SplittableRandom(1)));
	}

	/** c_D ∫_0^π p(cos θ) cos^power θ sin^{D−2}θ dθ for a component centred on e_0, 2000-point Gauss–Legendre. */
	private static double zonal(GaussianMixture g, int dim, int power) {
		QuadratureRule rule = GaussLegendre.on(2000, 0, Math.PI);
		return GegenbauerWeight.constant(dim) * rule.integrate(theta -> {
			double[] x = new double[dim];
			x[0] = Math.cos(theta);
			x[1] = Math.sin(theta);
			return g.density(x) * Math.pow(x[0], power) * Math.pow(x[1], dim - 2);
		});
	}
}

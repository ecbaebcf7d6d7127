package org.spectralbias.math.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GaussianExpectationTest {

	private static double relu(double z) {
		return Math.max(0.0, z);
	}

	private static double step(double z) {
		return z > 0.0 ? 1.0 : 0.0;
	}

	@Test
	void univariateMomentsMatchGaussianMoments() {
		double variance = 2.5;
		// E[u²] = σ², E[u⁴] = 3σ⁴ (Gaussian moments)
		assertEquals(variance, GaussianExpectation.univariate(z -> z * z, variance), 1e-13);
		assertEquals(3 * variance * variance, GaussianExpectation.univariate(z -> z * z * z * z, variance), 1e-12);
		// E[max(0, u)] = σ/√(2π) (half-normal mean / 2)
		assertEquals(Math.sqrt(variance / (2 * Math.PI)), GaussianExpectation.univariate(GaussianExpectationTest::relu,
				variance), 1e-14);
		// E[cos u] = e^{−σ²/2} (characteristic function)
		assertEquals(Math.exp(-variance / 2), GaussianExpectation.univariate(Math::cos, variance), 1e-14);
	}

	@Test
	void bivariateMomentsMatchIsserlis() {
		double a = 1.7;
		double b = 0.6;
		double c = -0.8;
		// E[uv] = c; E[u²v²] = ab + 2c² (Isserlis' theorem)
		assertEquals(c, GaussianExpectation.bivariate(z -> z, z -> z, a, b, c), 1e-13);
		assertEquals(a * b + 2 * c * c, GaussianExpectation.bivariate(z -> z * z, z -> z * z, a, b, c), 1e-12);
	}

	@Test
	void stepProductIsSheppardsOrthantProbabilityAlsoNearPerfectCorrelation() {
		// P(u > 0, v > 0) = 1/4 + arcsin(ρ)/(2π) (Sheppard 1899), independent of the variances
		// (ρ is recomputed from the covariance as the library does: near |ρ| = 1 the probability moves by
		// 1/(2π√(1 − ρ²)) per unit of ρ, so the rounding of ρ√1.5/√1.5 alone would shift it by up to 1e−11)
		for (double target : new double[] { -1 + 1e-12, -0.999999, -0.5, 0.0, 0.3, 0.99, 1 - 1e-9, 1 - 1e-14 }) {
			double cov = target * Math.sqrt(1.5);
			double rho = cov / Math.sqrt(3.0 * 0.5);
			double expected = 0.25 + Math.asin(rho) / (2 * Math.PI);
			double actual = GaussianExpectation.bivariate(GaussianExpectationTest::step, GaussianExpectationTest::step,
					3.0, 0.5, cov);
			assertEquals(expected, actual, 1e-13, "rho = " + rho);
		}
	}

	@Test
	void perfectCorrelationReducesToOneDimension() {
		// ρ = 1, a = b: E[relu(u)²] = a/2; ρ = −1: relu(u)·relu(−u) = 0
		assertEquals(1.0, GaussianExpectation.bivariate(GaussianExpectationTest::relu, GaussianExpectationTest::relu, 2,
				2, 2), 1e-14);
		assertEquals(0.0, GaussianExpectation.bivariate(GaussianExpectationTest::relu, GaussianExpectationTest::relu, 2,
				2, -2), 0.0);
		// ρ = −1 with different variances: E[u·v] = −√(ab)
		assertEquals(-Math.sqrt(6.0), GaussianExpectation.bivariate(z -> z, z -> z, 2, 3, -Math.sqrt(6.0)), 1e-13);
	}

	@Test
	void zeroVarianceMakesTheVariableZero() {
		// u ≡ 0: E[(u + 1) cos v] = 1·e^{−b/2}
		assertEquals(Math.exp(-0.75), GaussianExpectation.bivariate(z -> z + 1, Math::cos, 0, 1.5, 0), 1e-14);
		assertEquals(Math.exp(-0.75), GaussianExpectation.bivariate(Math::cos, z -> z + 1, 1.5, 0, 0), 1e-14);
		assertEquals(6.0, GaussianExpectation.bivariate(z -> z + 2, z -> z + 3, 0, 0, 0), 0.0);
		assertEquals(4.0, GaussianExpectation.univariate(z -> z + 4, 0), 0.0);
	}

	@Test
	void rejectsInvalidCovarianceMatrices() {
		assertThrows(IllegalArgumentException.class, () -> GaussianExpectation.bivariate(z -> z, z -> z, -1, 1, 0));
		assertThrows(IllegalArgumentException.class, () -> GaussianExpectation.bivariate(z -> z, z -> z, 1, 1, 1.01));
		assertThrows(IllegalArgumentException.class,
				() -> GaussianExpectation.bivariate(z -> z, z -> z, 1, Double.NaN, 0));
		assertThrows(IllegalArgumentException.class, () -> GaussianExpectation.univariate(z -> z, -0.1));
		// an excess of 1e−12 in |c|/√(ab) is rounding and accepted
		assertEquals(1.0, GaussianExpectation.bivariate(z -> z, z -> z, 1, 1, 1 + 1e-12), 1e-11);
	}
}

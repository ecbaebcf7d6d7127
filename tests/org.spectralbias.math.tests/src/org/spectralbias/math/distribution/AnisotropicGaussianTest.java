package org.spectralbias.math.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.quadrature.QuadratureRule;
import org.spectralbias.math.sphere.SphereSampling;

class AnisotropicGaussianTest {

	@Test
	void geometricProfileRunsFromOneToTheRatio() {
		double[] s = AnisotropicGaussian.geometric(5, 16).scales();
		// exact: s_i = 16^{i/4} = 2^i
		for (int i = 0; i < 5; i++) {
			assertEquals(Math.scalb(1.0, i), s[i], 1e-14 * s[i]);
		}
		assertFalse(AnisotropicGaussian.geometric(5, 16).isUniform());
		assertTrue(AnisotropicGaussian.geometric(5, 1).isUniform());
	}

	@Test
	void equalScalesGiveTheUniformDensity() {
		AnisotropicGaussian g = new AnisotropicGaussian(new double[] { 2.5, 2.5, 2.5, 2.5 });
		for (double[] x : SphereSampling.uniform(20, 4, new SplittableRandom(1))) {
			// exact: ACG(c I) is uniform; the formula rounds by a few ulps
			assertEquals(1.0, g.density(x), 1e-15);
		}
	}

	@Test
	void densityAtTheAxesIsTheClosedForm() {
		double[] s = { 1, 2, 5 };
		AnisotropicGaussian g = new AnisotropicGaussian(s);
		for (int i = 0; i < 3; i++) {
			double[] x = new double[3];
			x[i] = 1;
			// closed form: p(e_i) = Π_j s_j^{−1} (1/s_i²)^{−D/2} = s_i^D / Π_j s_j
			double expected = Math.pow(s[i], 3) / (1 * 2 * 5);
			assertEquals(expected, g.density(x), 1e-14 * expected);
		}
		// the law depends only on the ratios of the scales
		AnisotropicGaussian scaled = new AnisotropicGaussian(new double[] { 7, 14, 35 });
		for (double[] x : SphereSampling.uniform(10, 3, new SplittableRandom(2))) {
			assertEquals(g.density(x), scaled.density(x), 1e-14 * g.density(x));
		}
	}

	@Test
	void circleDensityIntegratesToOneByQuadrature() {
		// oracle: (1/2π) ∫_0^{2π} p(cos θ, sin θ) dθ = 1, periodic trapezoid rule with 2000 points (spectrally
		// accurate for this analytic periodic integrand with scale ratio 3)
		AnisotropicGaussian g = new AnisotropicGaussian(new double[] { 1, 3 });
		int n = 2000;
		double sum = 0;
		for (int i = 0; i < n; i++) {
			double theta = 2 * Math.PI * i / n;
			sum += g.density(new double[] { Math.cos(theta), Math.sin(theta) }) / n;
		}
		assertEquals(1.0, sum, 1e-14);
	}

	@Test
	void circleSecondMomentMatchesTheClosedForm() {
		// closed form: for independent X ~ N(0, a²), Y ~ N(0, b²), E[X²/(X² + Y²)] = a/(a + b). Since
		// Var[x_0²] ≤ E[x_0⁴] ≤ E[x_0²], 5 standard errors are at most 5 sqrt(E/n)
		double a = 1;
		double b = 3;
		int n = 60_000;
		double mean = 0;
		for (double[] x : new AnisotropicGaussian(new double[] { a, b }).sample(n, new SplittableRandom(3))) {
			mean += x[0] * x[0] / n;
		}
		double expected = a / (a + b);
		assertEquals(expected, mean, 5 * Math.sqrt(expected / n));
	}

	@Test
	void secondMomentsMatchTheOneDimensionalIntegral() {
		// oracle: with λ_j = s_j², 1/Q = ∫_0^∞ e^{−uQ} du and Gaussian integrals give
		// E[x_i²] = E[z_i²λ_i / Σ_j λ_j z_j²] = ∫_0^∞ λ_i (1 + 2λ_i u)^{−1} Π_j (1 + 2λ_j u)^{−1/2} du, evaluated with
		// u = v/(1 − v), v ∈ (0, 1), by 400-point Gauss–Legendre (the integrand is smooth on [0, 1]). At λ_j ≡ 1 it
		// gives 1/D. Each Monte Carlo mean is within 5 sqrt(E/n) (Var ≤ E[x⁴] ≤ E[x²])
		int dim = 10;
		AnisotropicGaussian g = AnisotropicGaussian.geometric(dim, 5);
		double[] s = g.scales();
		int n = 40_000;
		double[] mean = new double[dim];
		for (double[] x : g.sample(n, new SplittableRandom(4))) {
			for (int i = 0; i < dim; i++) {
				mean[i] += x[i] * x[i] / n;
			}
		}
		double total = 0;
		for (int i = 0; i < dim; i++) {
			double expected = secondMoment(s, i, 400);
			assertEquals(expected, secondMoment(s, i, 800), 1e-13, "quadrature not converged");
			total += expected;
			assertEquals(expected, mean[i], 5 * Math.sqrt(expected / n), "i=" + i);
		}
		assertEquals(1.0, total, 1e-13);
	}

	@Test
	void rejectsBadScales() {
		assertMessage("scales", () -> new AnisotropicGaussian(null));
		assertMessage("scales", () -> new AnisotropicGaussian(new double[] { 1 }));
		assertMessage("scales", () -> new AnisotropicGaussian(new double[] { 1, 0 }));
		assertMessage("scales", () -> new AnisotropicGaussian(new double[] { 1, -2 }));
		assertMessage("scales", () -> new AnisotropicGaussian(new double[] { 1, Double.NaN }));
		assertMessage("scales", () -> new AnisotropicGaussian(new double[] { 1, Double.POSITIVE_INFINITY }));
		assertMessage("scales", () -> new AnisotropicGaussian(new double[] { 1, 1e151 }));
		assertMessage("ratio", () -> AnisotropicGaussian.geometric(3, 0));
		assertMessage("ratio", () -> AnisotropicGaussian.geometric(3, Double.NaN));
		assertMessage("x", () -> new AnisotropicGaussian(new double[] { 1, 2 }).density(new double[2]));
	}

	private static double secondMoment(double[] s, int i, int nodes) {
		QuadratureRule rule = GaussLegendre.on(nodes, 0, 1);
		return rule.integrate(v -> {
			double u = v / (1 - v);
			double jacobian = 1 / ((1 - v) * (1 - v));
			double li = s[i] * s[i];
			double product = li / (1 + 2 * li * u);
			for (double sj : s) {
				product /= Math.sqrt(1 + 2 * sj * sj * u);
			}
			return product * jacobian;
		});
	}

	static void assertMessage(String parameter, org.junit.jupiter.api.function.Executable call) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		assertTrue(e.getMessage().contains(parameter), e.getMessage());
	}
}

package org.spectralbias.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.activation.GaussianExpectation;

class ArcCosineTest {

	private static final double[] COSINES = { -1, -0.999, -0.9, -0.3, 0, 0.4, 0.8, 0.999, 1 };

	@Test
	void matchesTheGaussianIntegralDefinition() {
		// Cho & Saul (2009) eq. 1: k_n(t) = 2 E[Θ(u)Θ(v) uⁿ vⁿ], (u, v) standard normals with correlation t;
		// oracle: GaussianExpectation (composite Gauss–Legendre, split at the kinks)
		for (int n = 0; n <= 2; n++) {
			int order = n;
			ArcCosine kernel = new ArcCosine(order);
			for (double t : COSINES) {
				double expected = 2 * GaussianExpectation.bivariate(z -> rectifiedPower(z, order),
						z -> rectifiedPower(z, order), 1, 1, t);
				assertEquals(expected, kernel.kappa(t), 1e-13, "order " + order + " at t = " + t);
			}
		}
	}

	@Test
	void papersKappaOneAndTwoMatchScienceMd() {
		// science.md: κ₁(t) = (π − arccos t)/(2π), κ₂(t) = (√(1 − t²) + (π − arccos t) t)/(2π)
		for (double t : COSINES) {
			double theta = Math.acos(t);
			assertEquals((Math.PI - theta) / (2 * Math.PI), ArcCosine.kappa1(t), 1e-15);
			assertEquals((Math.sqrt(1 - t * t) + (Math.PI - theta) * t) / (2 * Math.PI), ArcCosine.kappa2(t), 1e-15);
			assertEquals(new ArcCosine(0).kappa(t) / 2, ArcCosine.kappa1(t), 1e-16);
			assertEquals(new ArcCosine(1).kappa(t) / 2, ArcCosine.kappa2(t), 1e-16);
		}
	}

	@Test
	void valueIsHomogeneousOffTheSphere() {
		double[] x = { 0.6, 0.8, 0 };
		double[] y = { 0, 0.6, 0.8 };
		double t = DotProductKernel.dot(x, y);
		for (int n = 0; n <= 2; n++) {
			ArcCosine kernel = new ArcCosine(n);
			// Cho & Saul (2009) eq. 3: k_n(x, y) = (1/π)|x|ⁿ|y|ⁿ J_n(θ)
			assertEquals(Math.pow(6, n) * kernel.kappa(t), kernel.value(scale(x, 2), scale(y, 3)), 1e-14);
			assertEquals(kernel.kappa(t), kernel.value(x, y), 1e-15);
		}
		assertEquals(1.0, new ArcCosine(1).kappa(1), 0);
		assertEquals(3.0, new ArcCosine(2).kappa(1), 1e-15);
	}

	@Test
	void rejectsUnknownOrders() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArcCosine(3));
		assertTrue(e.getMessage().contains("order"));
	}

	private static double rectifiedPower(double z, int n) {
		return z > 0 ? Math.pow(z, n) : 0.0;
	}

	private static double[] scale(double[] x, double s) {
		double[] y = x.clone();
		for (int i = 0; i < y.length; i++) {
			y[i] *= s;
		}
		return y;
	}
}

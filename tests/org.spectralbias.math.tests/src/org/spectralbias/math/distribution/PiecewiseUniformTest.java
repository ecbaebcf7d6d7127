package org.spectralbias.math.distribution;

import static org.spectralbias.math.distribution.AnisotropicGaussianTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.special.GegenbauerWeight;
import org.spectralbias.math.sphere.SphereSampling;

class PiecewiseUniformTest {

	private static final double[] EDGES = { -1, -0.7, -0.2, -1e-6, 1e-6, 0.3, 0.9, 0.999, 1 };

	@Test
	void uniformBandMassesOnTheTwoSphereAreLengthsOverTwo() {
		// closed form (Archimedes): on S² the projection t is uniform on [−1, 1], so m_j = (e_{j+1} − e_j)/2
		PiecewiseUniform p = new PiecewiseUniform(new double[] { 0, 0, 3 }, EDGES, ones(EDGES.length - 1));
		for (int j = 0; j < p.bandCount(); j++) {
			double expected = 0.5 * (EDGES[j + 1] - EDGES[j]);
			assertEquals(expected, p.bandUniformMass(j), 1e-14 * expected, "band " + j);
		}
	}

	@Test
	void uniformBandMassesOnTheCircleAreAngles() {
		// closed form: on S¹, θ = arccos t is uniform on [0, π], so m_j = (arcsin e_{j+1} − arcsin e_j)/π (arcsin
		// rather than arccos keeps the narrow band around 0 free of cancellation)
		PiecewiseUniform p = new PiecewiseUniform(new double[] { 1, 0 }, EDGES, ones(EDGES.length - 1));
		for (int j = 0; j < p.bandCount(); j++) {
			double expected = (Math.asin(EDGES[j + 1]) - Math.asin(EDGES[j])) / Math.PI;
			assertEquals(expected, p.bandUniformMass(j), 2e-13 * expected, "band " + j);
		}
	}

	@Test
	void uniformBandMassesMatchQuadratureWithRelativeAccuracy() {
		// oracle: m_j = c_D ∫_{arccos e_{j+1}}^{arccos e_j} sin^{D−2}θ dθ by 400-point Gauss–Legendre on each band, in
		// t for bands inside (−1/2, 1/2) (analytic integrands; exact up to round-off), compared relatively, also for
		// tiny tail bands at D = 1000
		for (int dim : new int[] { 4, 10, 1000 }) {
			double[] zeta = new double[dim];
			zeta[dim - 1] = 1;
			PiecewiseUniform p = new PiecewiseUniform(zeta, EDGES, ones(EDGES.length - 1));
			double total = 0;
			for (int j = 0; j < p.bandCount(); j++) {
				double expected = bandIntegral(dim, EDGES[j], EDGES[j + 1], 0);
				if (expected < Double.MIN_NORMAL) {
					continue;
				}
				total += p.bandUniformMass(j);
				assertEquals(expected, p.bandUniformMass(j), 5e-13 * expected, "D=" + dim + ", band " + j);
			}
			// the incomplete beta function of Commons Math is accurate to ~1e−13 at α = (D − 1)/2 ≈ 500 (measured)
			assertEquals(1.0, total, dim < 100 ? 1e-14 : 5e-13, "D=" + dim);
		}
	}

	@Test
	void densitiesAndBandProbabilitiesAreNormalised() {
		double[] zeta = { 1, 2, 2, 0, 0, 0, 0, 0, 0, 0 };
		PiecewiseUniform p = PiecewiseUniform.equalWidth(zeta, new double[] { 1, 2, 3, 4 });
		double probability = 0;
		double uniform = 0;
		for (int j = 0; j < 4; j++) {
			probability += p.bandMass(j);
			uniform += p.bandDensity(j) * p.bandUniformMass(j);
			// exact: the densities keep the ratios of the weights
			assertEquals((j + 1) * p.bandDensity(0), p.bandDensity(j), 1e-15);
			assertEquals(p.bandDensity(j) * p.bandUniformMass(j), p.bandMass(j), 1e-16);
		}
		// exact: Σ π_j = 1 and Σ p_j m_j = 1
		assertEquals(1.0, probability, 1e-15);
		assertEquals(1.0, uniform, 1e-15);
		assertFalse(p.isUniform());
		assertTrue(PiecewiseUniform.equalWidth(zeta, new double[] { 2, 2, 2 }).isUniform());
		// closed form: hemispheres have uniform mass 1/2 each, so p = 2/(1 + r) and 2r/(1 + r)
		PiecewiseUniform h = PiecewiseUniform.hemispheres(zeta, 3);
		assertEquals(0.5, h.bandDensity(0), 1e-15);
		assertEquals(1.5, h.bandDensity(1), 1e-15);
	}

	@Test
	void densityIsTheBandDensityOfTheProjection() {
		double[] zeta = SphereSampling.uniformPoint(5, new SplittableRandom(1));
		PiecewiseUniform p = new PiecewiseUniform(zeta, new double[] { -1, -0.3, 0.2, 0.5, 1 },
				new double[] { 0, 1, 5, 2 });
		for (double[] x : SphereSampling.uniform(200, 5, new SplittableRandom(2))) {
			double t = Vectors.dot(zeta, x);
			int j = t < -0.3 ? 0 : t < 0.2 ? 1 : t < 0.5 ? 2 : 3;
			assertEquals(j, p.bandOf(x));
			assertEquals(p.bandDensity(j), p.density(x), 0.0);
		}
		// a zero-weight band is never sampled
		for (double[] x : p.sample(2000, new SplittableRandom(3))) {
			assertTrue(Vectors.dot(zeta, x) >= -0.3 - 1e-15);
		}
	}

	@Test
	void bandFrequenciesMatchBandMasses() {
		// binomial: the count of band j among n draws has standard deviation sqrt(n π_j (1 − π_j)); 5 allowed
		int dim = 10;
		double[] zeta = new double[dim];
		zeta[3] = 1;
		PiecewiseUniform p = new PiecewiseUniform(zeta, new double[] { -1, -0.4, 0, 0.1, 0.6, 1 },
				new double[] { 1, 0.5, 4, 2, 30 });
		int n = 40_000;
		int[] counts = new int[p.bandCount()];
		for (double[] x : p.sample(n, new SplittableRandom(4))) {
			counts[p.bandOf(x)]++;
		}
		for (int j = 0; j < counts.length; j++) {
			double pj = p.bandMass(j);
			assertEquals(n * pj, counts[j], 5 * Math.sqrt(n * pj * (1 - pj)), "band " + j);
		}
	}

	@Test
	void pointsAreUniformWithinTheirBand() {
		// closed form on S²: given its band, t is uniform on [a, b], mean (a + b)/2, sd (b − a)/sqrt(12);
		// at D = 10 the conditional mean is c_D ∫ t sin^8 / m_j by 400-point Gauss–Legendre (bound Var ≤ (b − a)²/4).
		// 5 standard errors of the band's own count
		for (int dim : new int[] { 3, 10 }) {
			double[] zeta = new double[dim];
			zeta[0] = 1;
			double[] edges = { -1, -0.5, 0.2, 0.4, 1 };
			PiecewiseUniform p = new PiecewiseUniform(zeta, edges, new double[] { 1, 2, 3, 4 });
			int n = 40_000;
			double[] sums = new double[4];
			int[] counts = new int[4];
			for (double[] x : p.sample(n, new SplittableRandom(dim))) {
				int j = p.bandOf(x);
				sums[j] += x[0];
				counts[j]++;
			}
			for (int j = 0; j < 4; j++) {
				double a = edges[j];
				double b = edges[j + 1];
				double expected = dim == 3 ? 0.5 * (a + b) : bandIntegral(dim, a, b, 1) / bandIntegral(dim, a, b, 0);
				double sd = dim == 3 ? (b - a) / Math.sqrt(12) : (b - a) / 2;
				assertEquals(expected, sums[j] / counts[j], 5 * sd / Math.sqrt(counts[j]), "D=" + dim + ", band " + j);
			}
		}
	}

	@Test
	void inverseDistributionFunctionIsExactOnTheTwoSphere() {
		// closed form: on S² the restricted law is uniform, so the u-quantile of [a, b] is a + u (b − a)
		ProjectionLaw law = new ProjectionLaw(3);
		for (int j = 0; j < EDGES.length - 1; j++) {
			ProjectionLaw.Band band = law.band(EDGES[j], EDGES[j + 1]);
			for (double u : new double[] { 0, 0.01, 0.37, 0.5, 0.99, 1 }) {
				double expected = EDGES[j] + u * (EDGES[j + 1] - EDGES[j]);
				double tolerance = Math.max(1e-13 * (EDGES[j + 1] - EDGES[j]), 2 * Math.ulp(expected));
				assertEquals(expected, law.inverse(band, u), tolerance, "band " + j + ", u=" + u);
			}
		}
	}

	@Test
	void rejectsBadArguments() {
		double[] z = { 1, 0, 0 };
		assertMessage("zeta",
				() -> new PiecewiseUniform(new double[] { 0, 0, 0 }, new double[] { -1, 1 }, new double[] { 1 }));
		assertMessage("bandEdges", () -> new PiecewiseUniform(z, new double[] { -0.9, 1 }, new double[] { 1 }));
		assertMessage("bandEdges", () -> new PiecewiseUniform(z, new double[] { -1, 0.9 }, new double[] { 1 }));
		assertMessage("bandEdges",
				() -> new PiecewiseUniform(z, new double[] { -1, 0.5, 0.5, 1 }, new double[] { 1, 1, 1 }));
		assertMessage("bandEdges", () -> new PiecewiseUniform(z, new double[] { 1 }, new double[0]));
		assertMessage("bandWeights", () -> new PiecewiseUniform(z, new double[] { -1, 0, 1 }, new double[] { 1 }));
		assertMessage("bandWeights", () -> new PiecewiseUniform(z, new double[] { -1, 0, 1 }, new double[] { 1, -1 }));
		assertMessage("bandWeights", () -> new PiecewiseUniform(z, new double[] { -1, 0, 1 }, new double[] { 0, 0 }));
		assertMessage("ratio", () -> PiecewiseUniform.hemispheres(z, 0));
	}

	/**
	 * c_D ∫_{arccos b}^{arccos a} cos^power θ sin^{D−2}θ dθ, 400-point Gauss–Legendre; in t = cos θ when the band lies
	 * in (−1/2, 1/2), where arccos of the edges would lose the width of a narrow band to rounding.
	 */
	private static double bandIntegral(int dim, double a, double b, int power) {
		if (a > -0.5 && b < 0.5) {
			return GegenbauerWeight.constant(dim) * GaussLegendre.on(400, a, b)
					.integrate(t -> Math.pow(t, power) * Math.pow(1 - t * t, 0.5 * (dim - 3)));
		}
		return GegenbauerWeight.constant(dim) * GaussLegendre.on(400, Math.acos(b), Math.acos(a))
				.integrate(theta -> Math.pow(Math.cos(theta), power) * Math.pow(Math.sin(theta), dim - 2));
	}

	private static double[] ones(int n) {
		double[] w = new double[n];
		java.util.Arrays.fill(w, 1);
		return w;
	}
}

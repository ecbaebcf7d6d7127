package org.spectralbias.math.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spectralbias.math.sphere.SphereSampling;

/** Properties every {@link SphereSampler} must have, checked on one instance of each kind at D = 10 and D = 2. */
class SphereSamplerContractTest {

	static Stream<SphereSampler> samplers() {
		double[] e0 = new double[10];
		e0[0] = 1;
		return Stream.of(new UniformSphere(10), AnisotropicGaussian.geometric(10, 4),
				GaussianMixture.randomUnitCentres(10, 3, 0.5, new SplittableRandom(1)),
				PiecewiseUniform.equalWidth(e0, new double[] { 1, 2, 3, 4 }),
				new VonMisesFisherMixture(
						new double[][] { e0, SphereSampling.uniformPoint(10, new SplittableRandom(2)) },
						new double[] { 3, 8 }, new double[] { 1, 2 }),
				new UniformSphere(2), AnisotropicGaussian.geometric(2, 3),
				GaussianMixture.randomUnitCentres(2, 2, 0.7, new SplittableRandom(3)),
				PiecewiseUniform.hemispheres(new double[] { 1, 1 }, 3),
				VonMisesFisherMixture.single(new double[] { 0, 1 }, 2));
	}

	@ParameterizedTest
	@MethodSource("samplers")
	void samplesAreUnitVectorsOfTheAmbientDimension(SphereSampler sampler) {
		double[][] x = sampler.sample(2000, new SplittableRandom(11));
		assertEquals(2000, x.length);
		for (double[] xi : x) {
			assertEquals(sampler.ambientDim(), xi.length);
			// exact: unit sphere; normalising and this sum of D squares each round by ~sqrt(D) ulps
			assertEquals(1.0, Math.sqrt(Vectors.dot(xi, xi)), 4e-15, sampler.toString());
		}
	}

	@ParameterizedTest
	@MethodSource("samplers")
	void equalSeedsGiveEqualSamples(SphereSampler sampler) {
		double[][] a = sampler.sample(50, new SplittableRandom(42));
		double[][] b = sampler.sample(50, new SplittableRandom(42));
		double[][] c = sampler.sample(50, new SplittableRandom(43));
		for (int i = 0; i < a.length; i++) {
			assertArrayEquals(a[i], b[i], 0.0);
		}
		assertFalse(Arrays.equals(a[0], c[0]));
		// sample(n) is n calls of samplePoint in order
		SplittableRandom rng = new SplittableRandom(42);
		assertArrayEquals(a[0], sampler.samplePoint(rng), 0.0);
		assertArrayEquals(a[1], sampler.samplePoint(rng), 0.0);
		assertEquals(0, sampler.sample(0, new SplittableRandom(1)).length);
	}

	@ParameterizedTest
	@MethodSource("samplers")
	void relativeDensityIntegratesToOneUnderTheUniformLaw(SphereSampler sampler) {
		// exact: E_σ[p] = 1 for a density p relative to the uniform probability measure σ. Monte Carlo over M uniform
		// points; the standard error is estimated from the sample variance of p, and 5 of them are allowed
		int m = 40_000;
		double[][] x = SphereSampling.uniform(m, sampler.ambientDim(), new SplittableRandom(5));
		double[] p = new double[m];
		for (int i = 0; i < m; i++) {
			p[i] = sampler.relativeDensity(x[i]).orElseThrow();
			assertTrue(p[i] >= 0);
		}
		double[] meanAndError = meanAndStandardError(p);
		assertEquals(1.0, meanAndError[0], 5 * meanAndError[1], sampler + ": SE " + meanAndError[1]);
		assertTrue(meanAndError[1] < 0.05, "test too weak: SE " + meanAndError[1]);
	}

	@ParameterizedTest
	@MethodSource("samplers")
	void samplesFollowTheDensity(SphereSampler sampler) {
		// exact: E_P[g] = E_σ[g p] for bounded g; here g(x) = (x_0 + x_1)²/2 ∈ [0, 1], so both sides are Monte Carlo
		// means with standard errors from their sample variances; the difference must lie within 5 combined errors
		int m = 40_000;
		double[][] fromP = sampler.sample(m, new SplittableRandom(6));
		double[][] fromUniform = SphereSampling.uniform(m, sampler.ambientDim(), new SplittableRandom(7));
		double[] g = new double[m];
		double[] gp = new double[m];
		for (int i = 0; i < m; i++) {
			g[i] = test(fromP[i]);
			gp[i] = test(fromUniform[i]) * sampler.relativeDensity(fromUniform[i]).orElseThrow();
		}
		double[] a = meanAndStandardError(g);
		double[] b = meanAndStandardError(gp);
		double error = Math.hypot(a[1], b[1]);
		assertEquals(b[0], a[0], 5 * error, sampler + ": SE " + error);
		assertTrue(error < 0.02, "test too weak: SE " + error);
	}

	@ParameterizedTest
	@MethodSource("samplers")
	void rejectsBadArguments(SphereSampler sampler) {
		assertThrows(IllegalArgumentException.class, () -> sampler.sample(-1, new SplittableRandom(1)));
		assertThrows(IllegalArgumentException.class, () -> sampler.sample(1, null));
		assertThrows(IllegalArgumentException.class, () -> sampler.samplePoint(null));
		assertThrows(IllegalArgumentException.class, () -> sampler.relativeDensity(null));
		assertThrows(IllegalArgumentException.class,
				() -> sampler.relativeDensity(new double[sampler.ambientDim() + 1]));
		double[] nan = new double[sampler.ambientDim()];
		nan[0] = Double.NaN;
		assertThrows(IllegalArgumentException.class, () -> sampler.relativeDensity(nan));
	}

	@Test
	void dimensionMustBeAtLeastTwo() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UniformSphere(1));
		assertTrue(e.getMessage().contains("ambientDim"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> AnisotropicGaussian.geometric(1, 2));
		assertThrows(IllegalArgumentException.class,
				() -> GaussianMixture.randomUnitCentres(1, 2, 1, new SplittableRandom(1)));
		assertThrows(IllegalArgumentException.class,
				() -> VonMisesFisherMixture.randomMeans(1, 2, 1, new SplittableRandom(1)));
		assertThrows(IllegalArgumentException.class, () -> PiecewiseUniform.hemispheres(new double[] { 1 }, 2));
	}

	private static double test(double[] x) {
		double s = x[0] + x[1];
		return 0.5 * s * s;
	}

	/** @return { mean, sample standard deviation / sqrt(n) } */
	static double[] meanAndStandardError(double[] v) {
		double mean = 0;
		for (double e : v) {
			mean += e;
		}
		mean /= v.length;
		double sumSquares = 0;
		for (double e : v) {
			sumSquares += (e - mean) * (e - mean);
		}
		return new double[] { mean, Math.sqrt(sumSquares / (v.length - 1) / v.length) };
	}
}

package org.spectralbias.math.target;

import static org.spectralbias.math.target.TargetFunctionChecks.assertMessage;
import static org.spectralbias.math.target.TargetFunctionChecks.projectionMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.special.HarmonicDimension;
import org.spectralbias.math.sphere.SphereSampling;

class ZonalHarmonicTest {

	@Test
	void hasUnitNormByQuadrature() {
		// addition theorem: E[Y²] = N(D, k) E[P_k²] = 1; oracle: 200-point Gauss–Legendre in θ (trigonometric
		// polynomial integrand of degree ≤ 2k + D − 2, integrated to round-off)
		for (int dim : new int[] { 2, 3, 10, 40 }) {
			for (int k = 0; k <= 15; k++) {
				ZonalHarmonic y = new ZonalHarmonic(dim, k, CosineTargetTest.axis(dim));
				assertEquals(1.0, projectionMean(dim, 200, t -> y.profile(t) * y.profile(t)), 1e-13,
						"D=" + dim + ", k=" + k);
			}
		}
	}

	@Test
	void hasUnitNormByMonteCarlo() {
		// E[Y²] = 1 with the standard error estimated from the sample, 5 allowed
		ZonalHarmonic y = ZonalHarmonic.random(10, 4, new SplittableRandom(1));
		int n = 100_000;
		double mean = 0;
		double meanFourth = 0;
		for (double v : y.values(SphereSampling.uniform(n, 10, new SplittableRandom(2)))) {
			mean += v * v / n;
			meanFourth += v * v * v * v / n;
		}
		assertEquals(1.0, mean, 5 * Math.sqrt((meanFourth - mean * mean) / n));
	}

	@Test
	void peaksAtItsDirectionWithRootOfTheMultiplicity() {
		// closed form: P_k(1) = 1 and N(3, k) = 2k + 1, so Y(ζ) = sqrt(2k + 1) on S²
		for (int k = 0; k <= 8; k++) {
			ZonalHarmonic y = new ZonalHarmonic(3, k, new double[] { 0, 2, 0 });
			assertEquals(Math.sqrt(2 * k + 1), y.value(new double[] { 0, 1, 0 }), 1e-14);
			assertEquals(Math.sqrt(2 * k + 1), y.normalisation(), 1e-15);
			double[] b = y.gegenbauerCoefficients(10);
			for (int j = 0; j <= 10; j++) {
				assertEquals(j == k ? Math.sqrt(2 * k + 1) : 0.0, b[j], 0.0);
			}
			ZonalTerm term = y.zonalTerms().orElseThrow().get(0);
			assertEquals(k, term.degree());
			assertEquals(y.normalisation(), term.coefficient(), 0.0);
		}
		// a multiplicity beyond double range is formed from its logarithm: N(2000, 400) ≈ e^{1003}
		ZonalHarmonic big = new ZonalHarmonic(2000, 400, CosineTargetTest.axis(2000));
		assertEquals(0.5 * HarmonicDimension.log(2000, 400), Math.log(big.normalisation()), 1e-12);
		assertTrue(Double.isFinite(big.normalisation()));
	}

	@Test
	void rejectsBadArguments() {
		assertMessage("degree", () -> new ZonalHarmonic(3, -1, CosineTargetTest.axis(3)));
		assertMessage("direction", () -> new ZonalHarmonic(3, 1, new double[] { 1, 0 }));
		assertMessage("ambientDim", () -> new ZonalHarmonic(1, 1, new double[] { 1 }));
		assertMessage("rng", () -> ZonalHarmonic.random(3, 1, null));
	}
}

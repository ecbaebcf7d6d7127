package org.spectralbias.math.sphere;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;

class DecaySlopesTest {

	@Test
	void exactPowerLawGivesItsSlope() {
		double[] x = { 1, 2, 3, 5, 8, 13, 21 };
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			y[i] = 3 * Math.pow(x[i], -2.5);
		}
		LogLogFit fit = DecaySlopes.fit(x, y);
		// exact: y = 3 x^−2.5 is a line in log–log coordinates
		assertEquals(-2.5, fit.slope(), 1e-13);
		assertEquals(Math.log(3), fit.intercept(), 1e-13);
		assertEquals(1.0, fit.rSquared(), 1e-13);
		assertEquals(7, fit.size());
		assertEquals(3 * Math.pow(4, -2.5), fit.predict(4), 1e-13);
	}

	@Test
	void noisyDataHasRSquaredBelowOne() {
		// exact least squares by hand: points (1, e^0), (2, e^1), (4, e^0) in log–log are not collinear
		LogLogFit fit = DecaySlopes.fit(new double[] { 1, 2, 4 }, new double[] { 1, Math.E, 1 });
		assertTrue(fit.rSquared() < 1);
		// slope = Sxy/Sxx with ln x = 0, L, 2L (L = ln 2): Sxy = 0 since y is symmetric about the middle
		assertEquals(0.0, fit.slope(), 1e-15);
	}

	@Test
	void skipsVanishingDegrees() {
		// μ_k = k^−4 at even k, 0 at odd k (as for a kernel whose odd part is linear)
		double[] mu = new double[21];
		for (int k = 2; k <= 20; k += 2) {
			mu[k] = Math.pow(k, -4);
		}
		LogLogFit fit = DecaySlopes.overDegree(mu, new int[] { 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20 });
		assertEquals(-4.0, fit.slope(), 1e-13);
		assertArrayEquals(new double[] { 2, 4, 6, 8, 10, 12, 20 }, fit.x(), 0.0);
	}

	@Test
	void spectrumFitUsesOnlyResolvedDegrees() {
		Spectrum s = SphereSpectrum.compute(SphereSpectrumTest.NTK, 3, 60);
		LogLogFit fit = DecaySlopes.overDegree(s, 20, 60);
		// the odd degrees vanish (science.md) and are unresolved, so only the 21 even degrees 20..60 are used
		assertEquals(21, fit.size());
		// Bietti & Mairal (NeurIPS 2019): the ReLU NTK spectrum decays like k^{−d−1} = k^{−3} on S²; a range
		// k = 20..60 is well into that regime (measured slope ≈ −2.97)
		assertEquals(-3.0, fit.slope(), 0.1);
		ExponentComparison c = DecaySlopes.compareOverDegree(s, 20, 60);
		assertEquals(-3.0, c.paperExponent(), 0.0);
		assertEquals(fit.slope() + 3.0, c.difference(), 1e-15);
		assertTrue(c.paperStatement().contains("d = 2") && c.paperStatement().contains("D = 3"));
	}

	@Test
	void overDimensionFitsAgainstSphereDimension() {
		int[] dims = { 3, 5, 9, 17, 33 };
		double[] mu = new double[dims.length];
		for (int i = 0; i < dims.length; i++) {
			mu[i] = 2 * Math.pow(dims[i] - 1, -3);
		}
		// exact: μ = 2 d^−3 with d = D − 1
		LogLogFit fit = DecaySlopes.overDimension(dims, mu);
		assertEquals(-3.0, fit.slope(), 1e-13);
		assertArrayEquals(new double[] { 2, 4, 8, 16, 32 }, fit.x(), 0.0);
	}

	@Test
	void degreeOneOverDimensionIsMinusOne() {
		// exact: μ_1 = 3/(4D) = 3/(4(d+1)) (science.md); over D = 101..10001 the log–log slope in d is
		// −d/(d+1) averaged, within 0.01 of −1
		int[] dims = { 101, 201, 501, 1001, 2001, 5001, 10001 };
		ExponentComparison c = DecaySlopes.compareOverDimension(SphereSpectrumTest.NTK, 1, dims, Progress.NONE);
		assertEquals(-1.0, c.measured().slope(), 0.01);
		assertEquals(0.0, c.paperExponent(), 0.0);
		// the paper's Ω(d^{−k+1}) = Ω(1) for k = 1 is a lower bound that μ_1 ~ 3/(4d) falls below
		assertTrue(c.contradictsLowerBound(0.5));
		assertFalse(new ExponentComparison(c.measured(), -2.0, "test").contradictsLowerBound(0.0));
	}

	@Test
	void paperExponents() {
		// the paper: Ω(k^{−d−1}) over degree, Ω(d^{−k+1}) over dimension, d = D − 1
		assertEquals(-10.0, DecaySlopes.paperDegreeExponent(10), 0.0);
		assertEquals(-3.0, DecaySlopes.paperDimensionExponent(4), 0.0);
	}

	@Test
	void cancellationStopsTheDimensionSweep() {
		Progress cancelled = new Progress() {
			@Override
			public void begin(String task, long totalUnits) {
			}

			@Override
			public void worked(long units) {
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		assertThrows(CancelledException.class,
				() -> DecaySlopes.overDimension(SphereSpectrumTest.NTK, 2, new int[] { 3, 4 }, cancelled));
	}

	@Test
	void rejectsTooFewPoints() {
		double[] one = { 1, 0 };
		double[] same = { 2, 2 };
		assertThrows(IllegalArgumentException.class, () -> DecaySlopes.fit(new double[] { 1, 2 }, one));
		assertThrows(IllegalArgumentException.class, () -> DecaySlopes.fit(same, new double[] { 1, 3 }));
		assertThrows(IllegalArgumentException.class, () -> DecaySlopes.overDegree(one, new int[] { 0 }));
	}
}

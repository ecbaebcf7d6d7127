package org.spectralbias.math.distribution;

import static org.spectralbias.math.distribution.AnisotropicGaussianTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.special.GegenbauerWeight;
import org.spectralbias.math.sphere.SphereSampling;

class VonMisesFisherMixtureTest {

	@Test
	void logPartitionOnTheTwoSphereIsLogSinhOverKappa() {
		// closed form at D = 3: M(κ) = E[e^{κt}] with t uniform on [−1, 1] = sinh κ/κ, written as
		// κ − ln(2κ) + ln(1 − e^{−2κ}) (no overflow), and for small κ by its series κ²/6 − κ⁴/180 + κ⁶/2835
		// (the omitted κ⁸/37800 is below 2e−16 of the sum for κ ≤ 0.01)
		for (double kappa : new double[] { 1e-8, 1e-4, 0.01 }) {
			double k2 = kappa * kappa;
			double expected = k2 / 6 - k2 * k2 / 180 + k2 * k2 * k2 / 2835;
			assertEquals(expected, VonMisesFisherMixture.logPartition(3, kappa), 1e-15 * expected, "kappa=" + kappa);
		}
		for (double kappa : new double[] { 1, 1.5, 2, 10, 100, 1e4, 1e6, 1e9, 1e12 }) {
			double expected = kappa - Math.log(2 * kappa) + Math.log1p(-Math.exp(-2 * kappa));
			assertEquals(expected, VonMisesFisherMixture.logPartition(3, kappa), 4e-15 * Math.abs(expected),
					"kappa=" + kappa);
		}
		assertEquals(0.0, VonMisesFisherMixture.logPartition(3, 0), 0.0);
	}

	@Test
	void logPartitionAtDimensionFiveIsElementary() {
		// closed form at D = 5 (I_{3/2} is elementary): M(κ) = 3 (κ cosh κ − sinh κ)/κ³
		// = 3 e^κ ((κ − 1) + (κ + 1) e^{−2κ})/(2κ³); cancellation-free for κ ≥ 2
		for (double kappa : new double[] { 2, 3, 20, 700, 1e5 }) {
			double expected = kappa + Math.log(3 * ((kappa - 1) + (kappa + 1) * Math.exp(-2 * kappa)) / 2)
					- 3 * Math.log(kappa);
			assertEquals(expected, VonMisesFisherMixture.logPartition(5, kappa), 4e-15 * Math.abs(expected),
					"kappa=" + kappa);
		}
	}

	@Test
	void logPartitionMatchesTheHypergeometricSeries() {
		// oracle: M_D(κ) = ₀F₁(; D/2; κ²/4) = Σ_j (κ²/4)^j/(j! (D/2)_j), all terms positive, summed in scaled form
		// until the terms fall below 1e−20 of the largest (accuracy ~ number of terms × ulp). The chosen κ are beyond
		// the series branch of the implementation (κ² > max(1, D)), so this checks its quadrature branch
		int[] dims = { 2, 4, 10, 100, 1000 };
		double[][] kappas = { { 1.5, 7, 60, 400 }, { 2.5, 9, 250 }, { 3.5, 15, 300 }, { 10.5, 40, 500 },
				{ 32, 90, 700 } };
		for (int i = 0; i < dims.length; i++) {
			for (double kappa : kappas[i]) {
				double expected = logHypergeometric(0.5 * dims[i], kappa);
				assertEquals(expected, VonMisesFisherMixture.logPartition(dims[i], kappa), 2e-14 * Math.abs(expected),
						"D=" + dims[i] + ", kappa=" + kappa);
			}
		}
	}

	@Test
	void meanResultantLengthMatchesClosedForms() {
		// closed form at D = 3: A = coth κ − 1/κ (Langevin); for small κ its series κ/3 − κ³/45 + 2κ⁵/945 (the
		// omitted κ⁷/4725 is below 1e−16 of the sum for κ ≤ 0.01); coth κ − 1/κ cancels ~1 digit at κ = 0.3
		for (double kappa : new double[] { 1e-6, 1e-3, 0.01 }) {
			double expected = kappa / 3 - Math.pow(kappa, 3) / 45 + 2 * Math.pow(kappa, 5) / 945;
			assertEquals(expected, VonMisesFisherMixture.meanResultantLength(3, kappa), 1e-15 * expected);
		}
		for (double kappa : new double[] { 0.3, 1, 5, 50, 1e4, 1e8, 1e12 }) {
			double expected = 1 / Math.tanh(kappa) - 1 / kappa;
			assertEquals(expected, VonMisesFisherMixture.meanResultantLength(3, kappa), 2e-15, "kappa=" + kappa);
		}
		// oracle: A_D = (κ/D) ₀F₁(; D/2 + 1; κ²/4)/₀F₁(; D/2; κ²/4) = I_{D/2}(κ)/I_{D/2−1}(κ), both series summed
		// directly (positive terms below 1e36 here, so no scaling and a few ulps of error)
		for (int dim : new int[] { 2, 10, 100 }) {
			for (double kappa : new double[] { 0.5, 12, 80 }) {
				double expected = kappa / dim * hypergeometric(0.5 * dim + 1, kappa) / hypergeometric(0.5 * dim, kappa);
				assertEquals(expected, VonMisesFisherMixture.meanResultantLength(dim, kappa), 1e-14 * expected,
						"D=" + dim + ", kappa=" + kappa);
			}
		}
		assertEquals(0.0, VonMisesFisherMixture.meanResultantLength(7, 0), 0.0);
	}

	@Test
	void sampleMomentsMatchTheMeanResultantLength() {
		// E[t] = A_D(κ) and E[t²] = 1 − (D − 1) A_D(κ)/κ (from I_{ν−1} − I_{ν+1} = (2ν/κ) I_ν), with A by the
		// Langevin closed form at D = 3 and by the (above-tested) implementation at D = 10; each mean within 5
		// standard errors estimated from the sample
		int n = 40_000;
		for (int dim : new int[] { 3, 10 }) {
			for (double kappa : new double[] { 0.5, 5, 50 }) {
				double[] mu = SphereSampling.uniformPoint(dim, new SplittableRandom(1));
				double a = dim == 3 ? 1 / Math.tanh(kappa) - 1 / kappa
						: VonMisesFisherMixture.meanResultantLength(dim, kappa);
				double[] t = new double[n];
				double[] t2 = new double[n];
				double[][] x = VonMisesFisherMixture.single(mu, kappa).sample(n, new SplittableRandom(2));
				for (int i = 0; i < n; i++) {
					t[i] = Vectors.dot(mu, x[i]);
					t2[i] = t[i] * t[i];
				}
				double[] m1 = SphereSamplerContractTest.meanAndStandardError(t);
				double[] m2 = SphereSamplerContractTest.meanAndStandardError(t2);
				assertEquals(a, m1[0], 5 * m1[1], "D=" + dim + ", kappa=" + kappa);
				assertEquals(1 - (dim - 1) * a / kappa, m2[0], 5 * m2[1], "D=" + dim + ", kappa=" + kappa);
			}
		}
	}

	@Test
	void largeConcentrationsSampleAccurately() {
		// asymptotic: 1 − A_D(κ) = (D − 1)/(2κ) + O(κ^{−2}); at κ = 1e6 the O term is ~1e−12, far below the Monte
		// Carlo error. 1 − t is formed as |x − μ|²/2 to avoid cancellation
		int dim = 10;
		double kappa = 1e6;
		double[] mu = new double[dim];
		mu[2] = 1;
		int n = 20_000;
		double[] gap = new double[n];
		double[][] x = VonMisesFisherMixture.single(mu, kappa).sample(n, new SplittableRandom(3));
		for (int i = 0; i < n; i++) {
			double s = 0;
			for (int j = 0; j < dim; j++) {
				double d = x[i][j] - mu[j];
				s += d * d;
			}
			gap[i] = 0.5 * s;
		}
		double[] m = SphereSamplerContractTest.meanAndStandardError(gap);
		assertEquals((dim - 1) / (2 * kappa), m[0], 5 * m[1]);
		// asymptotic (Hankel, I_ν(κ) ~ e^κ/sqrt(2πκ) with relative correction (4ν² − 1)/(8κ) ≈ 2e−12 at κ = 1e12):
		// ln p(μ) = κ − ln M_D(κ) ≈ (D/2 − 1) ln(κ/2) + ln(2πκ)/2 − ln Γ(D/2), finite although e^κ overflows
		double big = 1e12;
		double logAtMode = Math.log(VonMisesFisherMixture.single(mu, big).density(mu));
		double hankel = 4 * Math.log(big / 2) + 0.5 * Math.log(2 * Math.PI * big) - Math.log(24);
		assertEquals(hankel, logAtMode, 1e-9);
	}

	@Test
	void densityIntegratesToOneByQuadrature() {
		// oracle: E_σ[p] = c_D ∫_0^π p(cos θ) sin^{D−2}θ dθ = 1 by 3000-point Gauss–Legendre in θ (p is zonal;
		// at κ = 500 its width in θ is ~0.045, resolved by the nodes)
		for (int dim : new int[] { 2, 3, 10 }) {
			for (double kappa : new double[] { 0.5, 5, 50, 500 }) {
				double[] mu = new double[dim];
				mu[0] = 1;
				VonMisesFisherMixture v = VonMisesFisherMixture.single(mu, kappa);
				double mass = GegenbauerWeight.constant(dim) * GaussLegendre.on(3000, 0, Math.PI).integrate(theta -> {
					double[] x = new double[dim];
					x[0] = Math.cos(theta);
					x[1] = Math.sin(theta);
					return v.density(x) * Math.pow(x[1], dim - 2);
				});
				assertEquals(1.0, mass, 1e-13, "D=" + dim + ", kappa=" + kappa);
			}
		}
	}

	@Test
	void mixtureCombinesItsComponents() {
		double[][] means = { { 1, 0, 0 }, { 0, 0, 2 } };
		VonMisesFisherMixture m = new VonMisesFisherMixture(means, new double[] { 2, 9 }, new double[] { 3, 1 });
		VonMisesFisherMixture a = VonMisesFisherMixture.single(means[0], 2);
		VonMisesFisherMixture b = VonMisesFisherMixture.single(means[1], 9);
		assertArrayEquals(new double[] { 0.75, 0.25 }, m.weights(), 0.0);
		assertArrayEquals(new double[] { 0, 0, 1 }, m.mean(1), 0.0);
		for (double[] x : SphereSampling.uniform(10, 3, new SplittableRandom(4))) {
			// exact: definition of a mixture density
			assertEquals(0.75 * a.density(x) + 0.25 * b.density(x), m.density(x), 1e-15 * m.density(x));
		}
		assertFalse(m.isUniform());
		VonMisesFisherMixture flat = VonMisesFisherMixture.randomMeans(6, 3, 0, new SplittableRandom(5));
		assertTrue(flat.isUniform());
		// exact: κ = 0 is the uniform law
		assertEquals(1.0, flat.density(SphereSampling.uniformPoint(6, new SplittableRandom(6))), 0.0);
	}

	@Test
	void rejectsBadArguments() {
		double[][] mu = { { 1, 0 } };
		assertMessage("means", () -> new VonMisesFisherMixture(null, new double[] { 1 }, new double[] { 1 }));
		assertMessage("means",
				() -> new VonMisesFisherMixture(new double[][] { { 0, 0 } }, new double[] { 1 }, new double[] { 1 }));
		assertMessage("means", () -> new VonMisesFisherMixture(new double[][] { { 1, 0 }, { 1 } },
				new double[] { 1, 1 }, new double[] { 1, 1 }));
		assertMessage("kappas", () -> new VonMisesFisherMixture(mu, new double[] { -1 }, new double[] { 1 }));
		assertMessage("kappas", () -> new VonMisesFisherMixture(mu, new double[] { 1e13 }, new double[] { 1 }));
		assertMessage("kappas", () -> new VonMisesFisherMixture(mu, new double[] { 1, 2 }, new double[] { 1 }));
		assertMessage("weights", () -> new VonMisesFisherMixture(mu, new double[] { 1 }, new double[] { Double.NaN }));
		assertMessage("kappa", () -> VonMisesFisherMixture.logPartition(3, Double.NaN));
		assertMessage("ambientDim", () -> VonMisesFisherMixture.meanResultantLength(1, 1));
	}

	/** ₀F₁(; b; κ²/4) by its positive series, for moderate κ. */
	private static double hypergeometric(double b, double kappa) {
		double z = 0.25 * kappa * kappa;
		double term = 1;
		double sum = 1;
		for (int j = 1; term > 1e-18 * sum; j++) {
			term *= z / (j * (b + j - 1));
			sum += term;
		}
		return sum;
	}

	/** ln ₀F₁(; b; κ²/4) by its positive series, terms formed by ratios and summed relative to the largest. */
	static double logHypergeometric(double b, double kappa) {
		double z = 0.25 * kappa * kappa;
		double[] logTerms = new double[100_000];
		double logTerm = 0;
		double max = 0;
		int count = 0;
		for (int j = 0; j < logTerms.length; j++) {
			if (j > 0) {
				logTerm += Math.log(z / (j * (b + j - 1)));
			}
			logTerms[count++] = logTerm;
			max = Math.max(max, logTerm);
			if (logTerm < max - 46) {
				break;
			}
		}
		double sum = 0;
		for (int j = count - 1; j >= 0; j--) {
			sum += Math.exp(logTerms[j] - max);
		}
		return max + Math.log(sum);
	}
}

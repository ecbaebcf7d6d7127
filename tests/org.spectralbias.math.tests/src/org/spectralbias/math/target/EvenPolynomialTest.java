package org.spectralbias.math.target;

import static org.spectralbias.math.target.CosineTargetTest.axis;
import static org.spectralbias.math.target.TargetFunctionChecks.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.special.Gegenbauer;
import org.spectralbias.math.special.HarmonicDimension;
import org.spectralbias.math.sphere.SphereSpectrum;

class EvenPolynomialTest {

	@Test
	void squareHasTheClosedFormExpansion() {
		// closed form: P_2(t) = (D t² − 1)/(D − 1) (recurrence), so t² = 1/D + ((D − 1)/D) P_2(t); all other
		// coefficients are exact zeros
		for (int dim : new int[] { 2, 3, 10, 100 }) {
			double[] b = new EvenPolynomial(dim, new double[] { 0, 1 }, axis(dim)).gegenbauerCoefficients(8);
			assertEquals(1.0 / dim, b[0], 1e-16);
			assertEquals((dim - 1.0) / dim, b[2], 1e-15);
			for (int k : new int[] { 1, 3, 4, 5, 6, 7, 8 }) {
				assertEquals(0.0, b[k], 0.0);
			}
		}
	}

	@Test
	void fourthPowerHasTheClosedFormExpansion() {
		// closed form from E[t^n P_k] = n!/(n−k)! Γ(D/2) Γ((n−k+1)/2)/(2^k √π Γ((n+k+D)/2)) (Rodrigues' formula):
		// t⁴ = 3/(D(D+2)) + 6(D−1)/(D(D+4)) P_2 + 24 N(D,4)/(D(D+2)(D+4)(D+6)) P_4. Checks: Legendre (D = 3)
		// x⁴ = 1/5 + (4/7) P_2 + (8/35) P_4; Chebyshev (D = 2) x⁴ = (3 + 4 T_2 + T_4)/8
		for (int dim : new int[] { 2, 3, 10 }) {
			double d = dim;
			double[] b = new EvenPolynomial(dim, new double[] { 0, 0, 1 }, axis(dim)).gegenbauerCoefficients(6);
			assertEquals(3 / (d * (d + 2)), b[0], 1e-16);
			assertEquals(6 * (d - 1) / (d * (d + 4)), b[2], 1e-15);
			assertEquals(24 * HarmonicDimension.of(dim, 4) / (d * (d + 2) * (d + 4) * (d + 6)), b[4], 1e-15);
			assertEquals(0.0, b[6], 0.0);
		}
		double[] legendre = new EvenPolynomial(3, new double[] { 0, 0, 1 }, axis(3)).gegenbauerCoefficients(4);
		assertEquals(8.0 / 35, legendre[4], 1e-16);
		double[] chebyshev = new EvenPolynomial(2, new double[] { 0, 0, 1 }, axis(2)).gegenbauerCoefficients(4);
		assertEquals(0.125, chebyshev[4], 1e-16);
	}

	@Test
	void expansionMatchesFunkHeckeQuadrature() {
		// oracle: b_k = N(D, k) E[f P_k] by the Funk–Hecke quadrature of SphereSpectrum (Gauss–Legendre in θ,
		// 64 nodes, exact up to round-off for this degree-8 polynomial)
		double[] c = { 0.5, -1, 2, 0.3, -0.7 };
		for (int dim : new int[] { 2, 5, 10 }) {
			EvenPolynomial f = new EvenPolynomial(dim, c, axis(dim));
			double[] b = f.gegenbauerCoefficients(12);
			double[] mu = SphereSpectrum.eigenvalues(f::profile, dim, 12, 64);
			for (int k = 0; k <= 12; k++) {
				double expected = HarmonicDimension.of(dim, k) * mu[k];
				double tolerance = k <= 8 && k % 2 == 0 ? 1e-13 : 0.0;
				if (tolerance == 0.0) {
					// exact zeros: odd degrees and degrees above 2J = 8; the quadrature agrees to round-off
					assertEquals(0.0, b[k], 0.0, "D=" + dim + ", k=" + k);
					assertEquals(0.0, expected, 1e-12, "D=" + dim + ", k=" + k);
				} else {
					assertEquals(expected, b[k], tolerance * (1 + Math.abs(expected)), "D=" + dim + ", k=" + k);
				}
			}
		}
	}

	@Test
	void expansionReconstructsTheProfileAndSatisfiesParseval() {
		// exact: Σ_k b_k P_k(t) = Σ_j c_j t^{2j}; Parseval E[f²] = Σ_k b_k²/N(D, k) against the closed-form moments
		// E[t^{2n}] = (2n − 1)!!/(D (D + 2) ⋯ (D + 2n − 2)) of the projection law
		double[] c = { 0.5, -1, 2, 0.3, -0.7 };
		for (int dim : new int[] { 2, 3, 10 }) {
			EvenPolynomial f = new EvenPolynomial(dim, c, axis(dim));
			double[] b = f.gegenbauerCoefficients(8);
			for (double t : new double[] { -1, -0.6, -0.05, 0, 0.4, 0.9, 1 }) {
				double[] p = Gegenbauer.values(dim, 8, t);
				double sum = 0;
				for (int k = 0; k <= 8; k++) {
					sum += b[k] * p[k];
				}
				assertEquals(f.profile(t), sum, 1e-13, "D=" + dim + ", t=" + t);
			}
			double parseval = 0;
			for (int k = 0; k <= 8; k++) {
				parseval += b[k] * b[k] / HarmonicDimension.of(dim, k);
			}
			double meanSquare = 0;
			for (int i = 0; i < c.length; i++) {
				for (int j = 0; j < c.length; j++) {
					meanSquare += c[i] * c[j] * evenMoment(dim, i + j);
				}
			}
			assertEquals(meanSquare, parseval, 1e-14, "D=" + dim);
		}
	}

	@Test
	void zonalTermsAreTheNonZeroEvenDegrees() {
		EvenPolynomial f = new EvenPolynomial(10, new double[] { 1, 0, 1 },
				new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 });
		List<ZonalTerm> terms = f.zonalTerms().orElseThrow();
		double[] b = f.gegenbauerCoefficients(4);
		assertEquals(3, terms.size());
		for (int i = 0; i < 3; i++) {
			assertEquals(2 * i, terms.get(i).degree());
			assertEquals(b[2 * i], terms.get(i).coefficient(), 0.0);
		}
		double[] x = { 0.1, 0, 0, 0.2, 0, 0, 0, 0, 0, Math.sqrt(0.95) };
		double sum = 0;
		for (ZonalTerm term : terms) {
			sum += term.value(x);
		}
		// exact: f(x) = 1 + t⁴ with t = sqrt(0.95)
		assertEquals(1 + 0.95 * 0.95, f.value(x), 1e-15);
		assertEquals(f.value(x), sum, 1e-14);
		assertEquals(4, f.degree());
		// truncation below the polynomial degree keeps the low coefficients
		assertEquals(b[2], f.gegenbauerCoefficients(3)[2], 0.0);
	}

	@Test
	void rejectsBadArguments() {
		assertMessage("coefficients", () -> new EvenPolynomial(3, new double[0], axis(3)));
		assertMessage("coefficients[1]", () -> new EvenPolynomial(3, new double[] { 1, Double.NaN }, axis(3)));
		assertMessage("direction", () -> new EvenPolynomial(3, new double[] { 1 }, new double[] { 0, 0, 0 }));
		assertMessage("maxDegree", () -> new EvenPolynomial(3, new double[] { 1 }, axis(3)).gegenbauerCoefficients(-2));
	}

	/** E[t^{2n}] = Π_{i<n} (2i + 1)/(D + 2i). */
	private static double evenMoment(int dim, int n) {
		double m = 1;
		for (int i = 0; i < n; i++) {
			m *= (2.0 * i + 1) / (dim + 2.0 * i);
		}
		return m;
	}
}

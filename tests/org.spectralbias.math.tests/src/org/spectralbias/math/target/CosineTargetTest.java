package org.spectralbias.math.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.BesselJ;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.spectralbias.math.special.Gegenbauer;
import org.spectralbias.math.special.HarmonicDimension;

class CosineTargetTest {

	private static final int[] DIMS = { 2, 3, 10 };
	private static final double[] FREQUENCIES = { 1, 3 };

	@Test
	void coefficientsMatchTheBesselClosedForm() {
		// closed form (plane-wave expansion, Funk–Hecke): E[e^{iωt} P_k(t)] = i^k Γ(D/2) (2/ω)^{D/2−1} J_{k+D/2−1}(ω),
		// so b_k = N(D, k) (−1)^{k/2} Γ(D/2) (2/ω)^{D/2−1} J_{k+D/2−1}(ω) for even k; J from Commons Math BesselJ
		// (Netlib RJBESL, ~1e−15 relative). Tolerance 1e−13 (1 + |b_k|) plus the quadrature's round-off, which is
		// N(D, k)(k + √n) ε E|f P_k| ≤ sqrt(N(D, k)) (k + √n) ε for n ≈ 100 nodes (Cauchy–Schwarz, E[P_k²] = 1/N):
		// cancellation in E[f P_k] limits the absolute accuracy of high-degree coefficients when N(D, k) is large
		for (int dim : DIMS) {
			for (double omega : FREQUENCIES) {
				double[] b = new CosineTarget(dim, omega, axis(dim)).gegenbauerCoefficients(24);
				for (int k = 0; k <= 24; k += 2) {
					double expected = besselCoefficient(dim, k, omega);
					double roundoff = Math.sqrt(HarmonicDimension.approx(dim, k)) * (k + 10) * Math.ulp(1.0);
					assertEquals(expected, b[k], 1e-13 * (1 + Math.abs(expected)) + roundoff,
							"D=" + dim + ", w=" + omega + ", k=" + k);
				}
			}
		}
	}

	@Test
	void oddCoefficientsVanish() {
		// exact: cos is even, so b_k = 0 for odd k
		for (int dim : DIMS) {
			for (double omega : FREQUENCIES) {
				double[] b = new CosineTarget(dim, omega, axis(dim)).gegenbauerCoefficients(41);
				for (int k = 1; k <= 41; k += 2) {
					assertEquals(0.0, b[k], 0.0, "D=" + dim + ", w=" + omega + ", k=" + k);
				}
			}
		}
	}

	@Test
	void expansionReconstructsTheProfile() {
		// exact: Σ_k b_k P_k(t) = cos(ωt); truncated at K = 40, where the tail is below 1e−25 (|J_{k+ν}(ω)| ≤
		// (ω/2)^{k+ν}/Γ(k+ν+1)), so the tolerance 1e−10 covers the coefficients' round-off amplified by N(D, k)
		for (int dim : DIMS) {
			for (double omega : FREQUENCIES) {
				CosineTarget f = new CosineTarget(dim, omega, axis(dim));
				double[] b = f.gegenbauerCoefficients(40);
				for (double t : new double[] { -1, -0.7, -0.2, 0, 0.35, 0.8, 1 }) {
					double[] p = Gegenbauer.values(dim, 40, t);
					double sum = 0;
					for (int k = 0; k <= 40; k++) {
						sum += b[k] * p[k];
					}
					assertEquals(Math.cos(omega * t), sum, 1e-10, "D=" + dim + ", w=" + omega + ", t=" + t);
				}
			}
		}
	}

	@Test
	void parsevalGivesTheMeanSquare() {
		// closed form: E[cos²(ωt)] = (1 + E[cos(2ωt)])/2 with E[cos(2ωt)] = Γ(D/2) ω^{1−D/2} J_{D/2−1}(2ω) (k = 0
		// above); Parseval: E[f²] = Σ_k b_k²/N(D, k)
		for (int dim : DIMS) {
			for (double omega : FREQUENCIES) {
				double[] b = new CosineTarget(dim, omega, axis(dim)).gegenbauerCoefficients(40);
				double sum = 0;
				for (int k = 0; k <= 40; k++) {
					sum += b[k] * b[k] / HarmonicDimension.approx(dim, k);
				}
				double nu = 0.5 * dim - 1;
				double expected = 0.5 * (1 + Math.exp(Gamma.logGamma(0.5 * dim) - nu * Math.log(omega))
						* BesselJ.value(nu, 2 * omega));
				assertEquals(expected, sum, 1e-13, "D=" + dim + ", w=" + omega);
			}
		}
	}

	@Test
	void zeroFrequencyIsTheConstantOne() {
		double[] b = new CosineTarget(5, 0, axis(5)).gegenbauerCoefficients(6);
		// exact: cos 0 = 1 = P_0
		assertEquals(1.0, b[0], 1e-15);
		for (int k = 1; k <= 6; k++) {
			assertEquals(0.0, b[k], 0.0);
		}
	}

	@Test
	void valueIsTheCosineOfTheProjection() {
		CosineTarget f = new CosineTarget(3, 2.5, new double[] { 0, 3, 4 });
		// exact: ζ = (0, 0.6, 0.8), ⟨ζ, x⟩ = 0.6·0.5 + 0.8·0.5 = 0.7
		assertEquals(Math.cos(2.5 * 0.7), f.value(new double[] { Math.sqrt(0.5), 0.5, 0.5 }), 1e-15);
		assertEquals(2.5, f.frequency(), 0.0);
		assertTrue(f.zonalTerms().isEmpty());
		TargetFunctionChecks.assertMessage("frequency", () -> new CosineTarget(3, -1, axis(3)));
		TargetFunctionChecks.assertMessage("frequency", () -> new CosineTarget(3, Double.NaN, axis(3)));
		TargetFunctionChecks.assertMessage("direction", () -> new CosineTarget(3, 1, new double[3]));
		TargetFunctionChecks.assertMessage("maxDegree", () -> f.gegenbauerCoefficients(-1));
	}

	private static double besselCoefficient(int dim, int k, double omega) {
		double nu = 0.5 * dim - 1;
		double sign = (k / 2) % 2 == 0 ? 1 : -1;
		return HarmonicDimension.approx(dim, k) * sign * Math.exp(Gamma.logGamma(0.5 * dim) + nu * Math.log(2 / omega))
				* BesselJ.value(k + nu, omega);
	}

	static double[] axis(int dim) {
		double[] z = new double[dim];
		z[dim - 1] = 1;
		return z;
	}
}

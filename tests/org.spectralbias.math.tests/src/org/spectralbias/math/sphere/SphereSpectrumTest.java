package org.spectralbias.math.sphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SphereSpectrumTest {

	/** The paper's two-layer ReLU NTK, κ(t) = [3t(π − arccos t) + 2 sqrt(1 − t²)]/(2π) (science.md). */
	static final DoubleUnaryOperator NTK = t -> (3 * t * (Math.PI - Math.acos(t)) + 2 * Math.sqrt(1 - t * t))
			/ (2 * Math.PI);

	@Test
	void reluNtkOnTheTwoSphereGivesTheExactRationals() {
		Spectrum s = SphereSpectrum.compute(NTK, 3, 8);
		// exact rationals on S² (science.md)
		double[][] expected = { { 0, 7.0 / 16 }, { 1, 1.0 / 4 }, { 2, 13.0 / 256 }, { 4, 3.0 / 1024 },
				{ 6, 49.0 / 65536 }, { 8, 79.0 / 262144 } };
		for (double[] e : expected) {
			int k = (int) e[0];
			assertEquals(e[1], s.eigenvalue(k), 1e-12 * e[1], "k=" + k);
			assertTrue(Math.abs(s.eigenvalue(k) - e[1]) <= s.roundoffBound(k), "round-off bound too small at k=" + k);
			assertTrue(s.resolved(k));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 10 })
	void oddDegreesAboveOneVanish(int dim) {
		// exact: κ is 3t/4 plus an even function (science.md), so μ_k = 0 for odd k ≥ 3
		Spectrum s = SphereSpectrum.compute(NTK, dim, 41);
		for (int k = 3; k <= 41; k += 2) {
			assertTrue(Math.abs(s.eigenvalue(k)) < 1e-15, "D=" + dim + ", k=" + k + ": " + s.eigenvalue(k));
			assertFalse(s.resolved(k), "D=" + dim + ", k=" + k);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 4, 5, 10, 50, 1000, 100_000 })
	void degreeOneEigenvalueIsThreeOverFourD(int dim) {
		// exact: μ_1 = 3/(4D) (science.md): only the linear part 3t/4 contributes, and E[t²] = 1/D
		assertEquals(0.75 / dim, SphereSpectrum.eigenvalues(NTK, dim, 1)[1], 1e-13 * 0.75 / dim, "D=" + dim);
	}

	@Test
	void traceSumApproachesKappaOfOneLikeOneOverK() {
		// κ(1) = 3/2 (science.md) = Σ_k N(D, k) μ_k. The tail after K decays only like 1/K (terms ~k^−2), so we
		// check the measured partial sums honestly: below 3/2, within 0.5/K of it (measured K·gap ≈ 0.16 at D = 3 and
		// ≈ 0.37 at D = 10), and a one-step Richardson
		// extrapolation 2 S_{2K} − S_K (which removes the 1/K term) within 1e−5 (D = 3) and 5e−5 (D = 10).
		for (int dim : new int[] { 3, 10 }) {
			double sK = SphereSpectrum.traceSum(NTK, dim, 200);
			Spectrum s2K = SphereSpectrum.compute(NTK, dim, 400);
			double s2 = s2K.traceSum();
			assertTrue(sK < s2 && s2 < 1.5, "D=" + dim + ": " + sK + ", " + s2);
			assertTrue(1.5 - s2 < 0.5 / 400, "D=" + dim + ": gap " + (1.5 - s2));
			assertEquals(1.5, 2 * s2 - sK, dim == 3 ? 1e-5 : 5e-5, "D=" + dim);
			// Σ N(D,k)·(round-off bound): at D = 3 negligible; at D = 10 the μ_k near k = 400 (~1e−22) approach the
			// round-off floor and N(10, 400) ≈ 3.5e16 amplifies it, so the (worst-case) uncertainty is ~3e−4
			double uncertainty = s2K.traceSumUncertainty();
			assertTrue(uncertainty < (dim == 3 ? 1e-9 : 1e-3), "D=" + dim + ": uncertainty " + uncertainty);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 7, 10, 100 })
	void squareKernelHasTwoEigenvalues(int dim) {
		// exact: t² = 1/D + ((D−1)/D) P_2(t) with P_2 = (D t² − 1)/(D − 1), so μ_0 = 1/D and
		// μ_2 = ((D−1)/D) / N(D, 2) = 2/(D(D+2)); all other μ_k vanish
		Spectrum s = SphereSpectrum.compute(t -> t * t, dim, 12);
		assertEquals(1.0 / dim, s.eigenvalue(0), 1e-15);
		assertEquals(2.0 / (dim * (dim + 2.0)), s.eigenvalue(2), 1e-15);
		for (int k : new int[] { 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }) {
			assertTrue(Math.abs(s.eigenvalue(k)) < 1e-15, "D=" + dim + ", k=" + k + ": " + s.eigenvalue(k));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 4, 10, 31 })
	void exponentialKernelMatchesBesselSeries(int dim) {
		// Funk–Hecke for κ(t) = e^{rt}: μ_k = Γ(D/2) (2/r)^{D/2−1} I_{k+D/2−1}(r) (Gegenbauer's plane-wave expansion;
		// D = 2 is Jacobi–Anger μ_k = I_k(r), D = 3 is the modified spherical Bessel i_k(r)). With the power series
		// of I_ν (DLMF 10.25.2) this is μ_k = Σ_m (r/2)^{2m+k} / (m! (D/2)_{m+k}), with a Pochhammer symbol.
		double r = 1.0;
		int maxDegree = 14;
		Spectrum s = SphereSpectrum.compute(Math::exp, dim, maxDegree);
		for (int k = 0; k <= maxDegree; k++) {
			double expected = besselSeries(dim, k, r);
			double tolerance = Math.max(1e-12 * expected, s.roundoffBound(k));
			assertEquals(expected, s.eigenvalue(k), tolerance, "D=" + dim + ", k=" + k);
		}
		if (dim == 3) {
			// closed form: i_0(1) = sinh(1)
			assertEquals(Math.sinh(1), s.eigenvalue(0), 1e-15);
		}
	}

	private static double besselSeries(int dim, int k, double r) {
		double half = 0.5 * dim;
		double pochhammer = 1;
		for (int i = 0; i < k; i++) {
			pochhammer *= half + i;
		}
		double term = Math.pow(0.5 * r, k) / pochhammer;
		double sum = 0;
		for (int m = 0; m < 60; m++) {
			sum += term;
			term *= 0.25 * r * r / ((m + 1.0) * (half + k + m));
		}
		return sum;
	}

	@Test
	void kinkAtZeroSitsOnAnEndPoint() {
		// κ(t) = |t| on S²: μ_0 = E|t| = 2c_D/(D−1) = 1/2, μ_2 = ∫_0^1 t (3t² − 1)/2 dt = 1/8, μ_4 = −1/48
		// (exact integrals of Legendre polynomials times t on [0, 1]); the kink is at the half-range end θ = π/2
		Spectrum s = SphereSpectrum.compute(Math::abs, 3, 4);
		assertEquals(0.5, s.eigenvalue(0), 1e-15);
		assertEquals(0.125, s.eigenvalue(2), 1e-15);
		assertEquals(-1.0 / 48, s.eigenvalue(4), 1e-15);
	}

	@Test
	void explicitNodeCountAgreesWithDefault() {
		Spectrum byDefault = SphereSpectrum.compute(NTK, 10, 30);
		Spectrum fine = SphereSpectrum.compute(NTK, 10, 30, 1000);
		assertEquals(1000, fine.nodes());
		assertEquals(SphereSpectrum.defaultNodes(10, 30), byDefault.nodes());
		for (int k = 0; k <= 30; k++) {
			// both are at the round-off floor: they differ by at most the sum of their round-off bounds
			double tolerance = fine.roundoffBound(k) + byDefault.roundoffBound(k);
			assertEquals(fine.eigenvalue(k), byDefault.eigenvalue(k), tolerance);
		}
	}

	@Test
	void reportsMultiplicities() {
		Spectrum s = SphereSpectrum.compute(NTK, 10, 4);
		// exact: N(10, k) for k = 0..4 is 1, 10, 54, 210, 660 (science.md formula)
		BigInteger[] n = s.multiplicities();
		long[] expected = { 1, 10, 54, 210, 660 };
		for (int k = 0; k <= 4; k++) {
			assertEquals(BigInteger.valueOf(expected[k]), n[k]);
			assertEquals(expected[k], s.multiplicitiesApprox()[k], 0.0);
		}
		assertEquals(10, s.ambientDim());
		assertEquals(4, s.maxDegree());
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> SphereSpectrum.compute(NTK, 1, 4));
		assertThrows(IllegalArgumentException.class, () -> SphereSpectrum.compute(NTK, 3, -1));
		assertThrows(IllegalArgumentException.class, () -> SphereSpectrum.compute(NTK, 3, 4, 0));
		assertThrows(IllegalArgumentException.class, () -> SphereSpectrum.compute(t -> Double.NaN, 3, 4));
		assertThrows(IllegalArgumentException.class, () -> SphereSpectrum.compute(null, 3, 4));
	}
}

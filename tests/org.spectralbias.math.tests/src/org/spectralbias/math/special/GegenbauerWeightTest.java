package org.spectralbias.math.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.quadrature.QuadratureRule;

class GegenbauerWeightTest {

	@Test
	void smallDimensionsAreClosedForms() {
		// exact: c_2 = 1/π (arcsine density), c_3 = 1/2 (Archimedes), c_4 = 2/π, c_5 = 3/4
		assertEquals(1 / Math.PI, GegenbauerWeight.constant(2), 1e-17);
		assertEquals(0.5, GegenbauerWeight.constant(3), 0.0);
		assertEquals(2 / Math.PI, GegenbauerWeight.constant(4), 1e-16);
		assertEquals(0.75, GegenbauerWeight.constant(5), 1e-16);
	}

	@Test
	void matchesDoubleFactorialFormsAcrossTheSeriesSwitch() {
		for (int dim = 2; dim <= 120; dim++) {
			// closed forms from Γ(m + 1/2) = (2m−1)!! √π / 2^m:
			// D = 2m+1: c_D = (2m−1)!! / (2^m (m−1)!);  D = 2m: c_D = 2^{m−1} (m−1)! / (π (2m−3)!!)
			double expected;
			int m = dim / 2;
			if (dim % 2 == 1) {
				expected = doubleFactorialRatioOdd(m);
			} else {
				expected = 1 / Math.PI;
				for (int i = 2; i <= m; i++) {
					expected *= 2.0 * (i - 1) / (2.0 * i - 3);
				}
			}
			assertEquals(expected, GegenbauerWeight.constant(dim), 1e-14 * expected, "D=" + dim);
			assertEquals(Math.log(expected), GegenbauerWeight.logConstant(dim), 1e-14, "D=" + dim);
		}
	}

	/** (2m−1)!! / (2^m (m−1)!) = m · Π_{i=1}^{m} (2i−1)/(2i). */
	private static double doubleFactorialRatioOdd(int m) {
		double product = m;
		for (int i = 1; i <= m; i++) {
			product *= (2.0 * i - 1) / (2.0 * i);
		}
		return product;
	}

	@Test
	void largeDimensionsMatchHighPrecisionValues() {
		// Γ(D/2)/(√π Γ((D−1)/2)) evaluated in 30-digit arithmetic (mpmath 1.3.0)
		assertEquals(12.606198102580354087, GegenbauerWeight.constant(1000), 1e-15 * 12.6);
		assertEquals(398.94198119463510821, GegenbauerWeight.constant(1_000_000), 1e-15 * 399);
		assertEquals(12615.662600639053281, GegenbauerWeight.constant(1_000_000_000), 2e-15 * 12616);
	}

	@Test
	void densityIntegratesToOne() {
		for (int dim : new int[] { 3, 4, 10, 300 }) {
			// exact: a probability density; ∫_0^π c_D sin^{D−2}θ dθ = 1 with t = cos θ, by 200-point Gauss–Legendre
			QuadratureRule rule = GaussLegendre.on(200, 0, Math.PI);
			double total = rule.integrate(theta -> GegenbauerWeight.density(dim, Math.cos(theta)) * Math.sin(theta));
			assertEquals(1.0, total, 1e-13, "D=" + dim);
		}
		// exact: uniform projection density 1/2 on S² (Archimedes)
		assertEquals(0.5, GegenbauerWeight.density(3, 0.7), 0.0);
		assertEquals(0.0, GegenbauerWeight.density(5, 1.0), 0.0);
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> GegenbauerWeight.constant(1));
		assertThrows(IllegalArgumentException.class, () -> GegenbauerWeight.density(3, 1.5));
		assertThrows(IllegalArgumentException.class, () -> GegenbauerWeight.density(3, Double.NaN));
	}
}

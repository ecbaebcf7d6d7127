package org.spectralbias.math.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.spectralbias.math.quadrature.GaussLegendre;

class ErrorFunctionTest {

	private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

	/** x and erf(x) for the double nearest x, computed with 40 digits by mpmath 1.3.0 (mpmath.erf). */
	private static final double[][] ERF_MPMATH = {
			{ 1e-300, 1.1283791670955126022e-300 },
			{ 1e-10, 1.128379167095512615e-10 },
			{ 0.001, 0.0011283787909692364034 },
			{ 0.1, 0.1124629160182848984 },
			{ 0.3, 0.32862675945912741619 },
			{ 0.5, 0.52049987781304653768 },
			{ 0.75, 0.7111556336535151316 },
			{ 1.0, 0.84270079294971486934 },
			{ 1.5, 0.96610514647531072707 },
			{ 2.0, 0.99532226501895273416 },
			{ 2.5, 0.99959304798255504106 },
			{ 3.0, 0.99997790950300141456 },
			{ 3.5, 0.99999925690162765859 },
			{ 4.0, 0.99999998458274209972 },
			{ 5.0, 0.99999999999846254021 },
			{ 5.9, 0.9999999999999999281 } };

	/** x and erfc(x), computed with 40 digits by mpmath 1.3.0 (mpmath.erfc). */
	private static final double[][] ERFC_MPMATH = {
			{ -5.0, 1.9999999999984625402 },
			{ -1.5, 1.9661051464753107271 },
			{ -0.25, 1.276326390168236933 },
			{ 0.25, 0.72367360983176306701 },
			{ 0.5, 0.47950012218695346232 },
			{ 1.0, 0.15729920705028513066 },
			{ 1.75, 0.013328328780817556228 },
			{ 2.0, 0.0046777349810472658379 },
			{ 2.5, 0.00040695201744495893956 },
			{ 3.0, 0.000022090496998585441373 },
			{ 4.0, 1.5417257900280018852e-8 },
			{ 4.99, 1.702266105099672175e-12 },
			{ 5.0, 1.5374597944280348502e-12 },
			{ 6.0, 2.1519736712498913117e-17 },
			{ 8.0, 1.122429717298292708e-29 },
			{ 10.0, 2.088487583762544757e-45 },
			{ 15.0, 7.2129941724512066666e-100 },
			{ 20.0, 5.3958656116079009289e-176 },
			{ 25.0, 8.300172571196522752e-274 },
			{ 26.0, 5.6631924088561428465e-296 },
			{ 26.5, 2.2109076642637342759e-307 } };

	@Test
	void matchesHighPrecisionValues() {
		// mpmath values above; a few ulps (the method's error, see the class Javadoc) is 2e−15 relative
		for (double[] row : ERF_MPMATH) {
			assertEquals(row[1], ErrorFunction.erf(row[0]), 2e-15 * Math.abs(row[1]), "erf(" + row[0] + ")");
			assertEquals(-row[1], ErrorFunction.erf(-row[0]), 2e-15 * Math.abs(row[1]), "erf(-" + row[0] + ")");
		}
		for (double[] row : ERFC_MPMATH) {
			assertEquals(row[1], ErrorFunction.erfc(row[0]), 2e-15 * row[1], "erfc(" + row[0] + ")");
		}
	}

	@Test
	void exactValuesAndSpecialArguments() {
		// exact: erf(0) = 0 (odd function), erfc(0) = 1, the limits erf(±∞) = ±1, erfc(+∞) = 0, erfc(−∞) = 2
		assertEquals(0.0, ErrorFunction.erf(0.0), 0.0);
		assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ErrorFunction.erf(-0.0)));
		assertEquals(1.0, ErrorFunction.erfc(0.0), 0.0);
		assertEquals(1.0, ErrorFunction.erfc(-0.0), 0.0);
		assertEquals(1.0, ErrorFunction.erf(Double.POSITIVE_INFINITY), 0.0);
		assertEquals(-1.0, ErrorFunction.erf(Double.NEGATIVE_INFINITY), 0.0);
		assertEquals(0.0, ErrorFunction.erfc(Double.POSITIVE_INFINITY), 0.0);
		assertEquals(2.0, ErrorFunction.erfc(Double.NEGATIVE_INFINITY), 0.0);
		assertTrue(Double.isNaN(ErrorFunction.erf(Double.NaN)));
		assertTrue(Double.isNaN(ErrorFunction.erfc(Double.NaN)));
		// erf(x) = 2x/√π (1 − x²/3 + …): exactly 2x/√π in double precision for |x| < 1e−9, also for subnormal x
		for (double x : new double[] { 1e-10, 1e-200, Double.MIN_NORMAL, 1e-310 }) {
			assertEquals(TWO_OVER_SQRT_PI * x, ErrorFunction.erf(x), Math.ulp(TWO_OVER_SQRT_PI * x), "erf(" + x + ")");
		}
		// erf(x) rounds to ±1 once erfc(x) < 2^{−54} (x > 5.86); erfc(x) < 2^{−1075} rounds to 0 for x > 27.23
		assertEquals(1.0, ErrorFunction.erf(6.0), 0.0);
		assertEquals(-1.0, ErrorFunction.erf(-1e300), 0.0);
		assertEquals(0.0, ErrorFunction.erfc(27.3), 0.0);
		assertEquals(0.0, ErrorFunction.erfc(1e300), 0.0);
		assertEquals(2.0, ErrorFunction.erfc(-1e300), 0.0);
	}

	@Test
	void symmetryIdentities() {
		// exact identities: erf(−x) = −erf(x) (bit for bit, by construction); erfc(x) + erfc(−x) = 2 and
		// erf(x) + erfc(x) = 1 up to the few ulps each side carries (at most 9e−16 measured on this grid)
		for (double x = 0.0; x <= 27.5; x += 0.00731) {
			assertEquals(-ErrorFunction.erf(x), ErrorFunction.erf(-x), 0.0, "odd at " + x);
			assertEquals(2.0, ErrorFunction.erfc(x) + ErrorFunction.erfc(-x), 1.5e-15, "erfc reflection at " + x);
			assertEquals(1.0, ErrorFunction.erf(x) + ErrorFunction.erfc(x), 1.5e-15, "complement at " + x);
			assertEquals(1.0, ErrorFunction.erf(-x) + ErrorFunction.erfc(-x), 1.5e-15, "complement at -" + x);
		}
	}

	@Test
	void agreesWithCommonsMathOnADenseGrid() {
		// oracle: Apache Commons Math 3.6.1 Erf (regularised incomplete gamma functions). Its own error is up to
		// 7e−15 relative for erf and erfc with |x| ≤ 6 and grows like x²·2.9e−16 in the erfc tail (it rounds x² before
		// exponentiating; both measured against mpmath), hence the x² term of the tail tolerance.
		for (double x = -6.0; x <= 6.0; x += 0.000913) {
			double erf = Erf.erf(x);
			double erfc = Erf.erfc(x);
			assertEquals(erf, ErrorFunction.erf(x), 1e-14 * Math.abs(erf), "erf(" + x + ")");
			assertEquals(erfc, ErrorFunction.erfc(x), 1e-14 * erfc, "erfc(" + x + ")");
		}
		for (double x = 6.0; x <= 26.5; x += 0.00377) {
			double erfc = Erf.erfc(x);
			assertEquals(erfc, ErrorFunction.erfc(x), (1e-14 + 4e-16 * x * x) * erfc, "erfc(" + x + ")");
		}
		// small arguments on a logarithmic grid (Commons Math returns 0 below about 1e−62, so stop well above)
		for (double x = 1e-12; x < 0.5; x *= 1.0137) {
			double erf = Erf.erf(x);
			assertEquals(erf, ErrorFunction.erf(x), 1e-14 * erf, "erf(" + x + ")");
		}
	}

	@Test
	void agreesWithTheAsymptoticExpansionForLargeArguments() {
		// oracle: erfc(x) = e^{−x²}/(x√π) · Σ_{n<N} (−1)ⁿ (2n − 1)!!/(2x²)ⁿ + R_N, i.e. 1 − 1/(2x²) + 3/(4x⁴) − …
		// (A&S 7.1.23); for real x > 0 the remainder R_N is bounded by the first omitted term and has its sign
		// (DLMF 7.12.1 and §7.12(ii)). With N = 12 that term is below 8e−17 for x ≥ 10. x runs over multiples of
		// 1/16, so x² is exact and Math.exp(−x²) is within 1 ulp of e^{−x²}.
		for (int k = 160; k <= 16 * 26.5; k++) {
			double x = k / 16.0;
			double twoXSquared = 2 * x * x;
			double sum = 0.0;
			double term = 1.0;
			for (int n = 0; n < 12; n++) {
				sum += term;
				term *= -(2 * n + 1) / twoXSquared;
			}
			double expected = Math.exp(-x * x) / (x * Math.sqrt(Math.PI)) * sum;
			double relativeTolerance = 2e-15 + Math.abs(term);
			assertEquals(expected, ErrorFunction.erfc(x), relativeTolerance * expected, "erfc(" + x + ")");
		}
	}

	@Test
	void agreesWithQuadratureOfTheDefiningIntegrals() {
		// oracle: erf(x) = (2/√π) ∫₀^x e^{−t²} dt by 40-point Gauss–Legendre quadrature (the integrand is entire, so
		// the rule is exact to rounding on these intervals)
		for (double x = 0.05; x <= 6.0; x += 0.0625) {
			double integral = GaussLegendre.on(40, 0.0, x).integrate(s -> Math.exp(-s * s));
			double expected = TWO_OVER_SQRT_PI * integral;
			assertEquals(expected, ErrorFunction.erf(x), 2e-15 * expected, "erf(" + x + ")");
		}
		// erfc(x) = (2/√π) e^{−x²} ∫₀^∞ e^{−u(2x + u)} du (t = x + u); the integrand is below e^{−45} beyond
		// L = √(x² + 45) − x, so ∫₀^L by 60-point Gauss–Legendre gives erfc to full relative precision. x runs over
		// multiples of 1/16 so that x² is exact.
		for (int k = 8; k <= 16 * 26; k += 3) {
			double x = k / 16.0;
			double end = Math.sqrt(x * x + 45.0) - x;
			double integral = GaussLegendre.on(60, 0.0, end).integrate(u -> Math.exp(-u * (2 * x + u)));
			double expected = TWO_OVER_SQRT_PI * Math.exp(-x * x) * integral;
			assertEquals(expected, ErrorFunction.erfc(x), 3e-15 * expected, "erfc(" + x + ")");
		}
	}

	@Test
	void piecesJoinContinuouslyAtTheirEnds() {
		// the polynomials live on intervals of width 1/8 centred on multiples of 1/8. At each end b = (2k + 1)/16 the
		// values one ulp either side must agree with f(b) + f'(b)(x − b) to the accuracy of each piece, where
		// erf'(b) = −erfc'(b) = (2/√π) e^{−b²} (b² is exact); the second-order term is below 1e−29 relative
		for (int k = -33; k <= 16 * 26; k += 2) {
			double b = k / 16.0;
			double slope = TWO_OVER_SQRT_PI * Math.exp(-b * b);
			double erfc = ErrorFunction.erfc(b);
			double erf = ErrorFunction.erf(b);
			for (double x : new double[] { Math.nextDown(b), Math.nextUp(b) }) {
				assertEquals(erfc - slope * (x - b), ErrorFunction.erfc(x), 4e-15 * erfc, "erfc near " + b);
				if (Math.abs(b) < 6.0) {
					assertEquals(erf + slope * (x - b), ErrorFunction.erf(x), 4e-15 * Math.abs(erf), "erf near " + b);
				}
			}
		}
	}
}

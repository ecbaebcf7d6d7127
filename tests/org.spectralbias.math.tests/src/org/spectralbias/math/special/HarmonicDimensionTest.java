package org.spectralbias.math.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class HarmonicDimensionTest {

	@Test
	void knownFamilies() {
		for (int k = 0; k <= 500; k++) {
			// exact: N(3, k) = 2k + 1 (harmonics on S²); N(2, k) = 2 for k ≥ 1 (cos kθ, sin kθ)
			assertEquals(2L * k + 1, HarmonicDimension.of(3, k));
			assertEquals(k == 0 ? 1L : 2L, HarmonicDimension.of(2, k));
		}
		for (int dim = 2; dim <= 1000; dim++) {
			// exact: N(D, 0) = 1, N(D, 1) = D (linear functions), N(D, 2) = (D + 2)(D − 1)/2
			assertEquals(1L, HarmonicDimension.of(dim, 0));
			assertEquals(dim, HarmonicDimension.of(dim, 1));
			assertEquals((dim + 2L) * (dim - 1L) / 2, HarmonicDimension.of(dim, 2));
		}
		// exact: N(10, 4) = C(13, 4) − C(11, 2) = 715 − 55 = 660
		assertEquals(660L, HarmonicDimension.of(10, 4));
	}

	@Test
	void matchesTheDefiningDifferenceOfBinomials() {
		for (int dim = 2; dim <= 40; dim++) {
			for (int k = 0; k <= 40; k++) {
				// definition (science.md): N(D, k) = C(k+D−1, k) − C(k+D−3, k−2), binomials from factorials here
				BigInteger expected = factorialBinomial(k + dim - 1, k).subtract(factorialBinomial(k + dim - 3, k - 2));
				assertEquals(expected, HarmonicDimension.exact(dim, k), "D=" + dim + ", k=" + k);
			}
		}
	}

	@Test
	void cumulativeCountsArePolynomialSpaceDimensions() {
		for (int dim = 2; dim <= 30; dim++) {
			BigInteger sum = BigInteger.ZERO;
			for (int k = 0; k <= 60; k++) {
				sum = sum.add(HarmonicDimension.exact(dim, k));
				// identity: Σ_{j≤K} N(D, j) = C(K+D−1, D−1) + C(K+D−2, D−1)
				BigInteger expected = factorialBinomial(k + dim - 1, dim - 1)
						.add(factorialBinomial(k + dim - 2, dim - 1));
				assertEquals(expected, sum, "D=" + dim + ", K=" + k);
				assertEquals(expected, HarmonicDimension.exactCumulative(dim, k));
			}
		}
	}

	@Test
	void longOverflowThrowsExactlyAtTheBoundary() {
		// N(30, k) increases with k; find the first k whose exact value needs more than 63 bits
		int k = 0;
		while (HarmonicDimension.exact(30, k).bitLength() <= 63) {
			assertEquals(HarmonicDimension.exact(30, k).longValueExact(), HarmonicDimension.of(30, k));
			k++;
		}
		int first = k;
		ArithmeticException e = assertThrows(ArithmeticException.class, () -> HarmonicDimension.of(30, first));
		assertTrue(e.getMessage().contains("D=30") && e.getMessage().contains("k=" + first), e.getMessage());
		assertThrows(ArithmeticException.class, () -> HarmonicDimension.of(1000, 100));
		assertThrows(ArithmeticException.class, () -> HarmonicDimension.of(Integer.MAX_VALUE, Integer.MAX_VALUE));
	}

	@Test
	void approximationIsTheRoundedExactValueOrInfinity() {
		for (int dim : new int[] { 2, 3, 10, 100, 400 }) {
			for (int k : new int[] { 0, 1, 5, 50, 400 }) {
				BigInteger exact = HarmonicDimension.exact(dim, k);
				// BigInteger.doubleValue is correctly rounded (JDK spec) and gives +∞ beyond Double.MAX_VALUE
				assertEquals(exact.doubleValue(), HarmonicDimension.approx(dim, k), 0.0);
				if (exact.signum() > 0 && Double.isFinite(exact.doubleValue())) {
					assertEquals(Math.log(exact.doubleValue()), HarmonicDimension.log(dim, k), 1e-12 * Math.max(1,
							Math.log(exact.doubleValue())));
				}
			}
		}
		// N(10⁶, 10⁶) ≈ C(2·10⁶, 10⁶) ≈ 10^{602057}: far beyond a double
		assertEquals(Double.POSITIVE_INFINITY, HarmonicDimension.approx(1_000_000, 1_000_000));
		assertTrue(Double.isFinite(HarmonicDimension.log(1_000_000, 1_000_000)));
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> HarmonicDimension.exact(1, 3));
		assertThrows(IllegalArgumentException.class, () -> HarmonicDimension.of(3, -1));
		assertThrows(IllegalArgumentException.class, () -> HarmonicDimension.approx(0, 0));
		assertThrows(IllegalArgumentException.class, () -> HarmonicDimension.exactCumulative(3, -2));
	}

	/** C(n, r) = n! / (r! (n−r)!), 0 outside 0 ≤ r ≤ n. */
	private static BigInteger factorialBinomial(int n, int r) {
		if (r < 0 || n < 0 || r > n) {
			return BigInteger.ZERO;
		}
		return factorial(n).divide(factorial(r).multiply(factorial(n - r)));
	}

	private static BigInteger factorial(int n) {
		BigInteger f = BigInteger.ONE;
		for (int i = 2; i <= n; i++) {
			f = f.multiply(BigInteger.valueOf(i));
		}
		return f;
	}
}

package org.spectralbias.math.special;

import java.math.BigInteger;

import org.apache.commons.math3.special.Gamma;

/**
 * N(D, k), the dimension of the space of degree-k spherical harmonics on S^{D−1} ⊂ R^D, i.e. the multiplicity of
 * the Funk–Hecke eigenvalue μ_k (science.md):
 * N(D, k) = C(k + D − 1, k) − C(k + D − 3, k − 2) = ((2k + D − 2)/k) · C(k + D − 3, D − 2) for k ≥ 1, N(D, 0) = 1.
 * Examples: N(D, 1) = D, N(3, k) = 2k + 1, N(2, k) = 2 for k ≥ 1.
 * <p>
 * Thread safety: stateless; safe for concurrent use.
 */
public final class HarmonicDimension {

	/** ln 2. */
	private static final double LN2 = Math.log(2);

	private HarmonicDimension() {
	}

	/**
	 * N(D, k) exactly. Costs O(min(k, D)) big-integer multiplications.
	 *
	 * @param ambientDim D ≥ 2
	 * @param degree     k ≥ 0
	 * @return N(D, k) ≥ 1
	 * @throws IllegalArgumentException when D &lt; 2 or k &lt; 0
	 */
	public static BigInteger exact(int ambientDim, int degree) {
		check(ambientDim, degree);
		if (degree == 0) {
			return BigInteger.ONE;
		}
		BigInteger binomial = binomial((long) degree + ambientDim - 3, ambientDim - 2L);
		return binomial.multiply(BigInteger.valueOf(2L * degree + ambientDim - 2)).divide(BigInteger.valueOf(degree));
	}

	/**
	 * N(D, k) as a long.
	 *
	 * @param ambientDim D ≥ 2
	 * @param degree     k ≥ 0
	 * @return N(D, k)
	 * @throws IllegalArgumentException when D &lt; 2 or k &lt; 0
	 * @throws ArithmeticException      when N(D, k) exceeds {@link Long#MAX_VALUE}
	 */
	public static long of(int ambientDim, int degree) {
		check(ambientDim, degree);
		// the log estimate is accurate to far better than the margin of 1 bit, so no representable value is refused
		if (log(ambientDim, degree) > 64 * LN2) {
			throw overflow(ambientDim, degree);
		}
		BigInteger n = exact(ambientDim, degree);
		if (n.bitLength() > 63) {
			throw overflow(ambientDim, degree);
		}
		return n.longValue();
	}

	/**
	 * N(D, k) as the nearest double (correctly rounded from the exact value), or +∞ when it exceeds
	 * {@link Double#MAX_VALUE}.
	 *
	 * @param ambientDim D ≥ 2
	 * @param degree     k ≥ 0
	 * @return N(D, k) rounded, or +∞
	 * @throws IllegalArgumentException when D &lt; 2 or k &lt; 0
	 */
	public static double approx(int ambientDim, int degree) {
		check(ambientDim, degree);
		// ln N > 1026 ln 2 certainly overflows; below that the exact value has ≤ ~1030 bits and is cheap
		if (log(ambientDim, degree) > 1026 * LN2) {
			return Double.POSITIVE_INFINITY;
		}
		return exact(ambientDim, degree).doubleValue();
	}

	/**
	 * ln N(D, k), finite for every valid argument. Summed term by term when min(k − 1, D − 2) ≤ 64 (accurate to a
	 * few ulps), otherwise from log-gamma (absolute error ≲ 1e−15 · (k + D) ln(k + D)).
	 *
	 * @param ambientDim D ≥ 2
	 * @param degree     k ≥ 0
	 * @return ln N(D, k) ≥ 0
	 * @throws IllegalArgumentException when D &lt; 2 or k &lt; 0
	 */
	public static double log(int ambientDim, int degree) {
		check(ambientDim, degree);
		if (degree == 0) {
			return 0.0;
		}
		if (ambientDim == 2) {
			return LN2;
		}
		double k = degree;
		double dm2 = ambientDim - 2.0;
		return Math.log(2.0 * k + dm2) - Math.log(k) + logBinomial((long) degree + ambientDim - 3, ambientDim - 2L);
	}

	/**
	 * Σ_{k=0}^{K} N(D, k) exactly, the dimension of the polynomials of degree ≤ K restricted to S^{D−1}, by the
	 * closed form C(K + D − 1, D − 1) + C(K + D − 2, D − 1).
	 *
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @return the cumulative count
	 * @throws IllegalArgumentException when D &lt; 2 or K &lt; 0
	 */
	public static BigInteger exactCumulative(int ambientDim, int maxDegree) {
		check(ambientDim, maxDegree);
		long d1 = ambientDim - 1L;
		return binomial(maxDegree + d1, d1).add(binomial(maxDegree + d1 - 1, d1));
	}

	/** ln C(n, r) for 0 ≤ r ≤ n. */
	private static double logBinomial(long n, long r) {
		long m = Math.min(r, n - r);
		if (m <= 64) {
			double sum = 0;
			for (long i = 1; i <= m; i++) {
				sum += Math.log((double) (n - m + i) / i);
			}
			return sum;
		}
		return Gamma.logGamma(n + 1.0) - Gamma.logGamma(m + 1.0) - Gamma.logGamma(n - m + 1.0);
	}

	/** C(n, r) for 0 ≤ n, with C(n, r) = 0 when r > n. */
	static BigInteger binomial(long n, long r) {
		if (r < 0 || r > n) {
			return BigInteger.ZERO;
		}
		long m = Math.min(r, n - r);
		BigInteger result = BigInteger.ONE;
		for (long i = 1; i <= m; i++) {
			// exact at every step: result = C(n − m + i, i)
			result = result.multiply(BigInteger.valueOf(n - m + i)).divide(BigInteger.valueOf(i));
		}
		return result;
	}

	private static ArithmeticException overflow(int ambientDim, int degree) {
		return new ArithmeticException("N(D=" + ambientDim + ", k=" + degree + ") = exp(" + log(ambientDim, degree)
				+ ") does not fit in a long; use exact() or approx()");
	}

	private static void check(int ambientDim, int degree) {
		GegenbauerWeight.checkDimension(ambientDim);
		if (degree < 0) {
			throw new IllegalArgumentException("degree k must be >= 0, got " + degree);
		}
	}
}

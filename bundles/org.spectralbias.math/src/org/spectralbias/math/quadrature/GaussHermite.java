package org.spectralbias.math.quadrature;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Gauss–Hermite quadrature for expectations under the standard normal distribution (probabilists' convention):
 * {@code Σ_i w_i f(x_i) ≈ E[f(Z)]}, Z ~ N(0, 1), exact for polynomials of degree ≤ 2n − 1, with Σ w_i = 1.
 * <p>
 * Nodes start as the eigenvalues of the Jacobi matrix of the monic Hermite polynomials He_k (zero diagonal,
 * off-diagonal sqrt(k), Golub–Welsch) and are polished by Newton's method on the orthonormal recurrence
 * p_{k+1} = (x p_k − sqrt(k) p_{k−1}) / sqrt(k+1). Weights are the Christoffel numbers w = 1 / Σ_{k&lt;n} p_k(x)²,
 * so even the tiny outer weights keep their relative accuracy (they underflow to 0 only below ~1e−308). The
 * recurrence is rescaled by powers of two to avoid overflow. The rule is exactly symmetric.
 * <p>
 * Thread safety: all methods are safe for concurrent use; cached rules are immutable.
 */
public final class GaussHermite {

	/** The largest supported node count (construction costs O(n²); beyond it the outer weights underflow anyway). */
	public static final int MAX_NODES = 1000;

	private static final ConcurrentMap<Integer, QuadratureRule> CACHE = new ConcurrentHashMap<>();

	private static final int SCALE_EXPONENT = 500;
	private static final double BIG = Math.scalb(1.0, SCALE_EXPONENT);

	private GaussHermite() {
	}

	/**
	 * The n-point rule for E[f(Z)], Z ~ N(0, 1), nodes ascending.
	 *
	 * @param n number of nodes, 1 ≤ n ≤ {@link #MAX_NODES}
	 * @return the cached rule
	 * @throws IllegalArgumentException when n is out of range
	 */
	public static QuadratureRule standardNormal(int n) {
		if (n < 1 || n > MAX_NODES) {
			throw new IllegalArgumentException("Gauss-Hermite node count must be in [1, " + MAX_NODES + "], got " + n);
		}
		return CACHE.computeIfAbsent(n, GaussHermite::compute);
	}

	private static QuadratureRule compute(int n) {
		double[] x = new double[n];
		double[] w = new double[n];
		if (n == 1) {
			x[0] = 0.0;
			w[0] = 1.0;
			return new QuadratureRule(x, w);
		}
		double[] guesses = jacobiEigenvalues(n);
		double[] state = new double[3];
		int half = n / 2;
		for (int i = 0; i < half; i++) {
			double xi = Math.abs(guesses[n - 1 - i]);
			for (int iter = 0; iter < 20; iter++) {
				evaluate(n, xi, state);
				double delta = state[0] / state[1];
				xi -= delta;
				if (Math.abs(delta) <= 1e-15 * Math.max(1.0, xi)) {
					break;
				}
			}
			double wi = evaluate(n, xi, state);
			x[n - 1 - i] = xi;
			x[i] = -xi;
			w[n - 1 - i] = wi;
			w[i] = wi;
		}
		if (n % 2 == 1) {
			x[half] = 0.0;
			w[half] = evaluate(n, 0.0, state);
		}
		return new QuadratureRule(x, w);
	}

	private static double[] jacobiEigenvalues(int n) {
		double[] main = new double[n];
		double[] secondary = new double[n - 1];
		for (int k = 1; k < n; k++) {
			secondary[k - 1] = Math.sqrt(k);
		}
		return TridiagonalEigenvalues.of(main, secondary);
	}

	/**
	 * Runs the orthonormal recurrence to degree n at x. Writes the scaled p_n to out[0] and the equally scaled p_n'
	 * to out[1] (their ratio is exact) and returns the Christoffel weight 1 / Σ_{k&lt;n} p_k(x)².
	 */
	private static double evaluate(int n, double x, double[] out) {
		double pPrev = 0.0;
		double p = 1.0;
		double dPrev = 0.0;
		double d = 0.0;
		double sumSquares = 0.0;
		int rescales = 0;
		for (int k = 0; k < n; k++) {
			sumSquares += p * p;
			double sk = Math.sqrt(k);
			double sk1 = Math.sqrt(k + 1.0);
			double pNext = (x * p - sk * pPrev) / sk1;
			double dNext = (p + x * d - sk * dPrev) / sk1;
			pPrev = p;
			p = pNext;
			dPrev = d;
			d = dNext;
			if (Math.abs(p) > BIG || Math.abs(d) > BIG) {
				pPrev = Math.scalb(pPrev, -SCALE_EXPONENT);
				p = Math.scalb(p, -SCALE_EXPONENT);
				dPrev = Math.scalb(dPrev, -SCALE_EXPONENT);
				d = Math.scalb(d, -SCALE_EXPONENT);
				sumSquares = Math.scalb(sumSquares, -2 * SCALE_EXPONENT);
				rescales++;
			}
		}
		out[0] = p;
		out[1] = d;
		return Math.scalb(1.0 / sumSquares, -2 * SCALE_EXPONENT * rescales);
	}
}

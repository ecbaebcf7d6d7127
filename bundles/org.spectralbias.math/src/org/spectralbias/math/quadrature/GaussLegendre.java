package org.spectralbias.math.quadrature;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Gauss–Legendre quadrature: the n-point rule exact for polynomials of degree ≤ 2n − 1 on {@code [-1, 1]} with
 * weight 1.
 * <p>
 * Nodes are found by Newton's method in the angle θ (x = cos θ) on the three-term Legendre recurrence, started from
 * the Tricomi-type guess θ_i ≈ π(4i − 1)/(4n + 2). For x ≥ 1/2 the recurrence is run on the differences
 * P_{j+1} − P_j with u = x − 1 = −2 sin²(θ/2) (Reinsch's modification), so nodes and weights near the end points keep
 * full relative accuracy. Weights are w_i = 2 sin²θ_i / (n P_{n−1}(x_i))². The rule is exactly symmetric.
 * Construction costs O(n²) operations; rules are cached.
 * <p>
 * Thread safety: all methods are safe for concurrent use; cached rules are immutable.
 */
public final class GaussLegendre {

	/** The largest supported node count (construction is O(n²): about 2 s at n = 10⁴, minutes at the maximum). */
	public static final int MAX_NODES = 100_000;

	private static final ConcurrentMap<Integer, QuadratureRule> CACHE = new ConcurrentHashMap<>();

	private static final int MAX_NEWTON = 100;

	private GaussLegendre() {
	}

	/**
	 * The n-point Gauss–Legendre rule on {@code [-1, 1]}, nodes ascending.
	 *
	 * @param n number of nodes, 1 ≤ n ≤ {@link #MAX_NODES}
	 * @return the cached rule; Σ w_i = 2
	 * @throws IllegalArgumentException when n is out of range
	 */
	public static QuadratureRule rule(int n) {
		if (n < 1 || n > MAX_NODES) {
			throw new IllegalArgumentException("Gauss-Legendre node count must be in [1, " + MAX_NODES + "], got " + n);
		}
		return CACHE.computeIfAbsent(n, GaussLegendre::compute);
	}

	/**
	 * The n-point Gauss–Legendre rule mapped affinely onto {@code [a, b]}.
	 *
	 * @param n number of nodes, 1 ≤ n ≤ {@link #MAX_NODES}
	 * @param a lower end, finite
	 * @param b upper end, finite
	 * @return a new rule with Σ w_i = b − a
	 * @throws IllegalArgumentException when n is out of range or an end is not finite
	 */
	public static QuadratureRule on(int n, double a, double b) {
		return rule(n).mapFromSymmetricInterval(a, b);
	}

	private static QuadratureRule compute(int n) {
		double[] x = new double[n];
		double[] w = new double[n];
		double[] pair = new double[2];
		int half = n / 2;
		for (int i = 1; i <= half; i++) {
			double theta = Math.PI * (4.0 * i - 1.0) / (4.0 * n + 2.0);
			for (int iter = 0; iter < MAX_NEWTON; iter++) {
				double delta = newtonStep(n, theta, pair);
				theta -= delta;
				if (Math.abs(delta) <= 1e-10 * theta) {
					theta -= newtonStep(n, theta, pair);
					break;
				}
			}
			double xi = Math.cos(theta);
			double wi = weight(n, theta, xi, pair);
			x[n - i] = xi;
			x[i - 1] = -xi;
			w[n - i] = wi;
			w[i - 1] = wi;
		}
		if (n % 2 == 1) {
			x[half] = 0.0;
			w[half] = weight(n, Math.PI / 2, 0.0, pair);
		}
		return new QuadratureRule(x, w);
	}

	/**
	 * w = 2 / (dP_n/dθ)² with dP_n/dθ = −n (P_{n−1} − x P_n) / sin θ. Keeping the x P_n term (zero at the exact
	 * root) makes the value stationary under the rounding of x = cos θ, since P_n' is stationary at a root
	 * (P_n'' = 2x P_n' / (1 − x²) there).
	 */
	private static double weight(int n, double theta, double x, double[] pair) {
		legendrePair(n, theta, pair);
		double s = Math.sin(theta);
		double derivative = n * (pair[1] - x * pair[0]);
		return 2.0 * s * s / (derivative * derivative);
	}

	/** Newton correction for g(θ) = P_n(cos θ): g/g' with g' = −n (P_{n−1} − x P_n) / sin θ. */
	private static double newtonStep(int n, double theta, double[] pair) {
		legendrePair(n, theta, pair);
		double x = Math.cos(theta);
		double s = Math.sin(theta);
		return -pair[0] * s / (n * (pair[1] - x * pair[0]));
	}

	/**
	 * Writes P_n(cos θ) to out[0] and P_{n−1}(cos θ) to out[1], n ≥ 1, θ ∈ (0, π/2].
	 */
	static void legendrePair(int n, double theta, double[] out) {
		double x = Math.cos(theta);
		double previous = 1.0;
		double current = x;
		if (x >= 0.5) {
			double sh = Math.sin(0.5 * theta);
			double u = -2.0 * sh * sh;
			double diff = u;
			for (int j = 1; j < n; j++) {
				// P_{j+1} − P_j = [(2j+1) u P_j + j (P_j − P_{j−1})] / (j+1), from the Legendre recurrence
				diff = ((2.0 * j + 1.0) * u * current + j * diff) / (j + 1.0);
				previous = current;
				current += diff;
			}
		} else {
			for (int j = 1; j < n; j++) {
				double next = ((2.0 * j + 1.0) * x * current - j * previous) / (j + 1.0);
				previous = current;
				current = next;
			}
		}
		out[0] = current;
		out[1] = previous;
	}
}

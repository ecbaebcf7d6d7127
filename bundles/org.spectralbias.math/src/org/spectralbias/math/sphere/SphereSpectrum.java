package org.spectralbias.math.sphere;

import java.util.function.DoubleUnaryOperator;

import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.quadrature.QuadratureRule;
import org.spectralbias.math.special.Gegenbauer;
import org.spectralbias.math.special.GegenbauerWeight;

/**
 * Funk–Hecke eigenvalues of a dot-product kernel κ(⟨x, x'⟩) under the uniform probability measure on S^{D−1}
 * (science.md): μ_k = c_D ∫_{−1}^{1} κ(t) P_k(t) (1 − t²)^{(D−3)/2} dt, k = 0..K.
 * <p>
 * With t = cos θ the weight becomes sin^{D−2}θ, and by the parity P_k(−t) = (−1)^k P_k(t)
 * μ_k = 2 c_D ∫_0^{π/2} κ_±(cos θ) P_k(cos θ) sin^{D−2}θ dθ, where κ_+ = (κ(t) + κ(−t))/2 serves even k and
 * κ_− = (κ(t) − κ(−t))/2 odd k. The θ-integral is done by Gauss–Legendre. This makes the square-root behaviour of
 * arc-cosine kernels at t = ±1 smooth (sqrt(1 − t²) = sin θ), puts a kink at t = 0 on an end point, and makes μ_k
 * vanish to round-off (≈1e−17·max|κ|) for the odd k above the degree of the odd part of κ when that part is a
 * polynomial (for the ReLU NTK it is 3t/4, so every odd k ≥ 3).
 * <p>
 * Accuracy: a black-box κ is known to ~1e−16 relative, and μ_k of high degree arises from heavy cancellation, so
 * each μ_k carries an absolute round-off error that {@link Spectrum#roundoffBound(int)} estimates as
 * (2 + k + √n) ε Σ_i |terms_i| (against 40-digit references at D = 2, 3, 10 the errors stayed below 0.2 of it). For the ReLU NTK at D = 3 the relative error
 * is ~1e−14 at k ≤ 10 and ~1e−10 at k = 60; at D = 10 the floor is ~1e−21 absolute, so μ_60 ≈ 1.3e−14 has ~1e−7
 * relative error. Degrees whose |μ_k| does not exceed the bound are reported as unresolved, not as values. For a
 * kernel analytic in θ the default node count puts the quadrature error below the round-off; kernels with
 * singular θ-derivatives converge algebraically: pass a larger node count and compare.
 * <p>
 * Cost: 2n kernel evaluations and O(nK) arithmetic for n nodes. Thread safety: stateless; safe for concurrent use
 * provided κ is.
 */
public final class SphereSpectrum {

	private static final double HALF_PI_HIGH = 0.5 * Math.PI;
	/** π/2 − HALF_PI_HIGH. */
	private static final double HALF_PI_LOW = 6.123233995736766e-17;

	private SphereSpectrum() {
	}

	/**
	 * The default node count: K + 2⌈√D⌉ + 48 rounded up to a multiple of 32 (so that few distinct rules are cached),
	 * capped at {@link GaussLegendre#MAX_NODES}. The integrand
	 * P_k(cos θ) sin^{D−2}θ is a trigonometric polynomial whose Fourier coefficients are concentrated within
	 * frequency K + O(√D) (the binomial coefficients of sin^{D−2}θ), and for the ReLU NTK the results reach the
	 * round-off floor from about K/2 + 1.2√D + 20 nodes (measured for D = 2..10⁵, K ≤ 200); the rest is margin for a
	 * kernel's own variation. Rougher kernels need more: pass a count and compare. Very large D make the rule itself
	 * expensive (O(n²) to build, about 2 s for the 10⁴ nodes of D ≈ 2.5·10⁷).
	 *
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @return the node count used by the overloads without one
	 */
	public static int defaultNodes(int ambientDim, int maxDegree) {
		check(ambientDim, maxDegree);
		long n = maxDegree + 2L * (long) Math.ceil(Math.sqrt(ambientDim)) + 48;
		n = (n + 31) / 32 * 32;
		return (int) Math.min(n, GaussLegendre.MAX_NODES);
	}

	/**
	 * The spectrum with the default node count.
	 *
	 * @param kappa      κ on [−1, 1], finite there (it is evaluated at ±cos θ_i, never exactly at ±1)
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @return μ_0..μ_K with multiplicities
	 * @throws IllegalArgumentException when D &lt; 2, K &lt; 0, or κ returns a non-finite value
	 */
	public static Spectrum compute(DoubleUnaryOperator kappa, int ambientDim, int maxDegree) {
		return compute(kappa, ambientDim, maxDegree, defaultNodes(ambientDim, maxDegree));
	}

	/**
	 * The spectrum with a given number of Gauss–Legendre nodes in θ ∈ [0, π/2].
	 *
	 * @param kappa      κ on [−1, 1]
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @param nodes      1 ≤ n ≤ {@link GaussLegendre#MAX_NODES}
	 * @return μ_0..μ_K with multiplicities
	 * @throws IllegalArgumentException when an argument is out of range or κ returns a non-finite value
	 */
	public static Spectrum compute(DoubleUnaryOperator kappa, int ambientDim, int maxDegree, int nodes) {
		check(ambientDim, maxDegree);
		if (kappa == null) {
			throw new IllegalArgumentException("kernel must not be null");
		}
		QuadratureRule rule = GaussLegendre.on(nodes, 0.0, 0.5 * Math.PI);
		double scale = 2.0 * GegenbauerWeight.constant(ambientDim);
		Gegenbauer gegenbauer = new Gegenbauer(ambientDim, maxDegree);
		double[] p = new double[maxDegree + 1];
		double[] sum = new double[maxDegree + 1];
		double[] compensation = new double[maxDegree + 1];
		double[] magnitude = new double[maxDegree + 1];
		for (int i = 0; i < nodes; i++) {
			double theta = rule.node(i);
			double t = cosine(theta);
			double plus = kappa.applyAsDouble(t);
			double minus = kappa.applyAsDouble(-t);
			if (!Double.isFinite(plus) || !Double.isFinite(minus)) {
				throw new IllegalArgumentException("kernel is not finite at t = ±" + t);
			}
			double w = scale * rule.weight(i) * sinePower(theta, ambientDim - 2);
			double even = w * 0.5 * (plus + minus);
			double odd = w * 0.5 * (plus - minus);
			double size = w * 0.5 * (Math.abs(plus) + Math.abs(minus));
			gegenbauer.evaluate(t, p);
			for (int k = 0; k <= maxDegree; k++) {
				double term = ((k & 1) == 0 ? even : odd) * p[k];
				magnitude[k] += size * Math.abs(p[k]);
				double s = sum[k] + term;
				compensation[k] += Math.abs(sum[k]) >= Math.abs(term) ? (sum[k] - s) + term : (term - s) + sum[k];
				sum[k] = s;
			}
		}
		for (int k = 0; k <= maxDegree; k++) {
			sum[k] += compensation[k];
			// each term carries a few ulps from κ, the weight and the product, P_k about k ulps (its recurrence),
			// the Gauss-Legendre weights about sqrt(n) ulps; measured errors stay below ~0.2 of this bound
			magnitude[k] = Math.max(Double.MIN_NORMAL, magnitude[k] * (2.0 + k + Math.sqrt(nodes)) * Math.ulp(1.0));
		}
		return new Spectrum(ambientDim, sum, magnitude, nodes);
	}

	/**
	 * μ_0..μ_K with the default node count.
	 *
	 * @param kappa      κ on [−1, 1]
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @return a new array of length K + 1
	 */
	public static double[] eigenvalues(DoubleUnaryOperator kappa, int ambientDim, int maxDegree) {
		return compute(kappa, ambientDim, maxDegree).eigenvalues();
	}

	/**
	 * μ_0..μ_K with a given node count.
	 *
	 * @param kappa      κ on [−1, 1]
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @param nodes      Gauss–Legendre nodes in θ ∈ [0, π/2]
	 * @return a new array of length K + 1
	 */
	public static double[] eigenvalues(DoubleUnaryOperator kappa, int ambientDim, int maxDegree, int nodes) {
		return compute(kappa, ambientDim, maxDegree, nodes).eigenvalues();
	}

	/**
	 * Σ_{k ≤ K} N(D, k) μ_k with the default node count; see {@link Spectrum#traceSum()}.
	 *
	 * @param kappa      κ on [−1, 1]
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @return the truncated trace, tending to κ(1) as K grows
	 */
	public static double traceSum(DoubleUnaryOperator kappa, int ambientDim, int maxDegree) {
		return compute(kappa, ambientDim, maxDegree).traceSum();
	}

	/** cos θ for θ ∈ [0, π/2], as sin(π/2 − θ) near π/2 so that small t keep their relative accuracy. */
	static double cosine(double theta) {
		return theta < 0.25 * Math.PI ? Math.cos(theta) : Math.sin((HALF_PI_HIGH - theta) + HALF_PI_LOW);
	}

	/**
	 * sin^m θ for θ ∈ [0, π/2]. Near π/2, where the weight of a high-dimensional sphere concentrates, a rounded
	 * sin θ ≈ 1 would be amplified m-fold, so ln sin θ = ln cos φ = log1p(−2 sin²(φ/2)) is formed from the complement
	 * φ = π/2 − θ (π/2 split into two doubles), which keeps its relative accuracy.
	 */
	static double sinePower(double theta, int m) {
		if (m == 0) {
			return 1.0;
		}
		if (theta < 0.25 * Math.PI) {
			return Math.pow(Math.sin(theta), m);
		}
		double phi = (HALF_PI_HIGH - theta) + HALF_PI_LOW;
		double s = Math.sin(0.5 * phi);
		return Math.exp(m * Math.log1p(-2.0 * s * s));
	}

	private static void check(int ambientDim, int maxDegree) {
		if (ambientDim < 2) {
			throw new IllegalArgumentException("ambient dimension D must be >= 2, got " + ambientDim);
		}
		if (maxDegree < 0) {
			throw new IllegalArgumentException("maximum degree K must be >= 0, got " + maxDegree);
		}
	}
}

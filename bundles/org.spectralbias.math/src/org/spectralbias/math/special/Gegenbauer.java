package org.spectralbias.math.special;

/**
 * Normalised Gegenbauer (Legendre) polynomials P_k of ambient dimension D ≥ 2, with P_k(1) = 1: the zonal spherical
 * harmonics of degree k on S^{D−1}, orthogonal under {@link GegenbauerWeight} with E[P_j P_k] = δ_jk / N(D, k).
 * <p>
 * Evaluated by the three-term recurrence (science.md) P_0 = 1, P_1 = t,
 * (j + D − 2) P_{j+1} = (2j + D − 2) t P_j − j P_{j−1}, which is forward-stable on [−1, 1]. At D = 2 it reads
 * P_{j+1} = 2t P_j − P_{j−1} for j ≥ 1, the Chebyshev recurrence, so P_k = T_k; at D = 3 it is Legendre's.
 * Values for |t| > 1 are the same polynomials (they grow like |t|^k).
 * <p>
 * The static methods allocate nothing but their result. An instance precomputes the recurrence coefficients for a
 * fixed D and maximum degree for hot loops. Thread safety: static methods and instances are immutable and safe for
 * concurrent use (an instance writes only into arrays supplied by the caller).
 */
public final class Gegenbauer {

	private final int ambientDim;
	private final int maxDegree;
	/** a[j] = (2j + D − 2)/(j + D − 2), b[j] = j/(j + D − 2), for j ≥ 1. */
	private final double[] a;
	private final double[] b;

	/**
	 * Precomputes the recurrence for one dimension.
	 *
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  the largest degree this instance evaluates, ≥ 0
	 * @throws IllegalArgumentException when D &lt; 2 or maxDegree &lt; 0
	 */
	public Gegenbauer(int ambientDim, int maxDegree) {
		GegenbauerWeight.checkDimension(ambientDim);
		checkDegree(maxDegree);
		this.ambientDim = ambientDim;
		this.maxDegree = maxDegree;
		this.a = new double[Math.max(maxDegree, 1)];
		this.b = new double[Math.max(maxDegree, 1)];
		for (int j = 1; j < maxDegree; j++) {
			double denominator = j + (ambientDim - 2.0);
			a[j] = (2.0 * j + (ambientDim - 2.0)) / denominator;
			b[j] = j / denominator;
		}
	}

	/** @return the ambient dimension D */
	public int ambientDim() {
		return ambientDim;
	}

	/** @return the largest degree this instance evaluates */
	public int maxDegree() {
		return maxDegree;
	}

	/**
	 * Writes P_0(t), …, P_K(t) into {@code out[0..K]}, K = {@link #maxDegree()}.
	 *
	 * @param t   finite argument, normally in [−1, 1]
	 * @param out array of length ≥ K + 1
	 * @return {@code out}
	 * @throws IllegalArgumentException when t is not finite or out is too short
	 */
	public double[] evaluate(double t, double[] out) {
		checkArgument(t);
		if (out.length <= maxDegree) {
			throw new IllegalArgumentException("output needs length " + (maxDegree + 1) + ", got " + out.length);
		}
		out[0] = 1.0;
		if (maxDegree >= 1) {
			out[1] = t;
		}
		for (int j = 1; j < maxDegree; j++) {
			out[j + 1] = a[j] * t * out[j] - b[j] * out[j - 1];
		}
		return out;
	}

	/**
	 * P_k(t) for one degree.
	 *
	 * @param degree 0 ≤ k ≤ {@link #maxDegree()}
	 * @param t      finite argument
	 * @return P_k(t)
	 */
	public double value(int degree, double t) {
		if (degree < 0 || degree > maxDegree) {
			throw new IllegalArgumentException("degree must be in [0, " + maxDegree + "], got " + degree);
		}
		checkArgument(t);
		if (degree == 0) {
			return 1.0;
		}
		double previous = 1.0;
		double current = t;
		for (int j = 1; j < degree; j++) {
			double next = a[j] * t * current - b[j] * previous;
			previous = current;
			current = next;
		}
		return current;
	}

	/**
	 * P_k(t) of ambient dimension D.
	 *
	 * @param ambientDim D ≥ 2
	 * @param degree     k ≥ 0
	 * @param t          finite argument, normally in [−1, 1]
	 * @return P_k(t), with P_k(1) = 1
	 * @throws IllegalArgumentException when D &lt; 2, k &lt; 0 or t is not finite
	 */
	public static double value(int ambientDim, int degree, double t) {
		GegenbauerWeight.checkDimension(ambientDim);
		checkDegree(degree);
		checkArgument(t);
		if (degree == 0) {
			return 1.0;
		}
		double previous = 1.0;
		double current = t;
		for (int j = 1; j < degree; j++) {
			double next = ((2.0 * j + (ambientDim - 2.0)) * t * current - j * previous) / (j + (ambientDim - 2.0));
			previous = current;
			current = next;
		}
		return current;
	}

	/**
	 * P_0(t), …, P_K(t) of ambient dimension D.
	 *
	 * @param ambientDim D ≥ 2
	 * @param maxDegree  K ≥ 0
	 * @param t          finite argument, normally in [−1, 1]
	 * @return a new array of length K + 1
	 * @throws IllegalArgumentException when D &lt; 2, K &lt; 0 or t is not finite
	 */
	public static double[] values(int ambientDim, int maxDegree, double t) {
		return new Gegenbauer(ambientDim, maxDegree).evaluate(t, new double[maxDegree + 1]);
	}

	private static void checkDegree(int degree) {
		if (degree < 0) {
			throw new IllegalArgumentException("degree must be >= 0, got " + degree);
		}
	}

	private static void checkArgument(double t) {
		if (!Double.isFinite(t)) {
			throw new IllegalArgumentException("argument t must be finite, got " + t);
		}
	}
}

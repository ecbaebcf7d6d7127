package org.spectralbias.math.sphere;

import java.math.BigInteger;
import java.util.Arrays;

import org.spectralbias.math.special.HarmonicDimension;

/**
 * The Funk–Hecke spectrum of a dot-product kernel under the uniform probability measure on S^{D−1}: eigenvalue μ_k
 * of degree k (k = 0..K) with multiplicity N(D, k), and an estimate of the absolute round-off error of each μ_k.
 * Produced by {@link SphereSpectrum}; immutable (arrays are copied in and out) and safe to share between threads.
 *
 * @param ambientDim     D ≥ 2 (the paper's sphere dimension is d = D − 1)
 * @param eigenvalues    μ_0, …, μ_K, in the kernel's units
 * @param roundoffBounds per degree, an estimate of |computed μ_k − exact μ_k| from round-off, ≥ 0
 * @param nodes          the number of Gauss–Legendre nodes used in θ ∈ [0, π/2]
 */
public record Spectrum(int ambientDim, double[] eigenvalues, double[] roundoffBounds, int nodes) {

	/**
	 * Validates and copies.
	 *
	 * @throws IllegalArgumentException when D &lt; 2, the array is null or empty, or nodes &lt; 1
	 */
	public Spectrum {
		if (ambientDim < 2) {
			throw new IllegalArgumentException("ambient dimension D must be >= 2, got " + ambientDim);
		}
		if (eigenvalues == null || eigenvalues.length == 0) {
			throw new IllegalArgumentException("need at least the degree-0 eigenvalue");
		}
		if (nodes < 1) {
			throw new IllegalArgumentException("node count must be >= 1, got " + nodes);
		}
		if (roundoffBounds == null || roundoffBounds.length != eigenvalues.length) {
			throw new IllegalArgumentException("need one round-off bound per eigenvalue");
		}
		eigenvalues = eigenvalues.clone();
		roundoffBounds = roundoffBounds.clone();
	}

	/** @return a copy of the round-off bounds, one per degree */
	@Override
	public double[] roundoffBounds() {
		return roundoffBounds.clone();
	}

	/**
	 * @param degree 0 ≤ k ≤ K
	 * @return an estimate of the absolute round-off error of μ_k (not including quadrature error)
	 */
	public double roundoffBound(int degree) {
		return roundoffBounds[degree];
	}

	/**
	 * @param degree 0 ≤ k ≤ K
	 * @return whether |μ_k| exceeds its round-off bound, i.e. μ_k is distinguishable from zero
	 */
	public boolean resolved(int degree) {
		return Math.abs(eigenvalues[degree]) > roundoffBounds[degree];
	}

	/** @return a copy of μ_0, …, μ_K */
	@Override
	public double[] eigenvalues() {
		return eigenvalues.clone();
	}

	/** @return K, the largest degree */
	public int maxDegree() {
		return eigenvalues.length - 1;
	}

	/**
	 * @param degree 0 ≤ k ≤ K
	 * @return μ_k
	 */
	public double eigenvalue(int degree) {
		return eigenvalues[degree];
	}

	/**
	 * @param degree k ≥ 0
	 * @return N(D, k) exactly
	 */
	public BigInteger multiplicity(int degree) {
		return HarmonicDimension.exact(ambientDim, degree);
	}

	/** @return N(D, 0), …, N(D, K) exactly */
	public BigInteger[] multiplicities() {
		BigInteger[] result = new BigInteger[eigenvalues.length];
		for (int k = 0; k < result.length; k++) {
			result[k] = multiplicity(k);
		}
		return result;
	}

	/** @return N(D, 0), …, N(D, K) as correctly rounded doubles, +∞ where they overflow */
	public double[] multiplicitiesApprox() {
		double[] result = new double[eigenvalues.length];
		for (int k = 0; k < result.length; k++) {
			result[k] = HarmonicDimension.approx(ambientDim, k);
		}
		return result;
	}

	/**
	 * Σ N(D, k) μ_k over the resolved degrees k ≤ K (unresolved μ_k are indistinguishable from zero and left out),
	 * the truncated Mercer series of κ(⟨x, x⟩) = κ(1). It tends to κ(1) as K → ∞; for the ReLU NTK slowly, since the
	 * terms decay like k^{−2} and the tail after K is of order 1/K. Terms whose multiplicity overflows a double are
	 * formed in logarithms.
	 *
	 * @return the truncated trace
	 */
	public double traceSum() {
		double sum = 0;
		double compensation = 0;
		for (int k = 0; k < eigenvalues.length; k++) {
			if (!resolved(k)) {
				continue;
			}
			double term = weighted(k, eigenvalues[k]);
			double t = sum + term;
			compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
			sum = t;
		}
		return sum + compensation;
	}

	/**
	 * Σ_{k ≤ K} N(D, k) · {@link #roundoffBound(int)}: how far round-off (including the left-out unresolved degrees)
	 * may move {@link #traceSum()}. It grows with N(D, k) and is large for high D and K.
	 *
	 * @return the uncertainty of the truncated trace, ≥ 0, possibly +∞
	 */
	public double traceSumUncertainty() {
		double sum = 0;
		for (int k = 0; k < eigenvalues.length; k++) {
			sum += weighted(k, roundoffBounds[k]);
		}
		return sum;
	}

	private double weighted(int k, double value) {
		if (value == 0) {
			return 0;
		}
		double n = HarmonicDimension.approx(ambientDim, k);
		if (Double.isFinite(n)) {
			return n * value;
		}
		return Math.copySign(Math.exp(HarmonicDimension.log(ambientDim, k) + Math.log(Math.abs(value))), value);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Spectrum s && s.ambientDim == ambientDim && s.nodes == nodes
				&& Arrays.equals(s.eigenvalues, eigenvalues);
	}

	@Override
	public int hashCode() {
		return (31 * ambientDim + nodes) * 31 + Arrays.hashCode(eigenvalues);
	}

	@Override
	public String toString() {
		return "Spectrum[D=" + ambientDim + ", K=" + maxDegree() + ", nodes=" + nodes + "]";
	}
}

package org.spectralbias.math.target;

/**
 * A zonal target f*(x) = g(⟨ζ, x⟩) about a unit direction ζ, with its Gegenbauer (Funk–Hecke) expansion
 * <pre>
 *   g(t) = Σ_k b_k P_k(t),   b_k = N(D, k) E[g(t) P_k(t)],
 * </pre>
 * the expectation being under the projection density c_D (1 − t²)^{(D−3)/2} of the uniform law
 * ({@link org.spectralbias.math.special.GegenbauerWeight}). Then E[f*²] = Σ_k b_k²/N(D, k) (Parseval) and the
 * degree-k part of f* is b_k P_k(⟨ζ, x⟩).
 * <p>
 * Implementations are immutable and safe for concurrent use.
 */
public interface ZonalFunction extends Target {

	/** @return a copy of the unit direction ζ */
	double[] direction();

	/**
	 * The profile g with f*(x) = g(⟨ζ, x⟩).
	 *
	 * @param t the cosine ⟨ζ, x⟩, normally in [−1, 1]
	 * @return g(t)
	 */
	double profile(double t);

	/**
	 * b_0, …, b_K of the Gegenbauer expansion.
	 *
	 * @param maxDegree K ≥ 0
	 * @return a new array of length K + 1
	 * @throws IllegalArgumentException when K &lt; 0
	 */
	double[] gegenbauerCoefficients(int maxDegree);
}

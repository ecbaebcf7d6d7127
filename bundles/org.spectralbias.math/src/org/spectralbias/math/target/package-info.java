/**
 * Target functions f* on the unit sphere S^{D−1} ⊂ R^D for the spectral-bias experiments of Cao et al. (§5): sums of
 * zonal Gegenbauer terms a P_k(⟨ζ, x⟩) ({@link org.spectralbias.math.target.GegenbauerSum}, the paper's degree-1, 2, 4
 * targets), unit-norm zonal harmonics ({@link org.spectralbias.math.target.ZonalHarmonic}) and the paper's "simple
 * functions" ({@link org.spectralbias.math.target.CosineTarget},
 * {@link org.spectralbias.math.target.EvenPolynomial}) with their exact Gegenbauer expansions, so that residuals can be
 * projected per degree.
 * <p>
 * P_k is the normalised Gegenbauer polynomial of {@link org.spectralbias.math.special.Gegenbauer} (P_k(1) = 1), with
 * E[P_k(⟨ζ, x⟩)²] = 1/N(D, k) for x uniform. Every class is immutable and safe for concurrent use.
 */
package org.spectralbias.math.target;

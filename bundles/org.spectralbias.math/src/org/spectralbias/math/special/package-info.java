/**
 * Special functions for harmonic analysis on the sphere S^{D−1} ⊂ R^D:
 * {@link org.spectralbias.math.special.Gegenbauer} (normalised Gegenbauer polynomials, P_k(1) = 1),
 * {@link org.spectralbias.math.special.GegenbauerWeight} (their weight and the constant c_D) and
 * {@link org.spectralbias.math.special.HarmonicDimension} (the multiplicities N(D, k)). D always denotes the ambient
 * dimension; the paper's sphere dimension is d = D − 1. Also the fast error function
 * {@link org.spectralbias.math.special.ErrorFunction} (erf, erfc) behind the erf and GELU activations.
 */
package org.spectralbias.math.special;

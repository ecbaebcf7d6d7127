/**
 * Harmonic analysis of dot-product kernels on the unit sphere S^{D−1} ⊂ R^D under the uniform probability measure:
 * Funk–Hecke spectra ({@link org.spectralbias.math.sphere.SphereSpectrum},
 * {@link org.spectralbias.math.sphere.Spectrum}),
 * uniform sampling ({@link org.spectralbias.math.sphere.SphereSampling}) and decay exponents
 * ({@link org.spectralbias.math.sphere.DecaySlopes}). D is the ambient dimension; the paper's sphere dimension is
 * d = D − 1.
 */
package org.spectralbias.math.sphere;

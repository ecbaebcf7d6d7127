/**
 * Input distributions on the unit sphere S^{D−1} ⊂ R^D for the misspecification experiments of Cao et al. (§5): the
 * uniform law ({@link org.spectralbias.math.distribution.UniformSphere}), the non-isotropic Gaussian
 * ({@link org.spectralbias.math.distribution.AnisotropicGaussian}) and the Gaussian mixture
 * ({@link org.spectralbias.math.distribution.GaussianMixture}) normalised onto the sphere, the piecewise-uniform law
 * ({@link org.spectralbias.math.distribution.PiecewiseUniform}) and von Mises–Fisher mixtures
 * ({@link org.spectralbias.math.distribution.VonMisesFisherMixture}), all behind
 * {@link org.spectralbias.math.distribution.SphereSampler}.
 * <p>
 * Points are {@code double[]} of length D (the ambient dimension; the paper's sphere dimension is d = D − 1), sets of
 * points {@code double[n][D]}. Densities are relative to the uniform probability measure on the sphere (1 for the
 * uniform law). Randomness comes only from the {@link java.util.random.RandomGenerator} passed to a call, so a seeded
 * generator reproduces a draw exactly. Every sampler is immutable and safe for concurrent use.
 */
package org.spectralbias.math.distribution;

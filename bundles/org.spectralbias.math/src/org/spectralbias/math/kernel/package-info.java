/**
 * Kernels on R^D and on the unit sphere S^{D−1}: {@link org.spectralbias.math.kernel.PairKernel},
 * {@link org.spectralbias.math.kernel.DotProductKernel} (κ(t), t = ⟨x, x'⟩), the paper's ReLU NTK
 * ({@link org.spectralbias.math.kernel.ReluNtk}), arc-cosine kernels, the NTK and NNGP of a two-layer network with
 * any activation, Laplace and Gaussian kernels, a Chebyshev interpolant for expensive κ, and the empirical NTK of a
 * finite random network. All kernels are immutable and safe for concurrent use.
 */
package org.spectralbias.math.kernel;

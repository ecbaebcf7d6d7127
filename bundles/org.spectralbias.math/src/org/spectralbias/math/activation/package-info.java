/**
 * Activation functions and their Gaussian duals E[σ(u)σ(v)] and E[σ'(u)σ'(v)], the building blocks of two-layer NNGP
 * and NTK kernels: {@link org.spectralbias.math.activation.ActivationFunction}, closed forms for ReLU, leaky ReLU,
 * erf, sin and GELU, numerical duals for tanh, softplus and any third-party activation by
 * {@link org.spectralbias.math.activation.GaussianExpectation}. All classes are immutable or stateless and safe for
 * concurrent use.
 */
package org.spectralbias.math.activation;

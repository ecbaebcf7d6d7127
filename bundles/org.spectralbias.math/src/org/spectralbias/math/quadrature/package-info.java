/**
 * Gaussian quadrature rules: {@link org.spectralbias.math.quadrature.QuadratureRule},
 * {@link org.spectralbias.math.quadrature.GaussLegendre} on intervals and
 * {@link org.spectralbias.math.quadrature.GaussHermite} for standard-normal expectations. Rules are immutable and
 * cached; every class is safe for concurrent use.
 */
package org.spectralbias.math.quadrature;

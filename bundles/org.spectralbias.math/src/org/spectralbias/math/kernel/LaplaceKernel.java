package org.spectralbias.math.kernel;

import org.spectralbias.math.activation.AngularIntegrals;

/**
 * The Laplace kernel k(x, y) = exp(−‖x − y‖/ℓ); on the unit sphere ‖x − y‖ = √(2 − 2t), so
 * κ(t) = exp(−√(2 − 2t)/ℓ). Geifman et al. (NeurIPS 2020) and Chen &amp; Xu (ICLR 2021) show its spectrum on the sphere decays like
 * the ReLU NTK's, which makes it the usual baseline.
 * <p>
 * {@link #value} uses the true distance for any inputs. Thread safety: immutable.
 */
public final class LaplaceKernel implements DotProductKernel {

	private final double lengthscale;

	/**
	 * @param lengthscale ℓ, finite, &gt; 0 (in input units)
	 * @throws IllegalArgumentException when ℓ is not finite and positive
	 */
	public LaplaceKernel(double lengthscale) {
		this.lengthscale = GaussianKernel.requireLengthscale(lengthscale);
	}

	/** @return ℓ */
	public double lengthscale() {
		return lengthscale;
	}

	@Override
	public double kappa(double t) {
		double c = AngularIntegrals.clampCosine(t);
		return Math.exp(-Math.sqrt(2.0 - 2.0 * c) / lengthscale);
	}

	@Override
	public double value(double[] x, double[] y) {
		return Math.exp(-Math.sqrt(GaussianKernel.squaredDistance(x, y)) / lengthscale);
	}

	@Override
	public String toString() {
		return "LaplaceKernel(" + lengthscale + ")";
	}
}

package org.spectralbias.math.kernel;

import org.spectralbias.math.activation.AngularIntegrals;

/**
 * The Gaussian (squared-exponential) kernel k(x, y) = exp(−‖x − y‖²/(2ℓ²)); on the unit sphere
 * κ(t) = exp(−(1 − t)/ℓ²). Its spectrum on the sphere decays faster than any power of the degree.
 * <p>
 * {@link #value} uses the true distance for any inputs. Thread safety: immutable.
 */
public final class GaussianKernel implements DotProductKernel {

	private final double lengthscale;

	/**
	 * @param lengthscale ℓ, finite, &gt; 0 (in input units)
	 * @throws IllegalArgumentException when ℓ is not finite and positive
	 */
	public GaussianKernel(double lengthscale) {
		this.lengthscale = requireLengthscale(lengthscale);
	}

	static double requireLengthscale(double lengthscale) {
		if (!(lengthscale > 0.0) || !Double.isFinite(lengthscale)) {
			throw new IllegalArgumentException("lengthscale must be finite and > 0, got " + lengthscale);
		}
		return lengthscale;
	}

	static double squaredDistance(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("points must have the same dimension, got " + x.length + " and "
					+ y.length);
		}
		double sum = 0.0;
		for (int i = 0; i < x.length; i++) {
			double d = x[i] - y[i];
			sum += d * d;
		}
		return sum;
	}

	/** @return ℓ */
	public double lengthscale() {
		return lengthscale;
	}

	@Override
	public double kappa(double t) {
		double c = AngularIntegrals.clampCosine(t);
		return Math.exp(-(1.0 - c) / (lengthscale * lengthscale));
	}

	@Override
	public double value(double[] x, double[] y) {
		return Math.exp(-GaussianKernel.squaredDistance(x, y) / (2.0 * lengthscale * lengthscale));
	}

	@Override
	public String toString() {
		return "GaussianKernel(" + lengthscale + ")";
	}
}

package org.spectralbias.math.sphere;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.spectralbias.math.Progress;

/**
 * Log–log least-squares slopes of eigenvalue decay: over the degree k at fixed ambient dimension D, and over the
 * sphere dimension d = D − 1 at fixed degree, beside the exponents the paper states (see
 * {@link ExponentComparison}). Points with a non-positive or non-finite value, and eigenvalues a {@link Spectrum}
 * marks unresolved (for example the vanishing odd degrees of the ReLU NTK), are skipped rather than fitted.
 * <p>
 * Thread safety: stateless; safe for concurrent use provided the kernel is.
 */
public final class DecaySlopes {

	private DecaySlopes() {
	}

	/**
	 * Fits ln y = a + b ln x over the pairs with finite x > 0 and y > 0.
	 *
	 * @param x abscissae
	 * @param y ordinates, same length
	 * @return the fit over the pairs used
	 * @throws IllegalArgumentException when the lengths differ or fewer than two distinct x remain
	 */
	public static LogLogFit fit(double[] x, double[] y) {
		if (x == null || y == null || x.length != y.length) {
			throw new IllegalArgumentException("need as many x as y values");
		}
		int used = 0;
		double[] ux = new double[x.length];
		double[] uy = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			if (x[i] > 0 && y[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
				ux[used] = x[i];
				uy[used] = y[i];
				used++;
			}
		}
		ux = Arrays.copyOf(ux, used);
		uy = Arrays.copyOf(uy, used);
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < used; i++) {
			meanX += Math.log(ux[i]);
			meanY += Math.log(uy[i]);
		}
		meanX /= Math.max(used, 1);
		meanY /= Math.max(used, 1);
		double sxx = 0;
		double sxy = 0;
		double syy = 0;
		for (int i = 0; i < used; i++) {
			double dx = Math.log(ux[i]) - meanX;
			double dy = Math.log(uy[i]) - meanY;
			sxx += dx * dx;
			sxy += dx * dy;
			syy += dy * dy;
		}
		if (used < 2 || sxx == 0) {
			throw new IllegalArgumentException("a log-log fit needs at least two positive points with distinct x, got "
					+ used + " usable of " + x.length);
		}
		double slope = sxy / sxx;
		double intercept = meanY - slope * meanX;
		double residual = 0;
		for (int i = 0; i < used; i++) {
			double r = Math.log(uy[i]) - intercept - slope * Math.log(ux[i]);
			residual += r * r;
		}
		double rSquared = syy == 0 ? 1.0 : 1.0 - residual / syy;
		return new LogLogFit(slope, intercept, rSquared, ux, uy);
	}

	/**
	 * Slope of ln μ_k against ln k over the given degrees.
	 *
	 * @param eigenvalues μ_0, μ_1, … indexed by degree
	 * @param degrees     the degrees to use, each in [1, eigenvalues.length)
	 * @return the fit over the degrees whose μ_k > 0
	 * @throws IllegalArgumentException when a degree is out of range or fewer than two points remain
	 */
	public static LogLogFit overDegree(double[] eigenvalues, int[] degrees) {
		double[] x = new double[degrees.length];
		double[] y = new double[degrees.length];
		for (int i = 0; i < degrees.length; i++) {
			int k = degrees[i];
			if (k < 1 || k >= eigenvalues.length) {
				throw new IllegalArgumentException("degree " + k + " outside [1, " + (eigenvalues.length - 1) + "]");
			}
			x[i] = k;
			y[i] = eigenvalues[k];
		}
		return fit(x, y);
	}

	/**
	 * Slope of ln μ_k against ln k for k = from..to, skipping unresolved and non-positive μ_k.
	 *
	 * @param spectrum   the spectrum
	 * @param fromDegree first degree, ≥ 1
	 * @param toDegree   last degree, ≤ K
	 * @return the fit
	 * @throws IllegalArgumentException when the range is invalid or fewer than two points remain
	 */
	public static LogLogFit overDegree(Spectrum spectrum, int fromDegree, int toDegree) {
		if (fromDegree < 1 || toDegree > spectrum.maxDegree() || fromDegree > toDegree) {
			throw new IllegalArgumentException("degree range [" + fromDegree + ", " + toDegree + "] not within [1, "
					+ spectrum.maxDegree() + "]");
		}
		int n = toDegree - fromDegree + 1;
		double[] x = new double[n];
		double[] y = new double[n];
		for (int k = fromDegree; k <= toDegree; k++) {
			x[k - fromDegree] = k;
			y[k - fromDegree] = spectrum.resolved(k) ? spectrum.eigenvalue(k) : 0.0;
		}
		return fit(x, y);
	}

	/**
	 * Slope of ln μ_k(D) against ln d, d = D − 1, from precomputed values.
	 *
	 * @param ambientDims D values, each ≥ 2
	 * @param eigenvalues μ_k at those D, same length
	 * @return the fit over the positive values
	 */
	public static LogLogFit overDimension(int[] ambientDims, double[] eigenvalues) {
		double[] x = new double[ambientDims.length];
		for (int i = 0; i < x.length; i++) {
			if (ambientDims[i] < 2) {
				throw new IllegalArgumentException("ambient dimension D must be >= 2, got " + ambientDims[i]);
			}
			x[i] = ambientDims[i] - 1.0;
		}
		return fit(x, eigenvalues);
	}

	/**
	 * Slope of ln μ_k(D) against ln d, d = D − 1, computing μ_k by {@link SphereSpectrum} at each D and skipping
	 * unresolved values.
	 *
	 * @param kappa       the dot-product kernel on [−1, 1]
	 * @param degree      k ≥ 0
	 * @param ambientDims D values, each ≥ 2
	 * @param progress    progress and cancellation, one unit per dimension
	 * @return the fit
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	public static LogLogFit overDimension(DoubleUnaryOperator kappa, int degree, int[] ambientDims,
			Progress progress) {
		progress.begin("eigenvalue of degree " + degree + " at " + ambientDims.length + " dimensions",
				ambientDims.length);
		double[] mu = new double[ambientDims.length];
		for (int i = 0; i < ambientDims.length; i++) {
			progress.checkCancelled();
			Spectrum s = SphereSpectrum.compute(kappa, ambientDims[i], degree);
			mu[i] = s.resolved(degree) ? s.eigenvalue(degree) : 0.0;
			progress.worked(1);
		}
		return overDimension(ambientDims, mu);
	}

	/**
	 * The paper's exponent over degree at fixed D: μ_k = Ω(k^{−d−1}) for k ≫ d, i.e. −d − 1 = −D.
	 *
	 * @param ambientDim D ≥ 2
	 * @return −D
	 */
	public static double paperDegreeExponent(int ambientDim) {
		if (ambientDim < 2) {
			throw new IllegalArgumentException("ambient dimension D must be >= 2, got " + ambientDim);
		}
		return -ambientDim;
	}

	/**
	 * The paper's exponent over the sphere dimension at fixed degree: μ_k = Ω(d^{−k+1}) for d ≫ k, i.e. −k + 1.
	 *
	 * @param degree k ≥ 0
	 * @return 1 − k
	 */
	public static double paperDimensionExponent(int degree) {
		if (degree < 0) {
			throw new IllegalArgumentException("degree must be >= 0, got " + degree);
		}
		return 1.0 - degree;
	}

	/**
	 * The measured slope over degrees from..to beside the paper's −D.
	 *
	 * @param spectrum   the spectrum
	 * @param fromDegree first degree, ≥ 1
	 * @param toDegree   last degree, ≤ K
	 * @return measured and stated exponents
	 */
	public static ExponentComparison compareOverDegree(Spectrum spectrum, int fromDegree, int toDegree) {
		int dim = spectrum.ambientDim();
		String statement = String.format(Locale.ROOT,
				"paper: mu_k = Omega(k^(-d-1)) for k >> d; here d = %d (D = %d), exponent %d", dim - 1, dim, -dim);
		return new ExponentComparison(overDegree(spectrum, fromDegree, toDegree), paperDegreeExponent(dim), statement);
	}

	/**
	 * The measured slope over dimensions beside the paper's −k + 1.
	 *
	 * @param kappa       the dot-product kernel on [−1, 1]
	 * @param degree      k ≥ 0
	 * @param ambientDims D values, each ≥ 2
	 * @param progress    progress and cancellation
	 * @return measured and stated exponents
	 */
	public static ExponentComparison compareOverDimension(DoubleUnaryOperator kappa, int degree, int[] ambientDims,
			Progress progress) {
		String statement = String.format(Locale.ROOT,
				"paper: mu_k = Omega(d^(-k+1)) for d >> k, d = D - 1; here k = %d, exponent %d", degree, 1 - degree);
		return new ExponentComparison(overDimension(kappa, degree, ambientDims, progress),
				paperDimensionExponent(degree), statement);
	}
}

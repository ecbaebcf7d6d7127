package org.spectralbias.math.sphere;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A least-squares line ln y = intercept + slope · ln x through the points actually used, so that y ≈ e^intercept
 * x^slope. Produced by {@link DecaySlopes}; immutable (arrays copied in and out) and safe to share.
 *
 * @param slope     the fitted exponent
 * @param intercept the fitted ln y at x = 1
 * @param rSquared  coefficient of determination of the fit in log–log coordinates, ≤ 1 (1 when all ln y are equal
 *                  and fitted exactly)
 * @param x         the abscissae used (degrees k, or sphere dimensions d), all > 0
 * @param y         the ordinates used (eigenvalues), all > 0
 */
public record LogLogFit(double slope, double intercept, double rSquared, double[] x, double[] y) {

	/**
	 * Copies the arrays.
	 *
	 * @throws IllegalArgumentException when the arrays are null or differ in length
	 */
	public LogLogFit {
		if (x == null || y == null || x.length != y.length) {
			throw new IllegalArgumentException("need as many x as y values");
		}
		x = x.clone();
		y = y.clone();
	}

	/** @return a copy of the abscissae used */
	@Override
	public double[] x() {
		return x.clone();
	}

	/** @return a copy of the ordinates used */
	@Override
	public double[] y() {
		return y.clone();
	}

	/** @return the number of points used, ≥ 2 */
	public int size() {
		return x.length;
	}

	/**
	 * @param at x > 0
	 * @return the fitted e^intercept · at^slope
	 */
	public double predict(double at) {
		return Math.exp(intercept + slope * Math.log(at));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LogLogFit f && Double.compare(f.slope, slope) == 0
				&& Double.compare(f.intercept, intercept) == 0 && Double.compare(f.rSquared, rSquared) == 0
				&& Arrays.equals(f.x, x) && Arrays.equals(f.y, y);
	}

	@Override
	public int hashCode() {
		return Objects.hash(slope, intercept, rSquared, Arrays.hashCode(x), Arrays.hashCode(y));
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "LogLogFit[slope=%.4f, intercept=%.4f, R²=%.6f, n=%d]", slope, intercept, rSquared,
				x.length);
	}
}

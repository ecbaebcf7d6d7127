package org.spectralbias.analyses;

/**
 * Fits the per-step exponential decay rate of a projection curve a(t) ≈ a(0)·e^{−ρt} over a window chosen from the
 * curve itself, and finds when it first falls to a fraction of its start.
 * <p>
 * Window: measured from the curve's peak a_max (a(0), unless energy leaking in from other degrees first makes the
 * projection grow), from the last recorded step with a(t)/a_max ≥ {@value #WINDOW_START} (so a start-up transient
 * is left out) to the first step at which a(t)/a_max ≤ {@value #WINDOW_END}, i.e. the first decade of decay. Later the
 * projection levels off where the finite sample's eigenvectors mix degrees (the leakage floor), so a longer window
 * would measure the floor rather than the rate. At least three points, otherwise the first three recorded points. ρ is minus the
 * least-squares slope of ln a(t) against t. Plain Java; thread-safe.
 */
public final class DecayFit {

	/** Ratio to the start at which the window starts. */
	public static final double WINDOW_START = 0.9;

	/** Ratio to the start at which the window ends. */
	public static final double WINDOW_END = 0.1;

	/**
	 * A fitted rate.
	 *
	 * @param rate      ρ, per step (positive when the curve decays)
	 * @param fromStep  first step of the window
	 * @param toStep    last step of the window
	 * @param points    recorded points in the window
	 */
	public record Rate(double rate, int fromStep, int toStep, int points) {
	}

	private DecayFit() {
	}

	/**
	 * @param steps recorded steps, increasing
	 * @param a     the curve at those steps (non-negative)
	 * @return the fitted rate; NaN rate when the curve starts at 0 or has fewer than two usable points
	 */
	public static Rate fit(int[] steps, double[] a) {
		int peak = 0;
		for (int i = 1; i < a.length; i++) {
			if (a[i] > a[peak]) {
				peak = i;
			}
		}
		double a0 = a[peak];
		if (!(a0 > 0)) {
			return new Rate(Double.NaN, 0, 0, 0);
		}
		int from = peak;
		for (int i = peak; i < a.length && a[i] / a0 >= WINDOW_START; i++) {
			from = i;
		}
		int to = from;
		while (to + 1 < a.length && a[to] / a0 > WINDOW_END && a[to + 1] > 0) {
			to++;
		}
		if (to - from < 2) {
			from = Math.max(0, Math.min(peak, a.length - 3));
			to = Math.min(a.length - 1, from + 2);
		}
		double sx = 0, sy = 0, sxx = 0, sxy = 0;
		int k = 0;
		for (int i = from; i <= to; i++) {
			if (!(a[i] > 0)) {
				continue;
			}
			double x = steps[i];
			double y = Math.log(a[i]);
			sx += x;
			sy += y;
			sxx += x * x;
			sxy += x * y;
			k++;
		}
		if (k < 2) {
			return new Rate(Double.NaN, steps[from], steps[to], k);
		}
		double slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
		return new Rate(-slope, steps[from], steps[to], k);
	}

	/**
	 * @param steps    recorded steps, increasing
	 * @param a        the curve
	 * @param fraction e.g. 0.1
	 * @return the first step at which a(t) ≤ fraction·a(0), interpolated log-linearly between recorded steps; NaN
	 *         when it never gets there
	 */
	public static double stepsToFraction(int[] steps, double[] a, double fraction) {
		double level = fraction * a[0];
		for (int i = 1; i < a.length; i++) {
			if (a[i] <= level) {
				if (!(a[i - 1] > level) || !(a[i] > 0)) {
					return steps[i];
				}
				double u = Math.log(a[i - 1] / level) / Math.log(a[i - 1] / a[i]);
				return steps[i - 1] + u * (steps[i] - steps[i - 1]);
			}
		}
		return Double.NaN;
	}

	/**
	 * @param etaEff η_eff
	 * @param mu     an eigenvalue μ
	 * @return −ln|1 − η_eff μ|, the per-step rate at which the linear model contracts that eigendirection
	 */
	public static double predictedRate(double etaEff, double mu) {
		return 0.0 - Math.log(Math.abs(1 - etaEff * mu)); // 0.0 − … keeps μ = 0 at +0.0, not −0.0
	}
}

package org.spectralbias.runs;

import java.util.Locale;

/** Formats numbers for people: three significant digits, scientific notation outside [10⁻³, 10⁵). */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * @param v a number
	 * @return e.g. {@code 0.169}, {@code 2.22e-04}, {@code 12706}, {@code —} for NaN
	 */
	public static String format(double v) {
		if (Double.isNaN(v)) {
			return "—";
		}
		if (Double.isInfinite(v)) {
			return v > 0 ? "∞" : "−∞";
		}
		double a = Math.abs(v);
		if (a == 0) {
			return "0";
		}
		if (v == Math.rint(v) && a < 1e15) {
			return Long.toString((long) v);
		}
		if (a >= 1e-3 && a < 1e5) {
			if (a >= 1000) {
				return String.format(Locale.ROOT, "%.0f", v);
			}
			return String.format(Locale.ROOT, "%.3g", v);
		}
		return String.format(Locale.ROOT, "%.2e", v);
	}

	/**
	 * @param seconds a duration
	 * @return e.g. {@code 0.42 s}, {@code 3 min 12 s}
	 */
	public static String seconds(double seconds) {
		if (Double.isNaN(seconds)) {
			return "—";
		}
		if (seconds < 60) {
			return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds);
		}
		long s = Math.round(seconds);
		return s / 3600 > 0 ? String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60)
				: String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
	}

	/**
	 * @param fraction a share in [0, 1]
	 * @return e.g. {@code 98.2%}, {@code 0.03%}, {@code 100%}
	 */
	public static String percent(double fraction) {
		if (Double.isNaN(fraction)) {
			return "—";
		}
		double p = 100 * fraction;
		String s = String.format(Locale.ROOT, Math.abs(p) >= 10 || p == 0 ? "%.1f" : "%.2g", p);
		if (s.contains(".") && !s.contains("e")) {
			s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return s + "%";
	}
}

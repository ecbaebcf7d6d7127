package org.spectralbias.ui.charts;

import org.spectralbias.report.chart.Range;

/**
 * Zoom arithmetic for one axis, in the axis' own geometry: linear axes zoom in the values, logarithmic axes in
 * log₁₀ of the values, so that a log axis keeps the point under the mouse fixed and scales every decade alike.
 * Plain Java, stateless.
 */
public final class AxisZoom {

	/** The narrowest range a zoom may reach, relative to the range's magnitude (linear) or in decades (log). */
	public static final double MIN_SPAN = 1e-9;

	private AxisZoom() {
	}

	/**
	 * @param range  the visible range
	 * @param log    whether the axis is logarithmic
	 * @param anchor the value that stays in place (inside the range)
	 * @param factor the new span over the old span (&lt; 1 zooms in, &gt; 1 out), positive
	 * @return the new range
	 */
	public static Range zoom(Range range, boolean log, double anchor, double factor) {
		if (!(factor > 0) || !Double.isFinite(factor)) {
			throw new IllegalArgumentException("zoom factor must be positive, got " + factor);
		}
		double lo = to(range.min(), log);
		double hi = to(range.max(), log);
		double a = Math.max(lo, Math.min(hi, to(anchor, log)));
		double newLo = a - (a - lo) * factor;
		double newHi = a + (hi - a) * factor;
		return between(newLo, newHi, log);
	}

	/**
	 * @param from one end of a dragged interval
	 * @param to   the other end
	 * @param log  whether the axis is logarithmic
	 * @return the range between the two values (in either order)
	 */
	public static Range span(double from, double to, boolean log) {
		return between(to(Math.min(from, to), log), to(Math.max(from, to), log), log);
	}

	private static Range between(double lo, double hi, boolean log) {
		double min = log ? MIN_SPAN : MIN_SPAN * Math.max(1e-300, Math.max(Math.abs(lo), Math.abs(hi)));
		if (hi - lo < min) {
			double mid = (lo + hi) / 2;
			lo = mid - min / 2;
			hi = mid + min / 2;
		}
		return new Range(from(lo, log), from(hi, log));
	}

	private static double to(double v, boolean log) {
		return log ? Math.log10(v) : v;
	}

	private static double from(double v, boolean log) {
		return log ? Math.pow(10, v) : v;
	}
}

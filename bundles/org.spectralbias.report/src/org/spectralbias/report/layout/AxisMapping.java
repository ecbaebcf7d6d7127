package org.spectralbias.report.layout;

import org.spectralbias.report.chart.Range;
import org.spectralbias.report.chart.Scale;

/**
 * Maps data values of one axis to pixel positions, linearly in the value or in its log₁₀.
 */
final class AxisMapping {

	private final Scale scale;
	private final double lo;
	private final double hi;
	private final double from;
	private final double to;

	/**
	 * @param scale linear or log
	 * @param range the data range shown
	 * @param from pixel position of range.min
	 * @param to pixel position of range.max
	 */
	AxisMapping(Scale scale, Range range, double from, double to) {
		this.scale = scale;
		this.lo = transform(scale, range.min());
		this.hi = transform(scale, range.max());
		this.from = from;
		this.to = to;
	}

	private static double transform(Scale scale, double value) {
		return scale == Scale.LOG ? Math.log10(value) : value;
	}

	double toPixel(double value) {
		if (!scale.accepts(value)) {
			return Double.NaN;
		}
		double pixel = from + (transform(scale, value) - lo) / (hi - lo) * (to - from);
		return Double.isFinite(pixel) ? pixel : Double.NaN;
	}

	double toData(double pixel) {
		double t = lo + (pixel - from) / (to - from) * (hi - lo);
		return scale == Scale.LOG ? Math.pow(10, t) : t;
	}
}

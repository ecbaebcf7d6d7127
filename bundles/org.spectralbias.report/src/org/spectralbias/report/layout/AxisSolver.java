package org.spectralbias.report.layout;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Range;
import org.spectralbias.report.chart.Scale;

/**
 * Chooses an axis range and its ticks: the most ticks (up to a preferred count) whose labels do not overlap.
 */
final class AxisSolver {

	record Solution(Range range, List<Tick> ticks) {
	}

	private AxisSolver() {
	}

	/**
	 * @param axis the axis, with or without a fixed range
	 * @param dataMin smallest plottable data value, NaN when there is none
	 * @param dataMax largest plottable data value, NaN when there is none
	 * @param length axis length in pixels
	 * @param preferredTicks the most ticks (labels on a log axis) wanted, at least 2
	 * @param extent size of a label along the axis, in pixels
	 * @param gap least free space between neighbouring labels, in pixels
	 */
	static Solution solve(Axis axis, double dataMin, double dataMax, double length, int preferredTicks,
			ToDoubleFunction<String> extent, double gap) {
		Solution solution = null;
		for (int n = Math.max(2, preferredTicks); n >= 2; n--) {
			solution = candidate(axis, dataMin, dataMax, n);
			if (fits(axis.scale(), solution, length, extent, gap)) {
				return solution;
			}
		}
		return solution;
	}

	private static Solution candidate(Axis axis, double dataMin, double dataMax, int n) {
		if (axis.scale() == Scale.LOG) {
			Range range = axis.range().orElseGet(() -> autoLog(dataMin, dataMax));
			return new Solution(range, Ticks.log(range.min(), range.max(), n));
		}
		if (axis.range().isPresent()) {
			Range range = axis.range().get();
			return new Solution(range, Ticks.linear(range.min(), range.max(), n));
		}
		double lo = Double.isNaN(dataMin) ? 0 : dataMin;
		double hi = Double.isNaN(dataMax) ? 1 : dataMax;
		if (lo == hi) {
			double half = lo == 0 ? 1 : Math.abs(lo) * 0.1;
			lo -= half;
			hi += half;
		}
		BigDecimal step = Ticks.linearStep(lo, hi, n);
		Range range = Ticks.niceLinearRange(lo, hi, step);
		return new Solution(range, Ticks.linear(range.min(), range.max(), step));
	}

	private static Range autoLog(double dataMin, double dataMax) {
		if (Double.isNaN(dataMin)) {
			return new Range(1, 10);
		}
		if (dataMin == dataMax) {
			return Ticks.decadeRange(dataMin / Math.sqrt(10), dataMax * Math.sqrt(10));
		}
		return Ticks.decadeRange(dataMin, dataMax);
	}

	private static boolean fits(Scale scale, Solution solution, double length, ToDoubleFunction<String> extent,
			double gap) {
		AxisMapping mapping = new AxisMapping(scale, solution.range(), 0, length);
		double previousEnd = Double.NEGATIVE_INFINITY;
		for (Tick tick : solution.ticks()) {
			if (!tick.isMajor()) {
				continue;
			}
			double centre = mapping.toPixel(tick.value());
			double half = extent.applyAsDouble(tick.label()) / 2;
			if (centre - half < previousEnd + gap) {
				return false;
			}
			previousEnd = centre + half;
		}
		return true;
	}
}

package org.spectralbias.report.layout;

import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.Series;

/**
 * The bounding box of the plottable points of all series.
 */
final class DataExtent {

	private DataExtent() {
	}

	/**
	 * @param chart the chart
	 * @return {xMin, xMax, yMin, yMax} over the points {@link Chart#isPlottable} accepts, NaN when there are none
	 */
	static double[] of(Chart chart) {
		double[] box = { Double.NaN, Double.NaN, Double.NaN, Double.NaN };
		for (Series s : chart.series()) {
			for (int i = 0; i < s.size(); i++) {
				double x = s.x(i);
				double y = s.y(i);
				if (chart.isPlottable(x, y)) {
					box[0] = Double.isNaN(box[0]) ? x : Math.min(box[0], x);
					box[1] = Double.isNaN(box[1]) ? x : Math.max(box[1], x);
					box[2] = Double.isNaN(box[2]) ? y : Math.min(box[2], y);
					box[3] = Double.isNaN(box[3]) ? y : Math.max(box[3], y);
				}
			}
		}
		return box;
	}
}

package org.spectralbias.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.Series;

/**
 * The points of a model series that can be drawn on the chart's axes (finite, positive on a log axis), split into
 * the runs of consecutive drawable points: a line breaks where a point cannot be drawn, as in the report's
 * renderers. Plain Java, immutable.
 *
 * @param index    the series' index in the chart
 * @param segments runs of drawable points, each {x[], y[]}
 */
record PlottedSeries(int index, List<double[][]> segments) {

	/** @return the drawable parts of one series */
	static PlottedSeries of(Chart chart, int index) {
		Series s = chart.series().get(index);
		List<double[][]> segments = new ArrayList<>();
		boolean split = s.style().hasLine();
		List<double[]> current = new ArrayList<>();
		for (int i = 0; i < s.size(); i++) {
			if (chart.isPlottable(s.x(i), s.y(i))) {
				current.add(new double[] { s.x(i), s.y(i) });
			} else if (split && !current.isEmpty()) {
				segments.add(toArrays(current));
				current = new ArrayList<>();
			}
		}
		if (!current.isEmpty()) {
			segments.add(toArrays(current));
		}
		return new PlottedSeries(index, segments);
	}

	/** @return the number of drawable points */
	int points() {
		return segments.stream().mapToInt(s -> s[0].length).sum();
	}

	private static double[][] toArrays(List<double[]> points) {
		double[] x = new double[points.size()];
		double[] y = new double[points.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = points.get(i)[0];
			y[i] = points.get(i)[1];
		}
		return new double[][] { x, y };
	}
}

package org.spectralbias.report.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spectralbias.report.chart.Annotation;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Series;

/**
 * Pixel geometry of the data inside a plot area: clipped series polylines, marker positions, reference lines and
 * annotation placement.
 */
final class DataGeometry {

	private static final double MERGE_TOLERANCE = 0.2;
	private static final int REFERENCE_SAMPLES = 240;
	private static final double EDGE_TOLERANCE = 1e-6;
	private static final double ANNOTATION_OFFSET = 5;

	private final Rect plot;
	private final AxisMapping x;
	private final AxisMapping y;

	DataGeometry(Rect plot, AxisMapping x, AxisMapping y) {
		this.plot = plot;
		this.x = x;
		this.y = y;
	}

	List<double[]> polylines(Series s) {
		double margin = s.lineWidth();
		PolylineBuilder builder = new PolylineBuilder(new Rect(plot.x() - margin, plot.y() - margin,
				plot.width() + 2 * margin, plot.height() + 2 * margin), MERGE_TOLERANCE);
		for (int i = 0; i < s.size(); i++) {
			builder.add(x.toPixel(s.x(i)), y.toPixel(s.y(i)));
		}
		return builder.finish();
	}

	double[] markers(Series s) {
		double[] points = new double[2 * s.size()];
		int n = 0;
		for (int i = 0; i < s.size(); i++) {
			double px = x.toPixel(s.x(i));
			double py = y.toPixel(s.y(i));
			if (inside(px, py)) {
				points[n++] = px;
				points[n++] = py;
			}
		}
		return Arrays.copyOf(points, n);
	}

	/**
	 * @param line the reference line
	 * @param straight whether both axes are linear, so two points describe the line
	 */
	List<double[]> reference(ReferenceLine line, boolean straight) {
		PolylineBuilder builder = new PolylineBuilder(plot, MERGE_TOLERANCE);
		if (line.isVertical()) {
			double px = x.toPixel(line.verticalX());
			builder.add(px, plot.bottom());
			builder.add(px, plot.y());
			return builder.finish();
		}
		int samples = straight ? 1 : REFERENCE_SAMPLES;
		for (int i = 0; i <= samples; i++) {
			double px = plot.x() + plot.width() * i / samples;
			builder.add(px, y.toPixel(line.y(x.toData(px))));
		}
		return builder.finish();
	}

	/**
	 * Places each text up and right of its point, flipping left or below where it would leave the plot area; texts
	 * of points outside the plot area are dropped.
	 */
	List<PlacedText> annotations(List<Annotation> annotations, TextMetrics metrics) {
		double size = ChartLayout.ANNOTATION_SIZE;
		List<PlacedText> placed = new ArrayList<>();
		for (Annotation a : annotations) {
			double px = x.toPixel(a.x());
			double py = y.toPixel(a.y());
			if (a.text().isEmpty() || !inside(px, py)) {
				continue;
			}
			double w = metrics.width(a.text(), size, false);
			boolean before = px + ANNOTATION_OFFSET + w > plot.right();
			double baseline = py - ANNOTATION_OFFSET - TextMetrics.ASCENT * size < plot.y()
					? py + ANNOTATION_OFFSET + TextMetrics.ASCENT * size
					: py - ANNOTATION_OFFSET;
			placed.add(new PlacedText(a.text(), before ? px - ANNOTATION_OFFSET : px + ANNOTATION_OFFSET, baseline,
					new TextStyle(size, false, before ? Anchor.END : Anchor.START, 0, ChartLayout.INK)));
		}
		return List.copyOf(placed);
	}

	private boolean inside(double px, double py) {
		return px >= plot.x() - EDGE_TOLERANCE && px <= plot.right() + EDGE_TOLERANCE
				&& py >= plot.y() - EDGE_TOLERANCE && py <= plot.bottom() + EDGE_TOLERANCE;
	}
}

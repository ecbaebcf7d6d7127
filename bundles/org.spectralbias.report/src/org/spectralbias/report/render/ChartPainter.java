package org.spectralbias.report.render;

import java.util.List;

import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.MarkerShape;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.chart.Series;
import org.spectralbias.report.layout.ChartLayout;
import org.spectralbias.report.layout.Legend;
import org.spectralbias.report.layout.LegendEntry;
import org.spectralbias.report.layout.PlacedText;
import org.spectralbias.report.layout.Rect;
import org.spectralbias.report.layout.Tick;

/**
 * Draws a {@link ChartLayout} onto a {@link Canvas}, back to front: background, grid, reference lines, series
 * (lines clipped to the plot area, markers on top), frame and ticks, texts, annotations, legend. Stateless.
 */
public final class ChartPainter {

	/** Background of the figure and the legend. */
	public static final Rgb BACKGROUND = Rgb.WHITE;
	/** Plot frame and tick marks. */
	public static final Rgb FRAME = Rgb.of(0x333333);
	/** Grid lines at major ticks. */
	public static final Rgb GRID = Rgb.of(0xdddddd);
	/** Grid lines at minor ticks. */
	public static final Rgb MINOR_GRID = Rgb.of(0xf0f0f0);
	/** Legend frame. */
	public static final Rgb LEGEND_BORDER = Rgb.of(0xbbbbbb);

	private static final Stroke FRAME_STROKE = Stroke.solid(FRAME, 1);
	private static final Stroke GRID_STROKE = Stroke.solid(GRID, 0.8);
	private static final Stroke MINOR_GRID_STROKE = Stroke.solid(MINOR_GRID, 0.8);
	private static final Stroke LEGEND_STROKE = Stroke.solid(LEGEND_BORDER, 0.8);

	private ChartPainter() {
	}

	/**
	 * @param layout what to draw and where
	 * @param canvas where to draw
	 */
	public static void paint(ChartLayout layout, Canvas canvas) {
		Chart chart = layout.chart();
		Rect plot = layout.plotArea();
		canvas.rect(new Rect(0, 0, layout.width(), layout.height()), BACKGROUND, null);
		grid(layout, canvas);
		for (int i = 0; i < chart.referenceLines().size(); i++) {
			ReferenceLine line = chart.referenceLines().get(i);
			canvas.beginGroup("reference", line.label());
			canvas.beginClip(plot);
			Stroke stroke = Stroke.of(line.colour(), 1, line.pattern());
			layout.referenceLine(i).forEach(p -> canvas.polyline(p, stroke));
			canvas.endClip();
			canvas.endGroup();
		}
		for (int i = 0; i < chart.series().size(); i++) {
			series(layout, canvas, i);
		}
		axes(layout, canvas);
		canvas.beginGroup("annotations", "");
		layout.annotations().forEach(canvas::text);
		canvas.endGroup();
		layout.legend().ifPresent(legend -> legend(chart, legend, canvas));
	}

	private static void grid(ChartLayout layout, Canvas canvas) {
		Rect plot = layout.plotArea();
		canvas.beginGroup("grid", "");
		for (boolean major : new boolean[] { false, true }) {
			Stroke stroke = major ? GRID_STROKE : MINOR_GRID_STROKE;
			for (Tick tick : layout.xTicks()) {
				if (tick.isMajor() == major) {
					double px = layout.pixelX(tick.value());
					canvas.line(px, plot.y(), px, plot.bottom(), stroke);
				}
			}
			for (Tick tick : layout.yTicks()) {
				if (tick.isMajor() == major) {
					double py = layout.pixelY(tick.value());
					canvas.line(plot.x(), py, plot.right(), py, stroke);
				}
			}
		}
		canvas.endGroup();
	}

	private static void series(ChartLayout layout, Canvas canvas, int index) {
		Series s = layout.chart().series().get(index);
		Rgb colour = layout.chart().colour(index);
		canvas.beginGroup("series", s.name());
		List<double[]> lines = layout.seriesLines(index);
		if (!lines.isEmpty()) {
			Stroke stroke = Stroke.of(colour, s.lineWidth(), s.pattern());
			canvas.beginClip(layout.plotArea());
			lines.forEach(p -> canvas.polyline(p, stroke));
			canvas.endClip();
		}
		double[] points = layout.seriesMarkers(index);
		for (int i = 0; i + 1 < points.length; i += 2) {
			marker(canvas, s.marker(), points[i], points[i + 1], s.markerSize(), colour);
		}
		canvas.endGroup();
	}

	private static void axes(ChartLayout layout, Canvas canvas) {
		Rect plot = layout.plotArea();
		canvas.beginGroup("axes", "");
		canvas.rect(plot, null, FRAME_STROKE);
		for (Tick tick : layout.xTicks()) {
			double px = layout.pixelX(tick.value());
			double length = tick.isMajor() ? ChartLayout.MAJOR_TICK_LENGTH : ChartLayout.MINOR_TICK_LENGTH;
			canvas.line(px, plot.bottom(), px, plot.bottom() + length, FRAME_STROKE);
		}
		for (Tick tick : layout.yTicks()) {
			double py = layout.pixelY(tick.value());
			double length = tick.isMajor() ? ChartLayout.MAJOR_TICK_LENGTH : ChartLayout.MINOR_TICK_LENGTH;
			canvas.line(plot.x() - length, py, plot.x(), py, FRAME_STROKE);
		}
		layout.xTickLabels().forEach(canvas::text);
		layout.yTickLabels().forEach(canvas::text);
		layout.xAxisLabel().ifPresent(canvas::text);
		layout.yAxisLabel().ifPresent(canvas::text);
		canvas.endGroup();
		canvas.beginGroup("title", "");
		layout.header().forEach(canvas::text);
		canvas.endGroup();
	}

	private static void legend(Chart chart, Legend legend, Canvas canvas) {
		canvas.beginGroup("legend", "");
		canvas.rect(legend.box(), BACKGROUND, LEGEND_STROKE);
		for (LegendEntry entry : legend.entries()) {
			double mid = (entry.sampleStart() + entry.sampleEnd()) / 2;
			if (entry.source() == LegendEntry.Source.SERIES) {
				Series s = chart.series().get(entry.index());
				Rgb colour = chart.colour(entry.index());
				if (s.style().hasLine()) {
					canvas.line(entry.sampleStart(), entry.sampleY(), entry.sampleEnd(), entry.sampleY(),
							Stroke.of(colour, s.lineWidth(), s.pattern()));
				}
				if (s.style().hasMarkers()) {
					marker(canvas, s.marker(), mid, entry.sampleY(), s.markerSize(), colour);
				}
			} else {
				ReferenceLine line = chart.referenceLines().get(entry.index());
				canvas.line(entry.sampleStart(), entry.sampleY(), entry.sampleEnd(), entry.sampleY(),
						Stroke.of(line.colour(), 1, line.pattern()));
			}
			PlacedText label = entry.label();
			canvas.text(label);
		}
		canvas.endGroup();
	}

	/**
	 * Draws one marker; shapes are scaled to look about equally heavy at the same size.
	 *
	 * @param canvas where to draw
	 * @param shape the shape
	 * @param x centre abscissa
	 * @param y centre ordinate
	 * @param size marker size in pixels
	 * @param colour fill (or stroke, for the cross) colour
	 */
	public static void marker(Canvas canvas, MarkerShape shape, double x, double y, double size, Rgb colour) {
		double h = size / 2;
		switch (shape) {
		case CIRCLE -> canvas.circle(x, y, h, colour, null);
		case SQUARE -> {
			double a = 0.89 * h;
			canvas.polygon(new double[] { x - a, y - a, x + a, y - a, x + a, y + a, x - a, y + a }, colour, null);
		}
		case TRIANGLE -> {
			double r = 1.2 * h;
			double dx = r * Math.sqrt(3) / 2;
			canvas.polygon(new double[] { x, y - r, x + dx, y + r / 2, x - dx, y + r / 2 }, colour, null);
		}
		case DIAMOND -> {
			double r = 1.25 * h;
			canvas.polygon(new double[] { x, y - r, x + r, y, x, y + r, x - r, y }, colour, null);
		}
		case CROSS -> {
			Stroke stroke = Stroke.solid(colour, Math.max(1.2, size / 4));
			canvas.line(x - h, y - h, x + h, y + h, stroke);
			canvas.line(x - h, y + h, x + h, y - h, stroke);
		}
		}
	}
}

package org.spectralbias.report.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.Range;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.chart.Scale;
import org.spectralbias.report.chart.Series;

/**
 * Where everything of a {@link Chart} goes on a canvas of a given size: plot area, axis ranges and ticks, the
 * data-to-pixel mapping, placed texts, clipped series polylines, marker positions and the legend. Shared by the SVG
 * and PNG renderers so both draw the same figure. Pixels are at scale 1 (SVG user units); y grows downward.
 * Immutable and thread-safe.
 * <p>
 * Automatic ranges cover the plottable points of all series, widened to nice tick values (whole decades on a log
 * axis). Tick counts shrink until neighbouring labels do not overlap.
 */
public final class ChartLayout {

	/** Space around the figure, in pixels. */
	public static final double PADDING = 12;
	/** Font size of the title, in pixels. */
	public static final double TITLE_SIZE = 15;
	/** Font size of the subtitle. */
	public static final double SUBTITLE_SIZE = 12;
	/** Font size of the axis labels. */
	public static final double AXIS_LABEL_SIZE = 13;
	/** Font size of the tick labels. */
	public static final double TICK_LABEL_SIZE = 11.5;
	/** Font size of the legend. */
	public static final double LEGEND_SIZE = 11.5;
	/** Font size of annotations. */
	public static final double ANNOTATION_SIZE = 10.5;
	/** Length of a major tick mark, outside the plot area. */
	public static final double MAJOR_TICK_LENGTH = 5;
	/** Length of a minor tick mark. */
	public static final double MINOR_TICK_LENGTH = 3;
	/** Colour of texts. */
	public static final Rgb INK = Rgb.of(0x222222);

	private static final double TICK_GAP = 3;
	private static final double LABEL_GAP = 6;
	private static final double CENTRE_SHIFT = 0.35;

	private final Chart chart;
	private final double width;
	private final double height;
	private final Rect plot;
	private final Range xRange;
	private final Range yRange;
	private final List<Tick> xTicks;
	private final List<Tick> yTicks;
	private final AxisMapping xMap;
	private final AxisMapping yMap;
	private final List<PlacedText> texts;
	private final List<PlacedText> xTickLabels;
	private final List<PlacedText> yTickLabels;
	private final PlacedText xLabel;
	private final PlacedText yLabel;
	private final List<List<double[]>> lines;
	private final List<double[]> markers;
	private final List<List<double[]>> references;
	private final Legend legend;
	private final List<PlacedText> annotations;

	private ChartLayout(Chart chart, double width, double height, TextMetrics metrics) {
		if (!(width >= 100 && height >= 80) || !Double.isFinite(width) || !Double.isFinite(height)) {
			throw new IllegalArgumentException("a chart needs at least 100 × 80 pixels, got " + width + " × " + height);
		}
		this.chart = chart;
		this.width = width;
		this.height = height;
		List<PlacedText> header = new ArrayList<>();
		double top = PADDING;
		top = headerLine(header, chart.title(), TITLE_SIZE, true, top);
		top = headerLine(header, chart.subtitle(), SUBTITLE_SIZE, false, top);
		top += (header.isEmpty() ? 0 : 4) + TICK_LABEL_SIZE * 0.6;

		double bottom = height - PADDING;
		String xTitle = chart.xAxis().title();
		double xLabelBaseline = bottom - TextMetrics.DESCENT * AXIS_LABEL_SIZE;
		if (!xTitle.isEmpty()) {
			bottom -= AXIS_LABEL_SIZE + LABEL_GAP;
		}
		double xTickBaseline = bottom - TextMetrics.DESCENT * TICK_LABEL_SIZE;
		bottom -= TICK_LABEL_SIZE + TICK_GAP + MAJOR_TICK_LENGTH;
		double plotHeight = bottom - top;
		if (plotHeight < 20) {
			throw new IllegalArgumentException("no room for the plot area in " + width + " × " + height);
		}

		double[] extent = DataExtent.of(chart);
		int yPreferred = chart.yAxis().scale() == Scale.LOG ? (int) (plotHeight / (TICK_LABEL_SIZE * 2.2))
				: (int) (plotHeight / 45) + 1;
		AxisSolver.Solution y = AxisSolver.solve(chart.yAxis(), extent[2], extent[3], plotHeight, yPreferred,
				label -> TICK_LABEL_SIZE, TICK_LABEL_SIZE * 0.4);

		double left = PADDING;
		String yTitle = chart.yAxis().title();
		double yLabelX = left + TextMetrics.ASCENT * AXIS_LABEL_SIZE;
		if (!yTitle.isEmpty()) {
			left += AXIS_LABEL_SIZE + LABEL_GAP;
		}
		double widest = 0;
		for (Tick tick : y.ticks()) {
			widest = Math.max(widest, metrics.width(tick.label(), TICK_LABEL_SIZE, false));
		}
		left += widest + TICK_GAP + MAJOR_TICK_LENGTH;

		LegendPlacer legendPlacer = new LegendPlacer(chart, metrics);
		boolean outside = chart.legend() == LegendPosition.OUTSIDE_RIGHT
				&& legendPlacer.hasEntries();
		double right = PADDING + (outside ? legendPlacer.width() + LegendPlacer.OUTSIDE_GAP : 0);
		double slack = outside ? LegendPlacer.OUTSIDE_GAP - 4 : PADDING - 2;
		AxisSolver.Solution x = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			double plotWidth = width - left - right;
			if (plotWidth < 20) {
				throw new IllegalArgumentException("no room for the plot area in " + width + " × " + height);
			}
			x = AxisSolver.solve(chart.xAxis(), extent[0], extent[1], plotWidth,
					chart.xAxis().scale() == Scale.LOG ? (int) (plotWidth / 45) : (int) (plotWidth / 70) + 1,
					label -> metrics.width(label, TICK_LABEL_SIZE, false), TICK_LABEL_SIZE);
			AxisMapping probe = new AxisMapping(chart.xAxis().scale(), x.range(), left, left + plotWidth);
			double overRight = 0;
			double overLeft = 0;
			for (Tick tick : x.ticks()) {
				if (tick.isMajor()) {
					double half = metrics.width(tick.label(), TICK_LABEL_SIZE, false) / 2;
					double centre = probe.toPixel(tick.value());
					overRight = Math.max(overRight, centre + half - (left + plotWidth) - slack);
					overLeft = Math.max(overLeft, PADDING - 2 - (centre - half));
				}
			}
			if (overRight <= 0 && overLeft <= 0) {
				break;
			}
			right += Math.max(0, overRight);
			left += Math.max(0, overLeft);
		}
		plot = new Rect(left, top, width - left - right, plotHeight);
		xRange = x.range();
		yRange = y.range();
		xTicks = x.ticks();
		yTicks = y.ticks();
		xMap = new AxisMapping(chart.xAxis().scale(), xRange, plot.x(), plot.right());
		yMap = new AxisMapping(chart.yAxis().scale(), yRange, plot.bottom(), plot.y());

		texts = centreHeader(header, metrics);
		xTickLabels = xTickLabels(xTickBaseline);
		yTickLabels = yTickLabels(plot.x() - MAJOR_TICK_LENGTH - TICK_GAP);
		xLabel = xTitle.isEmpty() ? null
				: new PlacedText(xTitle, plot.x() + plot.width() / 2, xLabelBaseline, new TextStyle(
						fit(xTitle, AXIS_LABEL_SIZE, false, plot.width(), metrics), false, Anchor.MIDDLE, 0, INK));
		yLabel = yTitle.isEmpty() ? null
				: new PlacedText(yTitle, yLabelX, plot.y() + plot.height() / 2, new TextStyle(
						fit(yTitle, AXIS_LABEL_SIZE, false, plot.height(), metrics), false, Anchor.MIDDLE, 90, INK));

		DataGeometry geometry = new DataGeometry(plot, xMap, yMap);
		List<List<double[]>> seriesLines = new ArrayList<>();
		List<double[]> seriesMarkers = new ArrayList<>();
		for (Series s : chart.series()) {
			seriesLines.add(s.style().hasLine() ? geometry.polylines(s) : List.of());
			seriesMarkers.add(s.style().hasMarkers() ? geometry.markers(s) : new double[0]);
		}
		lines = List.copyOf(seriesLines);
		markers = List.copyOf(seriesMarkers);
		boolean straight = chart.xAxis().scale() == Scale.LINEAR && chart.yAxis().scale() == Scale.LINEAR;
		List<List<double[]>> referenceLines = new ArrayList<>();
		for (ReferenceLine line : chart.referenceLines()) {
			referenceLines.add(geometry.reference(line, straight));
		}
		references = List.copyOf(referenceLines);
		annotations = geometry.annotations(chart.annotations(), metrics);
		legend = legendPlacer.place(chart.legend(), plot, lines, markers, annotations).orElse(null);
	}

	/**
	 * @param chart the chart
	 * @param width canvas width in pixels, at least 100
	 * @param height canvas height in pixels, at least 80
	 * @return the layout, measuring texts with {@link TextMetrics#sansSerif()}
	 * @throws IllegalArgumentException when the canvas is too small for a plot area
	 */
	public static ChartLayout of(Chart chart, double width, double height) {
		return of(chart, width, height, TextMetrics.sansSerif());
	}

	/**
	 * @param chart the chart
	 * @param width canvas width in pixels, at least 100
	 * @param height canvas height in pixels, at least 80
	 * @param metrics how texts are measured
	 * @return the layout
	 * @throws IllegalArgumentException when the canvas is too small for a plot area
	 */
	public static ChartLayout of(Chart chart, double width, double height, TextMetrics metrics) {
		return new ChartLayout(chart, width, height, metrics);
	}

	private static double headerLine(List<PlacedText> header, String text, double size, boolean bold,
			double top) {
		if (text.isEmpty()) {
			return top;
		}
		header.add(new PlacedText(text, 0, top + TextMetrics.ASCENT * size, new TextStyle(size, bold, Anchor.MIDDLE,
				0, INK)));
		return top + size * 1.3;
	}

	private List<PlacedText> centreHeader(List<PlacedText> header, TextMetrics metrics) {
		List<PlacedText> placed = new ArrayList<>();
		for (PlacedText line : header) {
			TextStyle style = line.style();
			double size = fit(line.text(), style.size(), style.bold(), width - 2 * PADDING, metrics);
			double half = metrics.width(line.text(), size, style.bold()) / 2;
			double centre = Math.min(Math.max(plot.x() + plot.width() / 2, PADDING + half), width - PADDING - half);
			placed.add(new PlacedText(line.text(), centre, line.y(),
					new TextStyle(size, style.bold(), Anchor.MIDDLE, 0, INK)));
		}
		return List.copyOf(placed);
	}

	private static double fit(String text, double size, boolean bold, double room, TextMetrics metrics) {
		double w = metrics.width(text, size, bold);
		return w <= room ? size : Math.max(size * 0.6, size * room / w);
	}

	private List<PlacedText> xTickLabels(double baseline) {
		List<PlacedText> labels = new ArrayList<>();
		for (Tick tick : xTicks) {
			if (tick.isMajor()) {
				labels.add(new PlacedText(tick.label(), pixelX(tick.value()), baseline,
						new TextStyle(TICK_LABEL_SIZE, false, Anchor.MIDDLE, 0, INK)));
			}
		}
		return List.copyOf(labels);
	}

	private List<PlacedText> yTickLabels(double end) {
		List<PlacedText> labels = new ArrayList<>();
		for (Tick tick : yTicks) {
			if (tick.isMajor()) {
				labels.add(new PlacedText(tick.label(), end, pixelY(tick.value()) + CENTRE_SHIFT * TICK_LABEL_SIZE,
						new TextStyle(TICK_LABEL_SIZE, false, Anchor.END, 0, INK)));
			}
		}
		return List.copyOf(labels);
	}

	/** @return the chart laid out */
	public Chart chart() {
		return chart;
	}

	/** @return canvas width in pixels */
	public double width() {
		return width;
	}

	/** @return canvas height in pixels */
	public double height() {
		return height;
	}

	/** @return the plot area inside the axes */
	public Rect plotArea() {
		return plot;
	}

	/** @return the x range shown (fixed, or from the data widened to ticks) */
	public Range xRange() {
		return xRange;
	}

	/** @return the y range shown */
	public Range yRange() {
		return yRange;
	}

	/** @return x ticks inside the range, ascending; labelled ones are major */
	public List<Tick> xTicks() {
		return xTicks;
	}

	/** @return y ticks inside the range, ascending; labelled ones are major */
	public List<Tick> yTicks() {
		return yTicks;
	}

	/**
	 * @param x an abscissa
	 * @return its horizontal pixel position (outside the plot area when x is outside the range); NaN when x cannot
	 *         be placed on the axis (non-finite, or not positive on a log axis)
	 */
	public double pixelX(double x) {
		return xMap.toPixel(x);
	}

	/**
	 * @param y an ordinate
	 * @return its vertical pixel position, NaN when y cannot be placed on the axis
	 */
	public double pixelY(double y) {
		return yMap.toPixel(y);
	}

	/**
	 * @param px horizontal pixel position
	 * @return the abscissa there
	 */
	public double dataX(double px) {
		return xMap.toData(px);
	}

	/**
	 * @param py vertical pixel position
	 * @return the ordinate there
	 */
	public double dataY(double py) {
		return yMap.toData(py);
	}

	/** @return title and subtitle lines, top to bottom */
	public List<PlacedText> header() {
		return texts;
	}

	/** @return the labels of the major x ticks */
	public List<PlacedText> xTickLabels() {
		return xTickLabels;
	}

	/** @return the labels of the major y ticks */
	public List<PlacedText> yTickLabels() {
		return yTickLabels;
	}

	/** @return the x-axis title, empty when the axis has none */
	public Optional<PlacedText> xAxisLabel() {
		return Optional.ofNullable(xLabel);
	}

	/** @return the y-axis title (rotated by 90°), empty when the axis has none */
	public Optional<PlacedText> yAxisLabel() {
		return Optional.ofNullable(yLabel);
	}

	/**
	 * @param seriesIndex index into the chart's series
	 * @return the series line as polylines of pixel pairs x0, y0, x1, y1, …, clipped to the plot area (widened by
	 *         the line width) and broken at skipped points; empty when the series has no line
	 */
	public List<double[]> seriesLines(int seriesIndex) {
		return copy(lines.get(seriesIndex));
	}

	/**
	 * @param seriesIndex index into the chart's series
	 * @return marker centres x0, y0, x1, y1, … inside the plot area; empty when the series has no markers
	 */
	public double[] seriesMarkers(int seriesIndex) {
		return markers.get(seriesIndex).clone();
	}

	/**
	 * @param referenceIndex index into the chart's reference lines
	 * @return the line as polylines of pixel pairs clipped to the plot area
	 */
	public List<double[]> referenceLine(int referenceIndex) {
		return copy(references.get(referenceIndex));
	}

	/** @return the legend, empty when there is none (no named series, or {@code NONE}) */
	public Optional<Legend> legend() {
		return Optional.ofNullable(legend);
	}

	/** @return the annotation texts whose points lie inside the plot area */
	public List<PlacedText> annotations() {
		return annotations;
	}

	private static List<double[]> copy(List<double[]> polylines) {
		List<double[]> result = new ArrayList<>(polylines.size());
		polylines.forEach(p -> result.add(p.clone()));
		return result;
	}
}

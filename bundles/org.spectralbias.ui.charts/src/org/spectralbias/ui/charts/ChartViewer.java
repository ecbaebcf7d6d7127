package org.spectralbias.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.spectralbias.report.chart.Annotation;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.LinePattern;
import org.spectralbias.report.chart.Range;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.chart.Scale;
import org.spectralbias.report.chart.Series;
import org.spectralbias.report.layout.ChartLayout;
import org.spectralbias.runs.export.FigureExport;

/**
 * Shows a report {@link Chart} with SWTChart: title and subtitle, the series in their colours, dash patterns and
 * markers, log axes labelled at the decades, a legend, reference lines and annotations. The user zooms by dragging
 * a rectangle (or a horizontal or vertical band), with Ctrl + mouse wheel around the pointer, and resets with a
 * double click; log axes zoom in log space. The point nearest to the pointer is highlighted with its series, x and
 * y. The context menu exports the chart as SVG or PNG through the report bundle's renderers — the command line's
 * figure, with the zoomed ranges when zoomed.
 * <p>
 * The axis ranges follow the report's layout of the same chart at the figure size, so screen and file agree. A log
 * axis is drawn as a linear SWTChart axis over log₁₀ of the values (SWTChart's own log axis labels every 1–9 × 10ⁿ
 * and turns itself off whenever series data change): decades are labelled 10ⁿ, minor grid lines mark 2–9 × 10ⁿ,
 * and zooming is linear in the exponent, i.e. correct for a log axis.
 * {@link #setChart} may be called repeatedly (e.g. for a live run); a zoom stays until reset.
 */
public final class ChartViewer extends Composite implements Exportable {

	/** How close (pixels) the pointer must be to a point to highlight it. */
	public static final int HOVER_RADIUS = 12;

	private static final DecadeFormat DECADES = new DecadeFormat();
	private static final java.text.Format INTEGERS = new IntegerFormat();

	/**
	 * The point nearest to the pointer.
	 *
	 * @param series the model series' index
	 * @param name   its name
	 * @param x      abscissa
	 * @param y      ordinate
	 * @param px     pixel x in the plot area
	 * @param py     pixel y in the plot area
	 */
	public record Hover(int series, String name, double x, double y, int px, int py) {

		/** @return e.g. {@code k = 1, measured: t = 120, y = 3.2e-02} */
		public String text() {
			return name + ": " + format(x) + ", " + format(y);
		}

		private static String format(double v) {
			if (v == Math.rint(v) && Math.abs(v) < 1e15) {
				return Long.toString((long) v);
			}
			return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5 ? String.format(Locale.ROOT, "%.4g", v)
					: String.format(Locale.ROOT, "%.3e", v);
		}
	}

	private final Label title;
	private final Label subtitle;
	private final org.eclipse.swtchart.Chart swt;
	private final Font titleFont;
	private Chart model = Chart.builder().build();
	private List<PlottedSeries> plotted = List.of();
	private Range modelX = new Range(0, 1);
	private Range modelY = new Range(0, 1);
	private Range zoomX;
	private Range zoomY;
	private Point dragStart;
	private Point dragEnd;
	private Hover hover;

	/**
	 * @param parent the parent
	 * @param style  SWT style bits of the composite
	 */
	public ChartViewer(Composite parent, int style) {
		super(parent, style);
		Color white = getDisplay().getSystemColor(SWT.COLOR_WHITE);
		setBackground(white);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 4;
		layout.marginHeight = 4;
		layout.verticalSpacing = 1;
		setLayout(layout);
		title = new Label(this, SWT.CENTER);
		FontData[] data = title.getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
			d.setHeight(d.getHeight() + 1);
		}
		titleFont = new Font(getDisplay(), data);
		title.setFont(titleFont);
		title.setBackground(white);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		subtitle = new Label(this, SWT.CENTER | SWT.WRAP);
		subtitle.setBackground(white);
		subtitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		swt = new org.eclipse.swtchart.Chart(this, SWT.NONE);
		swt.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		swt.getTitle().setVisible(false);
		swt.setBackground(white);
		swt.setBackgroundInPlotArea(white);
		Color ink = colour(ChartLayout.INK);
		Color grid = colour(Rgb.of(0xdddddd));
		for (IAxis axis : swt.getAxisSet().getAxes()) {
			axis.getTick().setForeground(ink);
			axis.getTitle().setForeground(ink);
			axis.getGrid().setForeground(grid);
			axis.getGrid().setStyle(LineStyle.SOLID);
		}
		swt.getLegend().setBackground(white);
		swt.getLegend().setForeground(ink);
		Control plot = plotArea();
		swt.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paintReferenceLines(e.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return true;
			}
		});
		swt.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paintOverlay(e.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});
		plot.addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
				dragStart = new Point(e.x, e.y);
				dragEnd = null;
			}
		});
		plot.addListener(SWT.MouseMove, e -> {
			if (dragStart != null) {
				dragEnd = new Point(e.x, e.y);
				plot.redraw();
			} else {
				Hover h = nearest(e.x, e.y).orElse(null);
				if (!java.util.Objects.equals(h, hover)) {
					hover = h;
					plot.redraw();
				}
			}
		});
		plot.addListener(SWT.MouseUp, e -> {
			if (dragStart != null && e.button == 1) {
				Point start = dragStart;
				dragStart = null;
				dragEnd = null;
				zoomToPixels(start.x, start.y, e.x, e.y);
				plot.redraw();
			}
		});
		plot.addListener(SWT.MouseExit, e -> {
			if (hover != null) {
				hover = null;
				plot.redraw();
			}
		});
		plot.addListener(SWT.MouseDoubleClick, e -> resetZoom());
		plot.addListener(SWT.MouseVerticalWheel, e -> {
			if ((e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				zoom(e.count > 0 ? 0.8 : 1.25, e.x, e.y);
			}
		});
		ExportMenu.attach(plot, this);
		addListener(SWT.Dispose, e -> titleFont.dispose());
	}

	/** @return the plot area control of the SWTChart (mouse events, context menu) */
	public Control plotArea() {
		return swt.getPlotArea().getControl();
	}

	/** @return the underlying SWTChart */
	public org.eclipse.swtchart.Chart swtChart() {
		return swt;
	}

	/** @return the chart shown */
	public Chart chart() {
		return model;
	}

	/**
	 * Shows a chart. A zoom the user made is kept; otherwise the ranges follow the new chart.
	 *
	 * @param chart the chart
	 */
	public void setChart(Chart chart) {
		checkWidget();
		model = chart;
		title.setText(chart.title());
		subtitle.setText(chart.subtitle());
		((GridData) subtitle.getLayoutData()).exclude = chart.subtitle().isEmpty();
		subtitle.setVisible(!chart.subtitle().isEmpty());
		ChartLayout layout = ChartLayout.of(chart, FigureExport.WIDTH, FigureExport.HEIGHT);
		modelX = layout.xRange();
		modelY = layout.yRange();
		hover = null;
		swt.suspendUpdate(true);
		try {
			for (ISeries<?> s : swt.getSeriesSet().getSeries()) {
				swt.getSeriesSet().deleteSeries(s.getId());
			}
			configure(xAxis(), chart.xAxis());
			configure(yAxis(), chart.yAxis());
			if (chart.xAxis().scale() == Scale.LINEAR && integral(chart)) {
				xAxis().getTick().setFormat(INTEGERS);
			}
			List<PlottedSeries> all = new ArrayList<>();
			for (int i = 0; i < chart.series().size(); i++) {
				PlottedSeries p = PlottedSeries.of(chart, i);
				all.add(p);
				addSeries(chart, p);
			}
			plotted = List.copyOf(all);
			for (int i = 0; i < chart.referenceLines().size(); i++) {
				addLegendEntry(chart.referenceLines().get(i), i);
			}
			boolean named = chart.series().stream().anyMatch(s -> !s.name().isEmpty())
					|| chart.referenceLines().stream().anyMatch(r -> !r.label().isEmpty());
			swt.getLegend().setVisible(named && chart.legend() != LegendPosition.NONE);
			swt.getLegend().setPosition(chart.legend() == LegendPosition.OUTSIDE_RIGHT ? SWT.RIGHT : SWT.BOTTOM);
			applyRanges();
		} finally {
			swt.suspendUpdate(false);
		}
		layout(true, true);
		swt.redraw();
	}

	private static void configure(IAxis axis, Axis model) {
		axis.getTitle().setText(model.title());
		axis.enableLogScale(false);
		axis.getTick().setFormat(model.scale() == Scale.LOG ? DECADES : null);
	}

	/** @return whether every abscissa of the chart is an integer (degrees, steps): then only integers get labels */
	private static boolean integral(Chart chart) {
		for (Series s : chart.series()) {
			for (int i = 0; i < s.size(); i++) {
				double x = s.x(i);
				if (Double.isFinite(x) && x != Math.rint(x)) {
					return false;
				}
			}
		}
		return !chart.series().isEmpty();
	}

	/** @return a data value in the SWTChart axis' units: log₁₀ of it on a log axis */
	private static double toAxis(double v, Axis axis) {
		return axis.scale() == Scale.LOG ? Math.log10(v) : v;
	}

	/** @return a value in the SWTChart axis' units as a data value */
	private static double fromAxis(double v, Axis axis) {
		return axis.scale() == Scale.LOG ? Math.pow(10, v) : v;
	}

	private static double[] toAxis(double[] values, Axis axis) {
		double[] out = new double[values.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = toAxis(values[i], axis);
		}
		return out;
	}

	/** @return the pixel (in the plot area) of a data value on the x axis */
	public int pixelX(double x) {
		return xAxis().getPixelCoordinate(toAxis(x, model.xAxis()));
	}

	/** @return the pixel (in the plot area) of a data value on the y axis */
	public int pixelY(double y) {
		return yAxis().getPixelCoordinate(toAxis(y, model.yAxis()));
	}

	/** @return the data value at a pixel column of the plot area */
	public double dataX(int px) {
		return fromAxis(xAxis().getDataCoordinate(px), model.xAxis());
	}

	/** @return the data value at a pixel row of the plot area */
	public double dataY(int py) {
		return fromAxis(yAxis().getDataCoordinate(py), model.yAxis());
	}

	private void addSeries(Chart chart, PlottedSeries p) {
		Series s = chart.series().get(p.index());
		Color c = colour(chart.colour(p.index()));
		List<double[][]> segments = p.segments();
		if (segments.isEmpty() && !s.name().isEmpty()) {
			segments = List.<double[][]>of(new double[][] { {}, {} }); // keeps the series in the legend before it has points
		}
		for (int j = 0; j < segments.size(); j++) {
			ILineSeries<?> ls = (ILineSeries<?>) swt.getSeriesSet().createSeries(SeriesType.LINE,
					"s" + p.index() + "." + j);
			ls.setXSeries(toAxis(segments.get(j)[0], chart.xAxis()));
			ls.setYSeries(toAxis(segments.get(j)[1], chart.yAxis()));
			ls.setDescription(s.name());
			ls.setVisibleInLegend(j == 0 && !s.name().isEmpty());
			ls.setLineColor(c);
			ls.setSymbolColor(c);
			ls.setLineStyle(s.style().hasLine() ? lineStyle(s.pattern()) : LineStyle.NONE);
			ls.setLineWidth(Math.max(1, (int) Math.round(s.lineWidth())));
			ls.setSymbolType(s.style().hasMarkers() ? symbol(s) : PlotSymbolType.NONE);
			ls.setSymbolSize(Math.max(1, (int) Math.round(s.markerSize() / 2)));
			ls.setAntialias(SWT.ON);
		}
	}

	/** A reference line with a label appears in the legend as an empty series of its colour and pattern. */
	private void addLegendEntry(ReferenceLine line, int index) {
		if (line.label().isEmpty()) {
			return;
		}
		ILineSeries<?> ls = (ILineSeries<?>) swt.getSeriesSet().createSeries(SeriesType.LINE, "r" + index);
		ls.setXSeries(new double[0]);
		ls.setYSeries(new double[0]);
		ls.setDescription(line.label());
		ls.setLineColor(colour(line.colour()));
		ls.setLineStyle(lineStyle(line.pattern()));
		ls.setSymbolType(PlotSymbolType.NONE);
	}

	private static LineStyle lineStyle(LinePattern pattern) {
		return switch (pattern) {
		case SOLID -> LineStyle.SOLID;
		case DASHED -> LineStyle.DASH;
		case DOTTED -> LineStyle.DOT;
		};
	}

	private static PlotSymbolType symbol(Series s) {
		return switch (s.marker()) {
		case CIRCLE -> PlotSymbolType.CIRCLE;
		case SQUARE -> PlotSymbolType.SQUARE;
		case TRIANGLE -> PlotSymbolType.TRIANGLE;
		case DIAMOND -> PlotSymbolType.DIAMOND;
		case CROSS -> PlotSymbolType.CROSS;
		};
	}

	private IAxis xAxis() {
		return swt.getAxisSet().getXAxis(0);
	}

	private IAxis yAxis() {
		return swt.getAxisSet().getYAxis(0);
	}

	private void applyRanges() {
		Range x = zoomX != null ? zoomX : modelX;
		Range y = zoomY != null ? zoomY : modelY;
		xAxis().setRange(new org.eclipse.swtchart.Range(toAxis(x.min(), model.xAxis()), toAxis(x.max(), model.xAxis())));
		yAxis().setRange(new org.eclipse.swtchart.Range(toAxis(y.min(), model.yAxis()), toAxis(y.max(), model.yAxis())));
	}

	/** @return the visible x range */
	public Range xRange() {
		return zoomX != null ? zoomX : modelX;
	}

	/** @return the visible y range */
	public Range yRange() {
		return zoomY != null ? zoomY : modelY;
	}

	/** @return whether the user zoomed */
	public boolean zoomed() {
		return zoomX != null || zoomY != null;
	}

	/** Shows the chart's own ranges again. */
	@Override
	public void resetZoom() {
		checkWidget();
		zoomX = null;
		zoomY = null;
		applyRanges();
		swt.redraw();
	}

	/**
	 * Shows given data ranges (in data coordinates).
	 *
	 * @param x the x range, null to keep the current one
	 * @param y the y range, null to keep the current one
	 */
	public void zoomTo(Range x, Range y) {
		checkWidget();
		if (x != null) {
			zoomX = x;
		}
		if (y != null) {
			zoomY = y;
		}
		applyRanges();
		swt.redraw();
	}

	/**
	 * Zooms both axes around a point of the plot area, in each axis' geometry (log axes in log space).
	 *
	 * @param factor new span over old span (&lt; 1 zooms in)
	 * @param px     pixel x in the plot area
	 * @param py     pixel y in the plot area
	 */
	public void zoom(double factor, int px, int py) {
		checkWidget();
		zoomTo(AxisZoom.zoom(xRange(), isLog(model.xAxis()), dataX(px), factor),
				AxisZoom.zoom(yRange(), isLog(model.yAxis()), dataY(py), factor));
	}

	private void zoomToPixels(int x0, int y0, int x1, int y1) {
		boolean wide = Math.abs(x1 - x0) > 4;
		boolean tall = Math.abs(y1 - y0) > 4;
		if (!wide && !tall) {
			return;
		}
		zoomTo(wide ? AxisZoom.span(dataX(x0), dataX(x1), isLog(model.xAxis())) : null,
				tall ? AxisZoom.span(dataY(y0), dataY(y1), isLog(model.yAxis())) : null);
	}

	private static boolean isLog(Axis axis) {
		return axis.scale() == Scale.LOG;
	}

	/** @return the number of points of a model series that are drawn (plottable on these axes) */
	public int plottedPoints(int seriesIndex) {
		return plotted.get(seriesIndex).points();
	}

	/**
	 * @param px pixel x in the plot area
	 * @param py pixel y in the plot area
	 * @return the drawn point nearest to that pixel within {@value #HOVER_RADIUS} pixels, if any
	 */
	public Optional<Hover> nearest(int px, int py) {
		Hover best = null;
		long bestDistance = (long) HOVER_RADIUS * HOVER_RADIUS;
		Range xr = xRange();
		Range yr = yRange();
		for (PlottedSeries p : plotted) {
			for (double[][] segment : p.segments()) {
				for (int i = 0; i < segment[0].length; i++) {
					double x = segment[0][i];
					double y = segment[1][i];
					if (!xr.contains(x) || !yr.contains(y)) {
						continue;
					}
					int qx = pixelX(x);
					int qy = pixelY(y);
					long d = (long) (qx - px) * (qx - px) + (long) (qy - py) * (qy - py);
					if (d <= bestDistance) {
						bestDistance = d;
						best = new Hover(p.index(), model.series().get(p.index()).name(), x, y, qx, qy);
					}
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** @return the highlighted point, if the pointer is near one */
	public Optional<Hover> hover() {
		return Optional.ofNullable(hover);
	}

	/**
	 * @return the chart as shown: the model, with the zoomed ranges when zoomed (what an export writes)
	 */
	public Chart visibleChart() {
		if (!zoomed()) {
			return model;
		}
		return model.toBuilder().xAxis(model.xAxis().withRange(xRange().min(), xRange().max()))
				.yAxis(model.yAxis().withRange(yRange().min(), yRange().max())).build();
	}

	/**
	 * Writes the chart as shown, in the format its extension names (.svg or .png), with the report bundle's
	 * renderers.
	 *
	 * @param file the target
	 * @throws IOException when writing fails
	 */
	@Override
	public void export(Path file) throws IOException {
		FigureExport.writeChart(visibleChart(), file);
	}

	@Override
	public String figureTitle() {
		return model.title();
	}

	private void paintReferenceLines(GC gc) {
		paintMinorGrid(gc);
		Point size = plotArea().getSize();
		gc.setAntialias(SWT.ON);
		for (ReferenceLine line : model.referenceLines()) {
			gc.setForeground(colour(line.colour()));
			gc.setLineWidth(1);
			gc.setLineStyle(line.pattern() == LinePattern.SOLID ? SWT.LINE_SOLID
					: line.pattern() == LinePattern.DASHED ? SWT.LINE_DASH : SWT.LINE_DOT);
			if (line.isVertical()) {
				int px = pixelX(line.verticalX());
				gc.drawLine(px, 0, px, size.y);
				continue;
			}
			// sampled in pixels, so the line is right on any combination of linear and log axes
			int previousX = Integer.MIN_VALUE;
			int previousY = 0;
			for (int px = 0; px <= size.x; px += 4) {
				double y = line.y(dataX(px));
				if (!model.yAxis().scale().accepts(y)) {
					previousX = Integer.MIN_VALUE;
					continue;
				}
				int py = pixelY(y);
				if (previousX != Integer.MIN_VALUE) {
					gc.drawLine(previousX, previousY, px, py);
				}
				previousX = px;
				previousY = py;
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	/** Grid lines at 2–9 × 10ⁿ on log axes, lighter than the decades', as in the report's figures. */
	private void paintMinorGrid(GC gc) {
		Point size = plotArea().getSize();
		gc.setForeground(colour(Rgb.of(0xf0f0f0)));
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (isLog(model.xAxis())) {
			for (double v : minorTicks(xRange())) {
				int px = pixelX(v);
				gc.drawLine(px, 0, px, size.y);
			}
		}
		if (isLog(model.yAxis())) {
			for (double v : minorTicks(yRange())) {
				int py = pixelY(v);
				gc.drawLine(0, py, size.x, py);
			}
		}
	}

	/** @return 2–9 × 10ⁿ inside a range, or nothing when the range spans so many decades that they would crowd */
	static double[] minorTicks(Range range) {
		int lo = (int) Math.floor(Math.log10(range.min()));
		int hi = (int) Math.ceil(Math.log10(range.max()));
		if (hi - lo > 12) {
			return new double[0];
		}
		java.util.List<Double> ticks = new ArrayList<>();
		for (int e = lo; e <= hi; e++) {
			for (int m = 2; m <= 9; m++) {
				double v = m * Math.pow(10, e);
				if (range.contains(v)) {
					ticks.add(v);
				}
			}
		}
		return ticks.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private void paintOverlay(GC gc) {
		gc.setAntialias(SWT.ON);
		gc.setForeground(colour(ChartLayout.INK));
		for (Annotation a : model.annotations()) {
			if (model.isPlottable(a.x(), a.y()) && xRange().contains(a.x()) && yRange().contains(a.y())) {
				gc.drawText(a.text(), pixelX(a.x()) + 5, pixelY(a.y()) - 16, true);
			}
		}
		if (dragStart != null && dragEnd != null) {
			gc.setForeground(colour(Rgb.of(0x0072B2)));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRectangle(Math.min(dragStart.x, dragEnd.x), Math.min(dragStart.y, dragEnd.y),
					Math.abs(dragEnd.x - dragStart.x), Math.abs(dragEnd.y - dragStart.y));
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (hover != null) {
			Color c = colour(model.colour(hover.series()));
			gc.setForeground(c);
			gc.setLineWidth(2);
			gc.drawOval(hover.px() - 5, hover.py() - 5, 10, 10);
			gc.setLineWidth(1);
			String text = hover.text();
			Point extent = gc.textExtent(text);
			Point size = plotArea().getSize();
			int bx = hover.px() + 10;
			int by = hover.py() - extent.y - 12;
			if (bx + extent.x + 8 > size.x) {
				bx = hover.px() - extent.x - 18;
			}
			if (by < 0) {
				by = hover.py() + 10;
			}
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
			gc.fillRectangle(bx, by, extent.x + 8, extent.y + 4);
			gc.drawRectangle(bx, by, extent.x + 8, extent.y + 4);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
			gc.drawText(text, bx + 4, by + 2, true);
		}
	}

	private Color colour(Rgb rgb) {
		return new Color(getDisplay(), rgb.red(), rgb.green(), rgb.blue());
	}

}

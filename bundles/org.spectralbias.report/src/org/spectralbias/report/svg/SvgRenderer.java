package org.spectralbias.report.svg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.spectralbias.core.io.AtomicFiles;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.layout.ChartLayout;
import org.spectralbias.report.render.Canvas;
import org.spectralbias.report.render.ChartPainter;

/**
 * Writes a {@link Chart} as a standalone SVG 1.1 document (UTF-8, font family sans-serif, the plot area clipped,
 * coordinates with up to 6 significant digits). The output depends only on the chart and the size: the same input
 * gives the same bytes. Stateless and thread-safe.
 */
public final class SvgRenderer {

	private SvgRenderer() {
	}

	/**
	 * @param chart the chart
	 * @param width width in pixels (SVG user units), at least 100
	 * @param height height in pixels, at least 80
	 * @return the SVG document
	 * @throws IllegalArgumentException when the size leaves no room for the plot area
	 */
	public static String render(Chart chart, double width, double height) {
		return render(ChartLayout.of(chart, width, height));
	}

	/**
	 * @param layout a laid-out chart
	 * @return the SVG document
	 */
	public static String render(ChartLayout layout) {
		SvgCanvas canvas = new SvgCanvas();
		ChartPainter.paint(layout, canvas);
		return canvas.document(layout.width(), layout.height(), layout.chart().title());
	}

	/**
	 * Renders a figure that is not a {@link Chart} (e.g. a heat map) with the same canvas, so that it exports like
	 * the charts do.
	 *
	 * @param width   width in pixels (SVG user units)
	 * @param height  height in pixels
	 * @param title   the document title, empty for none
	 * @param painter draws the figure in pixels at scale 1, y growing downward
	 * @return the SVG document
	 */
	public static String render(double width, double height, String title, Consumer<Canvas> painter) {
		SvgCanvas canvas = new SvgCanvas();
		painter.accept(canvas);
		return canvas.document(width, height, title);
	}

	/**
	 * Renders and writes atomically (see {@link AtomicFiles}).
	 *
	 * @param chart the chart
	 * @param width width in pixels, at least 100
	 * @param height height in pixels, at least 80
	 * @param target the file to create or replace; its folder must exist
	 * @throws IOException when writing fails
	 */
	public static void write(Chart chart, double width, double height, Path target) throws IOException {
		AtomicFiles.writeString(target, render(chart, width, height));
	}
}

package org.spectralbias.report.png;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.spectralbias.core.io.AtomicFiles;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.layout.ChartLayout;
import org.spectralbias.report.render.Canvas;
import org.spectralbias.report.render.ChartPainter;

/**
 * Rasterises a {@link Chart} with AWT (antialiased, white background) into a PNG, using the same
 * {@link ChartLayout} as the SVG writer. A scale factor renders the same layout at higher resolution (2 for
 * high-DPI screens and print). Uses only off-screen images and never opens a window; a process that runs a GUI
 * toolkit other than AWT should set {@code java.awt.headless=true} before the first call. Stateless and
 * thread-safe.
 */
public final class PngRenderer {

	private PngRenderer() {
	}

	/**
	 * @param chart the chart
	 * @param width layout width in pixels at scale 1, at least 100
	 * @param height layout height in pixels at scale 1, at least 80
	 * @param scale pixels per layout pixel, in (0, 16]
	 * @return an RGB image of round(width·scale) × round(height·scale) pixels
	 * @throws IllegalArgumentException for a bad scale or a size with no room for the plot area
	 */
	public static BufferedImage renderImage(Chart chart, int width, int height, double scale) {
		ChartLayout layout = ChartLayout.of(chart, width, height);
		return renderImage(width, height, scale, canvas -> ChartPainter.paint(layout, canvas));
	}

	/**
	 * Rasterises a figure that is not a {@link Chart} (e.g. a heat map) with the same canvas as the charts.
	 *
	 * @param width   layout width in pixels at scale 1
	 * @param height  layout height in pixels at scale 1
	 * @param scale   pixels per layout pixel, in (0, 16]
	 * @param painter draws the figure in pixels at scale 1, y growing downward
	 * @return an RGB image of round(width·scale) × round(height·scale) pixels
	 */
	public static BufferedImage renderImage(int width, int height, double scale, Consumer<Canvas> painter) {
		if (!(scale > 0 && scale <= 16)) {
			throw new IllegalArgumentException("scale must be in (0, 16], got " + scale);
		}
		BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.scale(scale, scale);
			painter.accept(new Graphics2DCanvas(g));
		} finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * @param image an image
	 * @return its PNG encoding
	 */
	public static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("no PNG writer available");
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * @param chart the chart
	 * @param width layout width in pixels at scale 1, at least 100
	 * @param height layout height in pixels at scale 1, at least 80
	 * @param scale pixels per layout pixel, in (0, 16]
	 * @return the PNG file content
	 */
	public static byte[] render(Chart chart, int width, int height, double scale) {
		return encode(renderImage(chart, width, height, scale));
	}

	/**
	 * Renders and writes atomically (see {@link AtomicFiles}).
	 *
	 * @param chart the chart
	 * @param width layout width in pixels at scale 1, at least 100
	 * @param height layout height in pixels at scale 1, at least 80
	 * @param scale pixels per layout pixel, in (0, 16]
	 * @param target the file to create or replace; its folder must exist
	 * @throws IOException when writing fails
	 */
	public static void write(Chart chart, int width, int height, double scale, Path target) throws IOException {
		AtomicFiles.write(target, render(chart, width, height, scale));
	}
}

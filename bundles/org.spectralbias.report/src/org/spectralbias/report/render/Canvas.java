package org.spectralbias.report.render;

import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.layout.PlacedText;
import org.spectralbias.report.layout.Rect;

/**
 * The drawing operations {@link ChartPainter} needs, in pixels at scale 1 with y growing downward. Implemented by
 * the SVG writer and the Graphics2D (PNG) backend; a UI could implement it over its own graphics context.
 * Implementations are not expected to be thread-safe.
 */
public interface Canvas {

	/**
	 * Opens a logical group (an SVG {@code <g>}); groups nest.
	 *
	 * @param kind a short lower-case identifier of what the group holds, e.g. "grid" or "series"
	 * @param description a human-readable description (e.g. the series name), empty for none
	 */
	void beginGroup(String kind, String description);

	/** Closes the innermost open group. */
	void endGroup();

	/**
	 * Restricts drawing to a rectangle until {@link #endClip()}.
	 *
	 * @param area the visible area
	 */
	void beginClip(Rect area);

	/** Ends the restriction of the last {@link #beginClip}. */
	void endClip();

	/**
	 * @param x1 start abscissa
	 * @param y1 start ordinate
	 * @param x2 end abscissa
	 * @param y2 end ordinate
	 * @param stroke how to stroke
	 */
	void line(double x1, double y1, double x2, double y2, Stroke stroke);

	/**
	 * @param points vertex pairs x0, y0, x1, y1, …, at least two vertices
	 * @param stroke how to stroke
	 */
	void polyline(double[] points, Stroke stroke);

	/**
	 * @param points vertex pairs of a closed polygon
	 * @param fill fill colour, null for none
	 * @param stroke outline, null for none
	 */
	void polygon(double[] points, Rgb fill, Stroke stroke);

	/**
	 * @param area the rectangle
	 * @param fill fill colour, null for none
	 * @param stroke outline, null for none
	 */
	void rect(Rect area, Rgb fill, Stroke stroke);

	/**
	 * @param cx centre abscissa
	 * @param cy centre ordinate
	 * @param radius radius
	 * @param fill fill colour, null for none
	 * @param stroke outline, null for none
	 */
	void circle(double cx, double cy, double radius, Rgb fill, Stroke stroke);

	/**
	 * @param text a text with its position and style
	 */
	void text(PlacedText text);
}

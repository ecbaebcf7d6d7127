package org.spectralbias.report.layout;

/**
 * An axis-aligned rectangle in pixels, y growing downward. Immutable.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, non-negative
 * @param height height, non-negative
 */
public record Rect(double x, double y, double width, double height) {

	/**
	 * @return the right edge
	 */
	public double right() {
		return x + width;
	}

	/**
	 * @return the bottom edge
	 */
	public double bottom() {
		return y + height;
	}

	/**
	 * @param px abscissa in pixels
	 * @param py ordinate in pixels
	 * @return whether the point lies inside or on the border
	 */
	public boolean contains(double px, double py) {
		return px >= x && px <= right() && py >= y && py <= bottom();
	}
}

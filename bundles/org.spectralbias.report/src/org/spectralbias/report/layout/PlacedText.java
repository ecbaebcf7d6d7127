package org.spectralbias.report.layout;

import java.util.Objects;

/**
 * A text at a position: x is where the {@link TextStyle#anchor() anchor} sits, y is the baseline (both before
 * rotation, which turns about (x, y)). Immutable.
 *
 * @param text one line of text
 * @param x anchor abscissa in pixels
 * @param y baseline ordinate in pixels
 * @param style font, anchor, rotation and colour
 */
public record PlacedText(String text, double x, double y, TextStyle style) {

	/**
	 * @throws NullPointerException when text or style is null
	 */
	public PlacedText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(style, "style");
	}
}

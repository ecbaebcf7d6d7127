package org.spectralbias.report.layout;

import java.util.Objects;

import org.spectralbias.report.chart.Rgb;

/**
 * How a text is drawn. Immutable.
 *
 * @param size font size in pixels
 * @param bold whether bold
 * @param anchor which point of the text sits at its position
 * @param rotation counter-clockwise rotation in degrees about the position (90 for a vertical axis label)
 * @param colour text colour
 */
public record TextStyle(double size, boolean bold, Anchor anchor, double rotation, Rgb colour) {

	/**
	 * @throws NullPointerException when anchor or colour is null
	 */
	public TextStyle {
		Objects.requireNonNull(anchor, "anchor");
		Objects.requireNonNull(colour, "colour");
	}
}

package org.spectralbias.report.chart;

import java.util.Objects;

/**
 * A short text placed next to a data point, e.g. the name of an outlier. Drawn only when the point lies inside the
 * plot area. Immutable.
 *
 * @param text the text, one line
 * @param x abscissa of the point
 * @param y ordinate of the point
 */
public record Annotation(String text, double x, double y) {

	/**
	 * @throws NullPointerException when text is null
	 */
	public Annotation {
		Objects.requireNonNull(text, "text");
	}
}

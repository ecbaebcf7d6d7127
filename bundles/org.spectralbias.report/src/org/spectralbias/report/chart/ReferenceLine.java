package org.spectralbias.report.chart;

import java.util.Objects;

/**
 * A straight line in data coordinates drawn across the plot area: y = slope·x + intercept, or a vertical line
 * x = c. On a log axis the line is drawn as the curve it becomes (the diagonal y = x stays straight on log–log
 * axes). Drawn dashed dark grey unless styled otherwise; listed in the legend when it has a label. Immutable.
 */
public final class ReferenceLine {

	/** The default colour, a dark grey. */
	public static final Rgb DEFAULT_COLOUR = Rgb.of(0x666666);

	private final double slope;
	private final double intercept;
	private final double verticalX;
	private final String label;
	private final Rgb colour;
	private final LinePattern pattern;

	private ReferenceLine(double slope, double intercept, double verticalX, String label, Rgb colour,
			LinePattern pattern) {
		this.slope = slope;
		this.intercept = intercept;
		this.verticalX = verticalX;
		this.label = Objects.requireNonNull(label, "label");
		this.colour = Objects.requireNonNull(colour, "colour");
		this.pattern = Objects.requireNonNull(pattern, "pattern");
	}

	/**
	 * @param slope dy/dx, finite
	 * @param intercept y at x = 0, finite
	 * @return the line y = slope·x + intercept
	 */
	public static ReferenceLine of(double slope, double intercept) {
		if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
			throw new IllegalArgumentException("slope and intercept must be finite");
		}
		return new ReferenceLine(slope, intercept, Double.NaN, "", DEFAULT_COLOUR, LinePattern.DASHED);
	}

	/**
	 * @return the diagonal y = x, e.g. for measured against predicted
	 */
	public static ReferenceLine diagonal() {
		return of(1, 0);
	}

	/**
	 * @param y the constant ordinate
	 * @return the horizontal line at y
	 */
	public static ReferenceLine horizontal(double y) {
		return of(0, y);
	}

	/**
	 * @param x the constant abscissa, finite
	 * @return the vertical line at x
	 */
	public static ReferenceLine vertical(double x) {
		if (!Double.isFinite(x)) {
			throw new IllegalArgumentException("x must be finite");
		}
		return new ReferenceLine(0, 0, x, "", DEFAULT_COLOUR, LinePattern.DASHED);
	}

	/**
	 * @param text legend text; empty for none
	 * @return a copy with that label
	 */
	public ReferenceLine withLabel(String text) {
		return new ReferenceLine(slope, intercept, verticalX, text, colour, pattern);
	}

	/**
	 * @param newColour line colour
	 * @return a copy in that colour
	 */
	public ReferenceLine withColour(Rgb newColour) {
		return new ReferenceLine(slope, intercept, verticalX, label, newColour, pattern);
	}

	/**
	 * @param newPattern dash pattern
	 * @return a copy with that pattern
	 */
	public ReferenceLine withPattern(LinePattern newPattern) {
		return new ReferenceLine(slope, intercept, verticalX, label, colour, newPattern);
	}

	/**
	 * @return whether this is a vertical line x = {@link #verticalX()}
	 */
	public boolean isVertical() {
		return !Double.isNaN(verticalX);
	}

	/**
	 * @return the abscissa of a vertical line, NaN otherwise
	 */
	public double verticalX() {
		return verticalX;
	}

	/**
	 * @param x an abscissa
	 * @return slope·x + intercept (NaN for a vertical line)
	 */
	public double y(double x) {
		return isVertical() ? Double.NaN : slope * x + intercept;
	}

	/**
	 * @return legend text, empty for none
	 */
	public String label() {
		return label;
	}

	/**
	 * @return line colour
	 */
	public Rgb colour() {
		return colour;
	}

	/**
	 * @return dash pattern
	 */
	public LinePattern pattern() {
		return pattern;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReferenceLine r && Double.compare(slope, r.slope) == 0
				&& Double.compare(intercept, r.intercept) == 0 && Double.compare(verticalX, r.verticalX) == 0
				&& label.equals(r.label) && colour.equals(r.colour) && pattern == r.pattern;
	}

	@Override
	public int hashCode() {
		return Objects.hash(slope, intercept, verticalX, label, colour, pattern);
	}

	@Override
	public String toString() {
		return isVertical() ? "ReferenceLine[x = " + verticalX + "]"
				: "ReferenceLine[y = " + slope + "·x + " + intercept + "]";
	}
}

package org.spectralbias.report.chart;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A named sequence of (x, y) points and how to draw it. Immutable and thread-safe: the arrays are copied on the way
 * in and out; the {@code with…} methods return modified copies that share the (unchanging) data.
 * <p>
 * Points whose coordinates are NaN, infinite, or not positive on a log axis are not drawn; lines break there (see
 * {@link Chart#skippedPoints(int)}).
 * <p>
 * Colour: an explicit colour wins; otherwise a palette index; otherwise the chart assigns palette colours in order
 * to the series that have neither. Example:
 *
 * <pre>{@code
 * Series.line("degree 1, predicted", t, predicted).dashed().withPaletteIndex(0)
 * }</pre>
 */
public final class Series {

	/** Default line width in pixels at scale 1. */
	public static final double DEFAULT_LINE_WIDTH = 1.6;
	/** Default marker size (width of the marker's bounding box) in pixels at scale 1. */
	public static final double DEFAULT_MARKER_SIZE = 6;

	private final String name;
	private final double[] x;
	private final double[] y;
	private final SeriesStyle style;
	private final LinePattern pattern;
	private final MarkerShape marker;
	private final Rgb colour;
	private final int paletteIndex;
	private final double lineWidth;
	private final double markerSize;

	private Series(String name, double[] x, double[] y, SeriesStyle style, LinePattern pattern, MarkerShape marker,
			Rgb colour, int paletteIndex, double lineWidth, double markerSize) {
		this.name = Objects.requireNonNull(name, "name");
		this.x = x;
		this.y = y;
		this.style = Objects.requireNonNull(style, "style");
		this.pattern = Objects.requireNonNull(pattern, "pattern");
		this.marker = Objects.requireNonNull(marker, "marker");
		this.colour = colour;
		this.paletteIndex = paletteIndex;
		this.lineWidth = lineWidth;
		this.markerSize = markerSize;
	}

	private static Series create(String name, double[] x, double[] y, SeriesStyle style) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
		}
		return new Series(name, x.clone(), y.clone(), style, LinePattern.SOLID, MarkerShape.CIRCLE, null, -1,
				DEFAULT_LINE_WIDTH, DEFAULT_MARKER_SIZE);
	}

	/**
	 * @param name legend text; empty to leave the series out of the legend
	 * @param x abscissae
	 * @param y ordinates, as many as abscissae
	 * @return a solid line series
	 * @throws IllegalArgumentException when the lengths differ
	 */
	public static Series line(String name, double[] x, double[] y) {
		return create(name, x, y, SeriesStyle.LINE);
	}

	/**
	 * @param name legend text; empty to leave the series out of the legend
	 * @param x abscissae
	 * @param y ordinates, as many as abscissae
	 * @return a series of circle markers without a line
	 * @throws IllegalArgumentException when the lengths differ
	 */
	public static Series markers(String name, double[] x, double[] y) {
		return create(name, x, y, SeriesStyle.MARKERS);
	}

	/**
	 * @param name legend text; empty to leave the series out of the legend
	 * @param x abscissae
	 * @param y ordinates, as many as abscissae
	 * @return a solid line with circle markers
	 * @throws IllegalArgumentException when the lengths differ
	 */
	public static Series lineAndMarkers(String name, double[] x, double[] y) {
		return create(name, x, y, SeriesStyle.LINE_AND_MARKERS);
	}

	/**
	 * @param newStyle line, markers or both
	 * @return a copy drawn in that style
	 */
	public Series withStyle(SeriesStyle newStyle) {
		return new Series(name, x, y, newStyle, pattern, marker, colour, paletteIndex, lineWidth, markerSize);
	}

	/**
	 * @param newPattern solid, dashed or dotted
	 * @return a copy whose line has that pattern
	 */
	public Series withPattern(LinePattern newPattern) {
		return new Series(name, x, y, style, newPattern, marker, colour, paletteIndex, lineWidth, markerSize);
	}

	/**
	 * @return a copy with a dashed line
	 */
	public Series dashed() {
		return withPattern(LinePattern.DASHED);
	}

	/**
	 * @param shape the marker shape
	 * @return a copy with that marker shape; a {@link SeriesStyle#LINE} series becomes line and markers
	 */
	public Series withMarker(MarkerShape shape) {
		SeriesStyle newStyle = style == SeriesStyle.LINE ? SeriesStyle.LINE_AND_MARKERS : style;
		return new Series(name, x, y, newStyle, pattern, shape, colour, paletteIndex, lineWidth, markerSize);
	}

	/**
	 * @param newColour the colour, overriding the palette
	 * @return a copy in that colour
	 */
	public Series withColour(Rgb newColour) {
		return new Series(name, x, y, style, pattern, marker, Objects.requireNonNull(newColour), -1, lineWidth,
				markerSize);
	}

	/**
	 * Pins the series to a palette entry, e.g. to give "measured" and "predicted" of one degree the same colour.
	 *
	 * @param index non-negative index into the chart's palette (taken modulo its size)
	 * @return a copy using that palette entry
	 */
	public Series withPaletteIndex(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("negative palette index " + index);
		}
		return new Series(name, x, y, style, pattern, marker, null, index, lineWidth, markerSize);
	}

	/**
	 * @param width line width in pixels at scale 1, positive
	 * @return a copy with that line width
	 */
	public Series withLineWidth(double width) {
		return new Series(name, x, y, style, pattern, marker, colour, paletteIndex, positive(width), markerSize);
	}

	/**
	 * @param size marker size in pixels at scale 1, positive
	 * @return a copy with that marker size
	 */
	public Series withMarkerSize(double size) {
		return new Series(name, x, y, style, pattern, marker, colour, paletteIndex, lineWidth, positive(size));
	}

	private static double positive(double value) {
		if (!(value > 0) || !Double.isFinite(value)) {
			throw new IllegalArgumentException("expected a positive size, got " + value);
		}
		return value;
	}

	/**
	 * @return the legend text, empty when the series is not listed
	 */
	public String name() {
		return name;
	}

	/**
	 * @return the number of points
	 */
	public int size() {
		return x.length;
	}

	/**
	 * @param i point index in [0, size)
	 * @return its abscissa
	 */
	public double x(int i) {
		return x[i];
	}

	/**
	 * @param i point index in [0, size)
	 * @return its ordinate
	 */
	public double y(int i) {
		return y[i];
	}

	/**
	 * @return a copy of the abscissae
	 */
	public double[] xValues() {
		return x.clone();
	}

	/**
	 * @return a copy of the ordinates
	 */
	public double[] yValues() {
		return y.clone();
	}

	/**
	 * @return line, markers or both
	 */
	public SeriesStyle style() {
		return style;
	}

	/**
	 * @return the dash pattern of the line
	 */
	public LinePattern pattern() {
		return pattern;
	}

	/**
	 * @return the marker shape (used when the style has markers)
	 */
	public MarkerShape marker() {
		return marker;
	}

	/**
	 * @return the explicit colour, if any
	 */
	public Optional<Rgb> colour() {
		return Optional.ofNullable(colour);
	}

	/**
	 * @return the pinned palette index, if any
	 */
	public OptionalInt paletteIndex() {
		return paletteIndex < 0 ? OptionalInt.empty() : OptionalInt.of(paletteIndex);
	}

	/**
	 * @return line width in pixels at scale 1
	 */
	public double lineWidth() {
		return lineWidth;
	}

	/**
	 * @return marker size in pixels at scale 1
	 */
	public double markerSize() {
		return markerSize;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Series s && name.equals(s.name) && Arrays.equals(x, s.x) && Arrays.equals(y, s.y)
				&& style == s.style && pattern == s.pattern && marker == s.marker && Objects.equals(colour, s.colour)
				&& paletteIndex == s.paletteIndex && lineWidth == s.lineWidth && markerSize == s.markerSize;
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y), style, pattern, marker, colour, paletteIndex,
				lineWidth, markerSize);
	}

	@Override
	public String toString() {
		return "Series[" + name + ", " + x.length + " points, " + style + "]";
	}
}

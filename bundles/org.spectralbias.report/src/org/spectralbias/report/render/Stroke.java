package org.spectralbias.report.render;

import java.util.Arrays;
import java.util.Objects;

import org.spectralbias.report.chart.LinePattern;
import org.spectralbias.report.chart.Rgb;

/**
 * How a line is stroked: colour, width and dash pattern, in pixels at scale 1. Immutable.
 */
public final class Stroke {

	private final Rgb colour;
	private final double width;
	private final double[] dashes;

	private Stroke(Rgb colour, double width, double[] dashes) {
		this.colour = Objects.requireNonNull(colour, "colour");
		this.width = width;
		this.dashes = dashes;
	}

	/**
	 * @param colour line colour
	 * @param width line width in pixels
	 * @return a solid stroke
	 */
	public static Stroke solid(Rgb colour, double width) {
		return new Stroke(colour, width, new double[0]);
	}

	/**
	 * @param colour line colour
	 * @param width line width in pixels
	 * @param pattern solid, dashed (dashes 3.5 widths long, gaps 2.2 widths, at least 5 and 3 pixels) or dotted
	 * @return the stroke
	 */
	public static Stroke of(Rgb colour, double width, LinePattern pattern) {
		return switch (pattern) {
		case SOLID -> solid(colour, width);
		case DASHED -> new Stroke(colour, width, new double[] { Math.max(5, 3.5 * width), Math.max(3, 2.2 * width) });
		case DOTTED -> new Stroke(colour, width, new double[] { Math.max(1, width), Math.max(2.5, 2 * width) });
		};
	}

	/** @return line colour */
	public Rgb colour() {
		return colour;
	}

	/** @return line width in pixels */
	public double width() {
		return width;
	}

	/** @return alternating dash and gap lengths in pixels, empty for a solid line */
	public double[] dashes() {
		return dashes.clone();
	}

	/** @return whether the line is solid */
	public boolean isSolid() {
		return dashes.length == 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Stroke s && colour.equals(s.colour) && width == s.width
				&& Arrays.equals(dashes, s.dashes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(colour, width, Arrays.hashCode(dashes));
	}
}

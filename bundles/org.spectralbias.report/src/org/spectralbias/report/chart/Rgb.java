package org.spectralbias.report.chart;

/**
 * An opaque sRGB colour with 8-bit channels. Immutable.
 *
 * @param red red channel, 0–255
 * @param green green channel, 0–255
 * @param blue blue channel, 0–255
 */
public record Rgb(int red, int green, int blue) {

	/** #000000 */
	public static final Rgb BLACK = new Rgb(0, 0, 0);
	/** #ffffff */
	public static final Rgb WHITE = new Rgb(255, 255, 255);

	/**
	 * @throws IllegalArgumentException when a channel is outside 0–255
	 */
	public Rgb {
		if ((red | green | blue) >>> 8 != 0) {
			throw new IllegalArgumentException("channels must be in 0–255: " + red + ", " + green + ", " + blue);
		}
	}

	/**
	 * @param rgb the colour as 0xRRGGBB
	 * @return the colour
	 */
	public static Rgb of(int rgb) {
		return new Rgb(rgb >>> 16 & 0xff, rgb >>> 8 & 0xff, rgb & 0xff);
	}

	/**
	 * @param hex "#RRGGBB" (case-insensitive)
	 * @return the colour
	 * @throws IllegalArgumentException when the text is not of that form
	 */
	public static Rgb parse(String hex) {
		if (hex.length() != 7 || hex.charAt(0) != '#') {
			throw new IllegalArgumentException("expected #RRGGBB, got " + hex);
		}
		try {
			return of(Integer.parseInt(hex.substring(1), 16));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("expected #RRGGBB, got " + hex, e);
		}
	}

	/**
	 * @return the colour as 0xRRGGBB
	 */
	public int value() {
		return red << 16 | green << 8 | blue;
	}

	/**
	 * @return "#rrggbb" in lower case
	 */
	public String hex() {
		return String.format("#%06x", value());
	}
}

package org.spectralbias.report.chart;

import java.util.List;

/**
 * An ordered list of series colours, reused cyclically. Immutable.
 */
public final class Palette {

	private static final Palette OKABE_ITO = new Palette(List.of(Rgb.of(0x0072B2), Rgb.of(0xD55E00),
			Rgb.of(0x009E73), Rgb.of(0xCC79A7), Rgb.of(0xE69F00), Rgb.of(0x56B4E9), Rgb.of(0x000000),
			Rgb.of(0xF0E442)));

	private final List<Rgb> colours;

	private Palette(List<Rgb> colours) {
		if (colours.isEmpty()) {
			throw new IllegalArgumentException("a palette needs at least one colour");
		}
		this.colours = List.copyOf(colours);
	}

	/**
	 * The colour-blind-safe palette of Okabe &amp; Ito ("Color Universal Design", 2008), ordered for contrast on white:
	 * blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow.
	 *
	 * @return the default palette
	 */
	public static Palette okabeIto() {
		return OKABE_ITO;
	}

	/**
	 * @param colours the colours in order of use, at least one
	 * @return a palette of these colours
	 */
	public static Palette of(Rgb... colours) {
		return new Palette(List.of(colours));
	}

	/**
	 * @param index any non-negative index
	 * @return the colour at index modulo the palette size
	 */
	public Rgb colour(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("negative palette index " + index);
		}
		return colours.get(index % colours.size());
	}

	/**
	 * @return the colours in order
	 */
	public List<Rgb> colours() {
		return colours;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Palette p && colours.equals(p.colours);
	}

	@Override
	public int hashCode() {
		return colours.hashCode();
	}

	@Override
	public String toString() {
		return "Palette" + colours;
	}
}

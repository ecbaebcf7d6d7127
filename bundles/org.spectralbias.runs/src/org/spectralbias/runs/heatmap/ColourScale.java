package org.spectralbias.runs.heatmap;

import org.spectralbias.report.chart.Rgb;

/**
 * Maps values to colours along the viridis colour map (perceptually uniform, colour-blind safe, readable in grey),
 * linearly or logarithmically between a minimum and a maximum; values outside are clamped. Immutable.
 *
 * @param min   the value drawn darkest (positive for a log scale)
 * @param max   the value drawn brightest, greater than min
 * @param log     whether positions follow log₁₀ of the value
 * @param percent whether values are fractions shown as percentages
 * @param label   what the values are, e.g. "share of ‖v_k‖²"
 */
public record ColourScale(double min, double max, boolean log, boolean percent, String label) {

	/** Viridis at 10 equally spaced positions (matplotlib's table, rounded to 8 bits). */
	private static final int[] VIRIDIS = { 0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779,
			0x6ece58, 0xb5de2b, 0xfde725 };

	/**
	 * @throws IllegalArgumentException for a bad range
	 */
	public ColourScale {
		if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max) || (log && !(min > 0))) {
			throw new IllegalArgumentException("colour scale needs finite min < max (positive on a log scale), got ["
					+ min + ", " + max + "]");
		}
	}

	/**
	 * @param value a value
	 * @return its position in [0, 1] (clamped); NaN for NaN
	 */
	public double position(double value) {
		if (Double.isNaN(value)) {
			return Double.NaN;
		}
		double p;
		if (log) {
			p = value <= 0 ? 0 : (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
		} else {
			p = (value - min) / (max - min);
		}
		return Math.max(0, Math.min(1, p));
	}

	/**
	 * @param value a value
	 * @return its colour; light grey for NaN
	 */
	public Rgb colour(double value) {
		double p = position(value);
		if (Double.isNaN(p)) {
			return Rgb.of(0xdddddd);
		}
		double x = p * (VIRIDIS.length - 1);
		int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(x));
		double f = x - i;
		Rgb a = Rgb.of(VIRIDIS[i]);
		Rgb b = Rgb.of(VIRIDIS[i + 1]);
		return new Rgb(mix(a.red(), b.red(), f), mix(a.green(), b.green(), f), mix(a.blue(), b.blue(), f));
	}

	/**
	 * @param value a value
	 * @return the text colour readable on that value's colour: white on dark, near-black on light
	 */
	public Rgb textColour(double value) {
		Rgb c = colour(value);
		double luminance = (0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue()) / 255;
		return luminance < 0.5 ? Rgb.WHITE : Rgb.of(0x111111);
	}

	/**
	 * @param value a value
	 * @return its text: a percentage or three significant digits
	 */
	public String format(double value) {
		return percent ? org.spectralbias.runs.Numbers.percent(value) : org.spectralbias.runs.Numbers.format(value);
	}

	/** @return tick values for the colour bar: the decades (log) or five even steps (linear), min and max included */
	public double[] ticks() {
		java.util.List<Double> ticks = new java.util.ArrayList<>();
		if (log) {
			for (int e = (int) Math.ceil(Math.log10(min) - 1e-9); e <= Math.floor(Math.log10(max) + 1e-9); e++) {
				ticks.add(Math.pow(10, e));
			}
			if (ticks.size() < 2) {
				ticks = new java.util.ArrayList<>(java.util.List.of(min, max));
			}
		} else {
			for (int i = 0; i <= 4; i++) {
				ticks.add(min + (max - min) * i / 4);
			}
		}
		return ticks.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static int mix(int a, int b, double f) {
		return (int) Math.round(a + (b - a) * f);
	}
}

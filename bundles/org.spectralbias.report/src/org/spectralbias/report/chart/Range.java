package org.spectralbias.report.chart;

/**
 * A closed interval [min, max] of data values with min &lt; max, both finite. Immutable.
 *
 * @param min lower bound
 * @param max upper bound, greater than min
 */
public record Range(double min, double max) {

	/**
	 * @throws IllegalArgumentException when a bound is not finite or min ≥ max
	 */
	public Range {
		if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
			throw new IllegalArgumentException("range needs finite min < max, got [" + min + ", " + max + "]");
		}
	}

	/**
	 * @param value a data value
	 * @return whether min ≤ value ≤ max
	 */
	public boolean contains(double value) {
		return value >= min && value <= max;
	}
}

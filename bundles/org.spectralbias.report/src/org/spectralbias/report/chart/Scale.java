package org.spectralbias.report.chart;

/**
 * How an axis maps data values to positions.
 */
public enum Scale {
	/** Positions proportional to the value. */
	LINEAR,
	/** Positions proportional to log₁₀ of the value; only positive values can be shown. */
	LOG;

	/**
	 * @param value a data value
	 * @return whether the value can be placed on an axis of this scale: finite, and positive for {@link #LOG}
	 */
	public boolean accepts(double value) {
		return Double.isFinite(value) && (this == LINEAR || value > 0);
	}
}

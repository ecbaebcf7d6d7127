package org.spectralbias.report.layout;

import java.util.Objects;

/**
 * One row of the legend: a line/marker sample from (sampleStart, sampleY) to (sampleEnd, sampleY) and its label.
 * Immutable.
 *
 * @param source whether the row stands for a series or a reference line
 * @param index index into the chart's series or reference lines
 * @param sampleStart left end of the sample in pixels
 * @param sampleEnd right end of the sample in pixels
 * @param sampleY ordinate of the sample in pixels
 * @param label the text
 */
public record LegendEntry(Source source, int index, double sampleStart, double sampleEnd, double sampleY,
		PlacedText label) {

	/**
	 * What a legend row stands for.
	 */
	public enum Source {
		/** A {@link org.spectralbias.report.chart.Series}. */
		SERIES,
		/** A {@link org.spectralbias.report.chart.ReferenceLine}. */
		REFERENCE_LINE
	}

	/**
	 * @throws NullPointerException when source or label is null
	 */
	public LegendEntry {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(label, "label");
	}
}

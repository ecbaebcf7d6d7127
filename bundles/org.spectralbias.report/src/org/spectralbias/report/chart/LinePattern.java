package org.spectralbias.report.chart;

/**
 * The dash pattern of a line.
 */
public enum LinePattern {
	/** A continuous line. */
	SOLID,
	/** Dashes about four line widths long. */
	DASHED,
	/** Short dots. */
	DOTTED
}

package org.spectralbias.report.chart;

/**
 * The shape drawn at each point of a series with markers.
 */
public enum MarkerShape {
	/** A filled disc. */
	CIRCLE,
	/** A filled axis-aligned square. */
	SQUARE,
	/** A filled triangle pointing up. */
	TRIANGLE,
	/** A filled square standing on a corner. */
	DIAMOND,
	/** A diagonal cross (×), drawn as two strokes. */
	CROSS
}

package org.spectralbias.report.chart;

/**
 * Whether a series is drawn as a line through its points, as markers at its points, or both.
 */
public enum SeriesStyle {
	/** A polyline through the points. */
	LINE,
	/** A marker at each point. */
	MARKERS,
	/** A polyline with a marker at each point. */
	LINE_AND_MARKERS;

	/**
	 * @return whether a line is drawn
	 */
	public boolean hasLine() {
		return this != MARKERS;
	}

	/**
	 * @return whether markers are drawn
	 */
	public boolean hasMarkers() {
		return this != LINE;
	}
}

package org.spectralbias.report.chart;

/**
 * Where the legend box goes.
 */
public enum LegendPosition {
	/** The inside corner of the plot area that covers the fewest data points. */
	AUTO,
	/** Inside the plot area, top right. */
	TOP_RIGHT,
	/** Inside the plot area, top left. */
	TOP_LEFT,
	/** Inside the plot area, bottom right. */
	BOTTOM_RIGHT,
	/** Inside the plot area, bottom left. */
	BOTTOM_LEFT,
	/** Right of the plot area, which shrinks to make room. */
	OUTSIDE_RIGHT,
	/** No legend. */
	NONE
}

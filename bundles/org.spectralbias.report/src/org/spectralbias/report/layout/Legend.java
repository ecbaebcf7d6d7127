package org.spectralbias.report.layout;

import java.util.List;

/**
 * The placed legend: its box and rows. Immutable.
 *
 * @param box the frame, in pixels
 * @param entries the rows from top to bottom
 */
public record Legend(Rect box, List<LegendEntry> entries) {

	/**
	 * Copies the entries.
	 */
	public Legend {
		entries = List.copyOf(entries);
	}
}

package org.spectralbias.runs;

import java.util.List;

/**
 * The runs of one experiment, newest first. Immutable.
 *
 * @param experiment the experiment's name
 * @param runs       its runs, newest first
 */
public record ExperimentGroup(String experiment, List<RunSummary> runs) {

	/** Copies the list. */
	public ExperimentGroup {
		runs = List.copyOf(runs);
	}
}

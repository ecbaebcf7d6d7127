package org.spectralbias.experiments.model;

import java.util.List;

import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.Problem;

/**
 * Checks what the experiment reader cannot: that the contributions an experiment names are installed and accept
 * its parameters. The workbench uses {@link ResolverCheck}.
 */
@FunctionalInterface
public interface ContributionCheck {

	/** Checks nothing (no catalogues). */
	ContributionCheck NONE = spec -> List.of();

	/**
	 * @param spec an experiment that reads
	 * @return its contribution problems with their paths; empty when it can run
	 */
	List<Problem> check(ExperimentSpec spec);
}

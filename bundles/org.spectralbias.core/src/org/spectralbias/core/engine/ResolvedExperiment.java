package org.spectralbias.core.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.Architecture;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.TargetFunction;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.math.activation.ActivationFunction;

/**
 * An experiment whose contributions were found and whose parameters were validated: ready to run.
 *
 * @param spec         the experiment
 * @param distribution the input distribution with its parameters
 * @param target       the target function with its parameters
 * @param architecture the architecture with its parameters
 * @param activation   σ, when the architecture takes one
 * @param analyses     the analyses with their ids and parameters, in the file's order
 * @param provenance   "kind id" → "bundle version" of every contribution used
 */
public record ResolvedExperiment(ExperimentSpec spec, Use<InputDistribution> distribution, Use<TargetFunction> target,
		Use<Architecture> architecture, Optional<ActivationFunction> activation, List<Use<Analysis>> analyses,
		Map<String, String> provenance) {

	/**
	 * A contribution with its validated parameters.
	 *
	 * @param <T>          the contribution interface
	 * @param id           its id
	 * @param contribution the service
	 * @param parameters   validated parameters
	 */
	public record Use<T>(String id, T contribution, Parameters parameters) {
	}
}

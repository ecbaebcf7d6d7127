package org.spectralbias.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spectralbias.core.catalogue.Catalogue;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.catalogue.ContributionEntry;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.Architecture;
import org.spectralbias.core.contrib.Contribution;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.TargetFunction;
import org.spectralbias.core.engine.ResolvedExperiment.Use;
import org.spectralbias.core.experiment.ContributionRef;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.Problem;
import org.spectralbias.math.activation.ActivationFunction;

/**
 * Finds the contributions an experiment names and validates their parameters, reporting every problem at once with
 * its JSON path: unknown ids list the available ones, failed contributions give their bundle and reason.
 */
public final class ExperimentResolver {

	private final Catalogues catalogues;

	/** @param catalogues where contributions are looked up */
	public ExperimentResolver(Catalogues catalogues) {
		this.catalogues = catalogues;
	}

	/**
	 * @param spec   the experiment
	 * @param source the file name for messages (or a short description)
	 * @return the resolved experiment
	 * @throws ExperimentFileException listing every problem with its path
	 */
	public ResolvedExperiment resolve(ExperimentSpec spec, String source) throws ExperimentFileException {
		List<Problem> problems = new ArrayList<>();
		Map<String, String> provenance = new LinkedHashMap<>();
		Use<InputDistribution> distribution = use("distribution", "$.distribution", spec.distribution(),
				catalogues.distributions(), problems, provenance);
		Use<TargetFunction> target = use("target", "$.target", spec.target(), catalogues.targets(), problems, provenance);
		Use<Architecture> architecture = use("architecture", "$.architecture", spec.architecture(),
				catalogues.architectures(), problems, provenance);
		Optional<ActivationFunction> activation = Optional.empty();
		if (spec.activation().isPresent()) {
			Use<Activation> a = use("activation", "$.activation", spec.activation().get(), catalogues.activations(),
					problems, provenance);
			if (a != null) {
				try {
					activation = Optional.of(a.contribution().create(a.parameters()));
				} catch (RuntimeException | LinkageError e) {
					problems.add(new Problem("$.activation", "activation '" + a.id() + "' failed: " + e));
				}
			}
		} else if (architecture != null && architecture.contribution().needsActivation()) {
			problems.add(new Problem("$.activation", "architecture '" + architecture.id()
					+ "' needs an activation; available: " + String.join(", ", catalogues.activations().ids())));
		}
		List<Use<Analysis>> analyses = new ArrayList<>();
		for (int i = 0; i < spec.analyses().size(); i++) {
			Use<Analysis> a = use("analysis", "$.analyses[" + i + "]", spec.analyses().get(i), catalogues.analyses(),
					problems, provenance);
			if (a != null) {
				analyses.add(a);
			}
		}
		if (!problems.isEmpty()) {
			throw new ExperimentFileException(source, problems);
		}
		return new ResolvedExperiment(spec, distribution, target, architecture, activation, analyses, provenance);
	}

	private static <T extends Contribution> Use<T> use(String kind, String path, ContributionRef ref,
			Catalogue<T> catalogue, List<Problem> problems, Map<String, String> provenance) {
		Optional<T> found = catalogue.find(ref.id());
		if (found.isEmpty()) {
			Optional<ContributionEntry<T>> failed = catalogue.entry(ref.id());
			problems.add(new Problem(path + ".id", failed.isPresent()
					? kind + " '" + ref.id() + "' from " + failed.get().bundle() + " failed: " + failed.get().reason()
					: "unknown " + kind + " '" + ref.id() + "'; available: " + String.join(", ", catalogue.ids())));
			return null;
		}
		catalogue.entry(ref.id()).ifPresent(e -> provenance.put(kind + " " + ref.id(), e.bundle() + " " + e.version()));
		try {
			Parameters parameters = Parameters.resolve(kind + " '" + ref.id() + "'", found.get().parameters(),
					ref.parameters());
			return new Use<>(ref.id(), found.get(), parameters);
		} catch (ParameterException e) {
			e.getMessage().lines().forEach(line -> problems.add(new Problem(path + ".parameters", line)));
			return null;
		}
	}
}

package org.spectralbias.experiments.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.RecordSchedule;
import org.spectralbias.core.experiment.Samples;

/**
 * The templates of the "New experiment" dialog: the paper's experiments as the command line ships them
 * ({@code experiments/*.experiment.json} of the command-line bundle, see {@link ShippedExperiments}), each followed
 * by its quick variant, the scaled-down version {@code reproduce --quick} runs (n = 200 training and 200 test points,
 * m = 512, 2000 steps, 60 log-spaced records): the same science in seconds instead of minutes.
 */
public final class TemplateLibrary {

	/** Training and test points of a quick variant. */
	public static final int QUICK_SAMPLES = 200;
	/** Width of a quick variant. */
	public static final int QUICK_WIDTH = 512;
	/** Steps of a quick variant. */
	public static final int QUICK_STEPS = 2000;
	/** Log-spaced records of a quick variant. */
	public static final int QUICK_RECORDS = 60;

	private final List<ExperimentTemplate> templates;
	private final List<String> problems;

	private TemplateLibrary(List<ExperimentTemplate> templates, List<String> problems) {
		this.templates = List.copyOf(templates);
		this.problems = List.copyOf(problems);
	}

	/**
	 * @param files experiment files by name (e.g. {@code fig1.experiment.json}) with their text
	 * @return the library: the files sorted by name, each followed by its quick variant; a file that does not read
	 *         is left out and named in {@link #problems()}
	 */
	public static TemplateLibrary of(Map<String, String> files) {
		List<ExperimentTemplate> templates = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
			try {
				ExperimentSpec spec = ExperimentJson.read(f.getValue(), f.getKey());
				String description = spec.description().isEmpty() ? spec.name() : spec.description();
				templates.add(new ExperimentTemplate(spec.name(), description, false, spec));
				ExperimentSpec quick = quick(spec);
				templates.add(new ExperimentTemplate(quick.name(), "Quick variant (n = " + QUICK_SAMPLES + ", m = "
						+ QUICK_WIDTH + ", " + QUICK_STEPS + " steps) of " + spec.name() + ": " + description, true,
						quick));
			} catch (ExperimentFileException e) {
				problems.add(e.getMessage());
			}
		}
		return new TemplateLibrary(templates, problems);
	}

	/**
	 * @param spec an experiment
	 * @return its quick variant, named {@code <name>-quick}
	 */
	public static ExperimentSpec quick(ExperimentSpec spec) {
		return spec.withName(spec.name() + "-quick").withSamples(new Samples(QUICK_SAMPLES, QUICK_SAMPLES))
				.withWidth(QUICK_WIDTH)
				.withOptimizer(spec.optimizer().withSteps(QUICK_STEPS).withRecord(new RecordSchedule.Log(QUICK_RECORDS)));
	}

	/** @return the templates, in dialog order */
	public List<ExperimentTemplate> templates() {
		return templates;
	}

	/** @return one message per shipped file that could not be read */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @param id a template id
	 * @return the template with that id
	 */
	public Optional<ExperimentTemplate> find(String id) {
		return templates.stream().filter(t -> t.id().equals(id)).findFirst();
	}
}

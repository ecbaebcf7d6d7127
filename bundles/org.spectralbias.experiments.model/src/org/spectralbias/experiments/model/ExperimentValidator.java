package org.spectralbias.experiments.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spectralbias.core.experiment.ContributionRef;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.JsonLayout;
import org.spectralbias.core.experiment.LearningRate;
import org.spectralbias.core.experiment.OptimizerSpec;
import org.spectralbias.core.experiment.Problem;
import org.spectralbias.core.experiment.Samples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Checks the text of an experiment file as a run would: first the experiment reader (JSON, schema, bounds: every
 * problem with its path), then the contributions through a {@link ContributionCheck}. When the reader rejects the
 * file for reasons outside the contribution references (a width of 1, say), the references are still checked: they
 * are copied, at their own paths, into a probe experiment that reads, so a wrong parameter shows while another field
 * is being fixed.
 * <p>
 * The resolver reports a parameter problem at the reference's {@code parameters} object and names the parameter in
 * its message ({@code target 'gegenbauer-sum': parameter 'degrees' = 'x' is not …}, {@code … has no parameter 'y'});
 * such a marker is moved to the parameter's own path so the form can show it at the field.
 */
public final class ExperimentValidator {

	private static final Pattern PARAMETER = Pattern.compile("parameter '([^']+)'");
	private static final List<String> REQUIRED_REFERENCES = List.of("distribution", "target", "architecture");
	private static final List<String> REFERENCES = List.of("distribution", "target", "architecture", "activation",
			"analyses");
	/** The smallest experiment that reads; only its contribution references are replaced and checked. */
	private static final ExperimentSpec PROBE = new ExperimentSpec("probe", "", ExperimentSpec.MIN_AMBIENT_DIM,
			ExperimentSpec.DEFAULT_SEED, 0, new Samples(1, 0), ContributionRef.of("probe"), ContributionRef.of("probe"),
			ContributionRef.of("probe"), Optional.empty(), ExperimentSpec.MIN_WIDTH,
			OptimizerSpec.gradientDescent(LearningRate.effective(1), 1), List.of(), List.of());

	private final ContributionCheck check;

	/** @param check the contribution check ({@link ContributionCheck#NONE} for the file alone) */
	public ExperimentValidator(ContributionCheck check) {
		this.check = check;
	}

	/**
	 * @param text     the file's text
	 * @param readable whether the text is well-formed JSON holding an object
	 * @return the markers and, when the file reads, the experiment
	 */
	public Validation validate(String text, boolean readable) {
		ExperimentSpec spec;
		try {
			spec = ExperimentJson.read(text, null);
		} catch (ExperimentFileException e) {
			List<Problem> problems = new ArrayList<>(e.problems());
			if (readable) {
				probe(text).stream().filter(p -> !problems.contains(p)).forEach(problems::add);
			}
			return new Validation(markers(problems), Optional.empty(), readable);
		}
		return new Validation(markers(check.check(spec)), Optional.of(spec), readable);
	}

	/**
	 * @return the contribution problems of a file that does not read, found on a probe experiment holding its
	 *         contribution references at the same paths; empty when the references themselves do not read
	 */
	private List<Problem> probe(String text) {
		JsonObject tree = ExperimentDocument.parse(text);
		if (tree == null || REQUIRED_REFERENCES.stream().anyMatch(k -> !tree.has(k))) {
			return List.of();
		}
		JsonObject probe = JsonParser.parseString(ExperimentJson.write(PROBE)).getAsJsonObject();
		for (String key : REFERENCES) {
			probe.remove(key);
			if (tree.has(key)) {
				probe.add(key, tree.get(key));
			}
		}
		try {
			return check.check(ExperimentJson.read(JsonLayout.format(probe), null));
		} catch (ExperimentFileException e) {
			return List.of();
		}
	}

	/** @return the problems as markers, parameter problems at the parameter */
	static List<Marker> markers(List<Problem> problems) {
		List<Marker> markers = new ArrayList<>();
		for (Problem p : problems) {
			JsonPath path = parse(p.path());
			if (path.lastKey().equals("parameters")) {
				Matcher m = PARAMETER.matcher(p.message());
				if (m.find()) {
					path = path.child(m.group(1));
				}
			}
			markers.add(new Marker(path, p.message()));
		}
		return markers;
	}

	private static JsonPath parse(String path) {
		try {
			return JsonPath.parse(path);
		} catch (IllegalArgumentException e) {
			return JsonPath.ROOT;
		}
	}
}

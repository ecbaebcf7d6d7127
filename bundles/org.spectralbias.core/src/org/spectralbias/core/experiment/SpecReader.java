package org.spectralbias.core.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;

/** Reads and validates schema version 1 from a parsed tree, collecting every problem. One instance per read. */
final class SpecReader {

	static final List<String> TOP_KEYS = List.of("schema", "name", "description", "ambientDim", "seed", "threads",
			"samples", "distribution", "target", "architecture", "activation", "width", "optimizer",
			"projectionDegrees", "analyses");
	static final List<String> SAMPLES_KEYS = List.of("train", "test");
	static final List<String> REF_KEYS = List.of("id", "parameters");
	static final List<String> OPTIMIZER_KEYS = List.of("type", "learningRate", "effectiveLearningRate", "steps",
			"record", "force");
	static final List<String> RECORD_KEYS = List.of("schedule", "every", "points");
	static final List<String> SCHEDULES = List.of("linear", "log");

	private static final String SCHEMA_PREFIX = "spectralbias.experiment/";
	private static final String REF_SHAPE = "an object { \"id\": …, \"parameters\": { … } }";

	private final Problems problems;

	SpecReader(Problems problems) {
		this.problems = problems;
	}

	/** @return the spec, or {@code null} when problems were reported */
	ExperimentSpec read(JsonElement root) {
		JsonElement schemaValue = root.isJsonObject() ? root.getAsJsonObject().get("schema") : null;
		if (schemaValue != null && schemaValue.isJsonPrimitive() && schemaValue.getAsJsonPrimitive().isString()
				&& schemaValue.getAsString().startsWith(SCHEMA_PREFIX)
				&& !schemaValue.getAsString().equals(ExperimentSpec.SCHEMA)) {
			// Another version: its other keys may be valid there, so say only this.
			return versionOnly(schemaValue.getAsString());
		}
		ObjectReader top = ObjectReader.of(root, "$", "a JSON object", TOP_KEYS, problems);
		if (top == null) {
			return null;
		}
		JsonElement schemaElement = top.required("schema",
				"is required; the first key of an experiment file is \"schema\": \"" + ExperimentSpec.SCHEMA + "\"");
		String schema = schemaElement == null ? null : ObjectReader.string(schemaElement, top.path("schema"), problems);
		if (schema != null && !schema.equals(ExperimentSpec.SCHEMA)) {
			problems.add(top.path("schema"), "must be \"" + ExperimentSpec.SCHEMA + "\", got \"" + schema + "\"");
		}
		String name = name(top);
		String description = top.string("description", "");
		Long ambientDim = top.integer("ambientDim", ExperimentSpec.MIN_AMBIENT_DIM, Integer.MAX_VALUE, null);
		Long seed = top.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, ExperimentSpec.DEFAULT_SEED);
		Long threads = top.integer("threads", 0, Integer.MAX_VALUE, 0L);
		Samples samples = samples(top);
		ContributionRef distribution = ref(top, "distribution", true);
		ContributionRef target = ref(top, "target", true);
		ContributionRef architecture = ref(top, "architecture", true);
		ContributionRef activation = ref(top, "activation", false);
		Long width = top.integer("width", ExperimentSpec.MIN_WIDTH, ExperimentSpec.MAX_WIDTH, null);
		OptimizerSpec optimizer = optimizer(top);
		List<Integer> degrees = degrees(top);
		List<ContributionRef> analyses = analyses(top);
		if (!problems.isEmpty()) {
			return null;
		}
		return new ExperimentSpec(name, description, ambientDim.intValue(), seed, threads.intValue(), samples,
				distribution, target, architecture, Optional.ofNullable(activation), width.intValue(), optimizer,
				degrees, analyses);
	}

	private ExperimentSpec versionOnly(String schema) {
		problems.add("$.schema", "unsupported schema version \"" + schema + "\"; this version of the workbench reads \""
				+ ExperimentSpec.SCHEMA + "\"");
		return null;
	}

	private String name(ObjectReader top) {
		String name = top.string("name", null);
		if (name != null && !ExperimentSpec.isValidName(name)) {
			problems.add(top.path("name"),
					ExperimentSpec.NAME_RULE + " (it names the run folder), got \"" + name + "\"");
			return null;
		}
		return name;
	}

	private Samples samples(ObjectReader top) {
		ObjectReader samples = top.object("samples", true, SAMPLES_KEYS);
		if (samples == null) {
			return null;
		}
		Long train = samples.integer("train", 1, Samples.MAX, null);
		Long test = samples.integer("test", 0, Samples.MAX, 0L);
		return train == null || test == null ? null : new Samples(train.intValue(), test.intValue());
	}

	private ContributionRef ref(ObjectReader parent, String key, boolean required) {
		JsonElement value = required ? parent.required(key) : parent.object().get(key);
		return value == null ? null : ref(value, parent.path(key));
	}

	private ContributionRef ref(JsonElement value, String path) {
		ObjectReader ref = ObjectReader.of(value, path, REF_SHAPE, REF_KEYS, problems);
		if (ref == null) {
			return null;
		}
		String id = ref.string("id", null);
		if (id != null && id.isBlank()) {
			problems.add(ref.path("id"), "must not be empty");
			id = null;
		}
		Map<String, String> parameters = parameters(ref);
		return id == null || parameters == null ? null : new ContributionRef(id, parameters);
	}

	private Map<String, String> parameters(ObjectReader ref) {
		JsonElement value = ref.object().get("parameters");
		if (value == null) {
			return Map.of();
		}
		String path = ref.path("parameters");
		if (!value.isJsonObject()) {
			problems.add(path, "must be an object of parameter values, got " + ObjectReader.describe(value));
			return null;
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		boolean ok = true;
		for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
			String parameterPath = Problems.child(path, e.getKey());
			if (e.getKey().isEmpty()) {
				problems.add(parameterPath, "a parameter name must not be empty");
				ok = false;
				continue;
			}
			String text = ParameterText.fromJson(e.getValue(), parameterPath, problems);
			ok &= text != null;
			parameters.put(e.getKey(), text);
		}
		return ok ? parameters : null;
	}

	private OptimizerSpec optimizer(ObjectReader top) {
		ObjectReader opt = top.object("optimizer", true, OPTIMIZER_KEYS);
		if (opt == null) {
			return null;
		}
		String type = opt.choice("type", OptimizerType.ids(), null);
		LearningRate rate = learningRate(opt);
		Long steps = opt.integer("steps", 1, OptimizerSpec.MAX_STEPS, null);
		RecordSchedule record = record(opt);
		Boolean force = opt.bool("force", false);
		if (type == null || rate == null || steps == null || record == null || force == null) {
			return null;
		}
		return new OptimizerSpec(OptimizerType.byId(type).orElseThrow(), rate, steps.intValue(), record, force);
	}

	private LearningRate learningRate(ObjectReader opt) {
		boolean eta = opt.has(LearningRate.Kind.ETA.key());
		boolean effective = opt.has(LearningRate.Kind.EFFECTIVE.key());
		if (eta == effective) {
			problems.add(opt.path(), "give exactly one of 'learningRate' (the paper's η) and 'effectiveLearningRate' "
					+ "(η·m); " + (eta ? "both are present" : "neither is present"));
			return null;
		}
		LearningRate.Kind kind = eta ? LearningRate.Kind.ETA : LearningRate.Kind.EFFECTIVE;
		Double value = opt.positiveNumber(kind.key(), null);
		return value == null ? null : new LearningRate(kind, value);
	}

	private RecordSchedule record(ObjectReader opt) {
		ObjectReader record = opt.object("record", false, RECORD_KEYS);
		if (record == null) {
			return opt.has("record") ? null : RecordSchedule.DEFAULT;
		}
		String schedule = record.choice("schedule", SCHEDULES, null);
		if (schedule == null) {
			return null;
		}
		String used = schedule.equals("linear") ? "every" : "points";
		String unused = schedule.equals("linear") ? "points" : "every";
		if (record.has(unused)) {
			problems.add(record.path(unused),
					"not used with schedule \"" + schedule + "\" (which takes '" + used + "')");
		}
		if (schedule.equals("linear")) {
			Long every = record.integer("every", 1, OptimizerSpec.MAX_STEPS, null);
			return every == null ? null : new RecordSchedule.Linear(every.intValue());
		}
		Long points = record.integer("points", RecordSchedule.Log.MIN_POINTS, RecordSchedule.Log.MAX_POINTS,
				(long) RecordSchedule.Log.DEFAULT_POINTS);
		return points == null ? null : new RecordSchedule.Log(points.intValue());
	}

	private List<Integer> degrees(ObjectReader top) {
		List<JsonElement> elements = top.array("projectionDegrees", "an array of integers ≥ 0");
		if (elements == null) {
			return top.has("projectionDegrees") ? null : List.of();
		}
		List<Integer> degrees = new ArrayList<>();
		Map<Integer, String> seen = new HashMap<>();
		boolean ok = true;
		for (int i = 0; i < elements.size(); i++) {
			String path = Problems.element(top.path("projectionDegrees"), i);
			Long k = ObjectReader.integer(elements.get(i), path, 0, Integer.MAX_VALUE, problems);
			if (k == null) {
				ok = false;
			} else if (seen.containsKey(k.intValue())) {
				problems.add(path, "duplicate degree " + k + " (already at " + seen.get(k.intValue()) + ")");
				ok = false;
			} else {
				seen.put(k.intValue(), path);
				degrees.add(k.intValue());
			}
		}
		return ok ? degrees : null;
	}

	private List<ContributionRef> analyses(ObjectReader top) {
		List<JsonElement> elements = top.array("analyses", "an array of { \"id\": …, \"parameters\": { … } }");
		if (elements == null) {
			return top.has("analyses") ? null : List.of();
		}
		List<ContributionRef> analyses = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			analyses.add(ref(elements.get(i), Problems.element(top.path("analyses"), i)));
		}
		return analyses.contains(null) ? null : analyses;
	}
}

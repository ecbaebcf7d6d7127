package org.spectralbias.core.experiment;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a spec as schema version 1: every value explicit (defaults included, so a run folder's copy states what
 * ran), except an empty description and an absent activation, which are left out. Keys in schema order, laid out
 * by {@link JsonLayout}.
 */
final class SpecWriter {

	private SpecWriter() {
	}

	static String write(ExperimentSpec spec) {
		return JsonLayout.format(tree(spec));
	}

	static JsonObject tree(ExperimentSpec spec) {
		JsonObject o = new JsonObject();
		o.addProperty("schema", ExperimentSpec.SCHEMA);
		o.addProperty("name", spec.name());
		if (!spec.description().isEmpty()) {
			o.addProperty("description", spec.description());
		}
		o.addProperty("ambientDim", spec.ambientDim());
		o.addProperty("seed", spec.seed());
		o.addProperty("threads", spec.threads());
		JsonObject samples = new JsonObject();
		samples.addProperty("train", spec.samples().train());
		samples.addProperty("test", spec.samples().test());
		o.add("samples", samples);
		o.add("distribution", ref(spec.distribution()));
		o.add("target", ref(spec.target()));
		o.add("architecture", ref(spec.architecture()));
		spec.activation().ifPresent(a -> o.add("activation", ref(a)));
		o.addProperty("width", spec.width());
		o.add("optimizer", optimizer(spec.optimizer()));
		JsonArray degrees = new JsonArray();
		spec.projectionDegrees().forEach(degrees::add);
		o.add("projectionDegrees", degrees);
		JsonArray analyses = new JsonArray();
		spec.analyses().forEach(a -> analyses.add(ref(a)));
		o.add("analyses", analyses);
		return o;
	}

	private static JsonObject ref(ContributionRef ref) {
		JsonObject o = new JsonObject();
		o.addProperty("id", ref.id());
		o.add("parameters", ParameterText.toJson(ref.parameters()));
		return o;
	}

	private static JsonObject optimizer(OptimizerSpec optimizer) {
		JsonObject o = new JsonObject();
		o.addProperty("type", optimizer.type().id());
		o.addProperty(optimizer.learningRate().kind().key(), optimizer.learningRate().value());
		o.addProperty("steps", optimizer.steps());
		JsonObject record = new JsonObject();
		record.addProperty("schedule", optimizer.record().id());
		switch (optimizer.record()) {
		case RecordSchedule.Linear linear -> record.addProperty("every", linear.every());
		case RecordSchedule.Log log -> record.addProperty("points", log.points());
		}
		o.add("record", record);
		o.addProperty("force", optimizer.force());
		return o;
	}
}

package org.spectralbias.core.experiment;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes a spec as schema version 1: every value explicit (defaults included, so a run folder's copy states what
 * ran), except an empty description and an absent activation, which are left out. Layout: two-space indentation,
 * keys in schema order; a nested object or array is kept on one line when that line stays within {@value #WIDTH}
 * characters.
 */
final class SpecWriter {

	private static final int WIDTH = 100;

	private SpecWriter() {
	}

	static String write(ExperimentSpec spec) {
		StringBuilder out = new StringBuilder();
		format(tree(spec), 0, 0, out);
		return out.append('\n').toString();
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

	/**
	 * @param indent the current indentation in spaces
	 * @param column where on its line the value starts
	 */
	private static void format(JsonElement value, int indent, int column, StringBuilder out) {
		String inline = inline(value);
		boolean root = indent == 0 && column == 0;
		if (!root && column + inline.length() + 1 <= WIDTH || !(value.isJsonObject() || value.isJsonArray())) {
			out.append(inline);
			return;
		}
		String inner = " ".repeat(indent + 2);
		if (value.isJsonArray()) {
			out.append("[\n");
			JsonArray array = value.getAsJsonArray();
			for (int i = 0; i < array.size(); i++) {
				out.append(inner);
				format(array.get(i), indent + 2, inner.length(), out);
				out.append(i < array.size() - 1 ? ",\n" : "\n");
			}
			out.append(" ".repeat(indent)).append(']');
			return;
		}
		out.append("{\n");
		int i = 0;
		int size = value.getAsJsonObject().size();
		for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
			String key = new JsonPrimitive(e.getKey()) + ": ";
			out.append(inner).append(key);
			format(e.getValue(), indent + 2, inner.length() + key.length(), out);
			out.append(++i < size ? ",\n" : "\n");
		}
		out.append(" ".repeat(indent)).append('}');
	}

	/** @return the value on one line: {@code { "a": 1, "b": [1, 2] }}, {@code {}}, {@code []} */
	private static String inline(JsonElement value) {
		if (value.isJsonArray()) {
			StringBuilder b = new StringBuilder("[");
			JsonArray array = value.getAsJsonArray();
			for (int i = 0; i < array.size(); i++) {
				b.append(i == 0 ? "" : ", ").append(inline(array.get(i)));
			}
			return b.append(']').toString();
		}
		if (value.isJsonObject()) {
			if (value.getAsJsonObject().isEmpty()) {
				return "{}";
			}
			StringBuilder b = new StringBuilder("{ ");
			int i = 0;
			for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
				b.append(i++ == 0 ? "" : ", ").append(new JsonPrimitive(e.getKey())).append(": ")
						.append(inline(e.getValue()));
			}
			return b.append(" }").toString();
		}
		JsonPrimitive p = value.getAsJsonPrimitive();
		return p.isNumber() ? p.getAsNumber().toString() : p.toString();
	}
}

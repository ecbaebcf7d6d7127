package org.spectralbias.runs.view;

import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Short texts about an experiment for labels and tables. */
final class RunRecordText {

	private RunRecordText() {
	}

	/**
	 * @param experiment the experiment JSON
	 * @param slot       e.g. "distribution"
	 * @return e.g. {@code anisotropic-gaussian (ratio=4)}, empty when the slot is missing
	 */
	static String contribution(JsonObject experiment, String slot) {
		JsonElement e = experiment.get(slot);
		if (e == null || !e.isJsonObject() || !e.getAsJsonObject().has("id")) {
			return "";
		}
		JsonObject o = e.getAsJsonObject();
		String id = o.get("id").getAsString();
		JsonElement p = o.get("parameters");
		if (p == null || !p.isJsonObject() || p.getAsJsonObject().size() == 0) {
			return id;
		}
		return id + " (" + p.getAsJsonObject().entrySet().stream().map(RunRecordText::pair)
				.collect(Collectors.joining(", ")) + ")";
	}

	private static String pair(Map.Entry<String, JsonElement> e) {
		return e.getKey() + "=" + (e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString());
	}
}

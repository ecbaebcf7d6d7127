package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.spectralbias.runs.view.PropertiesBlock.Property;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Turns JSON documents into name–value rows for people. */
final class Json {

	private Json() {
	}

	/**
	 * Flattens an object: nested keys joined by '.', arrays of primitives as {@code [1, 2, 4]}, arrays of objects by
	 * index ({@code analyses[0].id}), empty objects left out.
	 *
	 * @param object the object
	 * @param skip   top-level keys to leave out
	 * @return one row per leaf, in document order
	 */
	static List<Property> flatten(JsonObject object, Set<String> skip) {
		List<Property> rows = new ArrayList<>();
		for (Map.Entry<String, JsonElement> e : object.entrySet()) {
			if (!skip.contains(e.getKey())) {
				add(rows, e.getKey(), e.getValue());
			}
		}
		return rows;
	}

	private static void add(List<Property> rows, String name, JsonElement value) {
		if (value == null || value.isJsonNull()) {
			rows.add(new Property(name, ""));
		} else if (value.isJsonPrimitive()) {
			rows.add(new Property(name, value.getAsString()));
		} else if (value.isJsonObject()) {
			for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
				add(rows, name + "." + e.getKey(), e.getValue());
			}
		} else {
			List<JsonElement> items = value.getAsJsonArray().asList();
			if (items.stream().allMatch(JsonElement::isJsonPrimitive)) {
				rows.add(new Property(name,
						items.stream().map(JsonElement::getAsString).collect(Collectors.joining(", ", "[", "]"))));
			} else {
				for (int i = 0; i < items.size(); i++) {
					add(rows, name + "[" + i + "]", items.get(i));
				}
			}
		}
	}
}

package org.spectralbias.experiments.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.spectralbias.core.experiment.JsonLayout;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Turns what a person types into a form field into the JSON value stored in the document, and a stored value back
 * into field text. Typed numbers keep their exact text ({@code 1e-5} stays {@code 1e-5}); text that is not what the
 * field expects is stored as a JSON string, so the experiment reader or the contribution reports it with its path
 * instead of the form silently dropping it.
 */
public final class JsonValues {

	/** The number grammar of RFC 8259. */
	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	private JsonValues() {
	}

	/**
	 * @param kind the field's kind
	 * @param text the typed text
	 * @return the JSON value, or {@code null} when the text is blank (the key is then removed, so the default
	 *         applies or the reader says the key is required)
	 */
	public static JsonElement fromText(FieldKind kind, String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return null;
		}
		return switch (kind) {
		case INTEGER, NUMBER -> isNumber(t) ? number(t) : new JsonPrimitive(t);
		case BOOLEAN -> t.equals("true") || t.equals("false") ? new JsonPrimitive(Boolean.parseBoolean(t))
				: new JsonPrimitive(t);
		case NUMBER_LIST -> list(t);
		case TEXT, CHOICE -> new JsonPrimitive(text);
		};
	}

	/**
	 * @param value a stored value, or {@code null}
	 * @return the text a field shows for it: numbers as written, {@code 1, 2, 4} for an array of numbers, strings
	 *         without quotes, anything else as JSON; {@code ""} for none
	 */
	public static String toText(JsonElement value) {
		if (value == null || value.isJsonNull()) {
			return "";
		}
		if (value.isJsonPrimitive()) {
			JsonPrimitive p = value.getAsJsonPrimitive();
			return p.isNumber() ? p.getAsNumber().toString() : p.getAsString();
		}
		if (value.isJsonArray()) {
			List<String> parts = new ArrayList<>();
			for (JsonElement e : value.getAsJsonArray()) {
				if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
					return JsonLayout.inline(value);
				}
				parts.add(e.getAsNumber().toString());
			}
			return String.join(", ", parts);
		}
		return JsonLayout.inline(value);
	}

	/** @return whether the text is a JSON number */
	public static boolean isNumber(String text) {
		return NUMBER.matcher(text).matches();
	}

	/** @return a JSON number that keeps this exact text; the text must be a JSON number */
	static JsonElement number(String text) {
		return JsonParser.parseString(text);
	}

	private static JsonElement list(String text) {
		String[] parts = text.split(",", -1);
		JsonArray array = new JsonArray();
		for (String part : parts) {
			String p = part.strip();
			if (!isNumber(p)) {
				return new JsonPrimitive(text);
			}
			array.add(number(p));
		}
		return array;
	}
}

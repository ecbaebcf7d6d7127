package org.spectralbias.core.experiment;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * Lays out a JSON tree the way experiment files are written ({@code docs/experiment-files.md}, "Writing"): two-space
 * indentation, keys in the tree's order, a nested object or array on one line when that line stays within
 * {@value #WIDTH} characters, a final newline. Numbers keep the text they were typed or read with. A file written by
 * the workbench's experiment writer therefore comes back unchanged, so the source tab shows a form edit as the
 * change of one line. {@link ExperimentJson#write(ExperimentSpec)} lays its files out with it, and the workbench's
 * experiment editor lays out its document with it, so both write the same text. Stateless and thread-safe.
 */
public final class JsonLayout {

	/** The longest line an inline object or array may make. */
	public static final int WIDTH = 100;

	private JsonLayout() {
	}

	/**
	 * @param value a JSON value (normally the document's object)
	 * @return its text, ending in a newline
	 */
	public static String format(JsonElement value) {
		StringBuilder out = new StringBuilder();
		format(value, 0, 0, out);
		return out.append('\n').toString();
	}

	private static void format(JsonElement value, int indent, int column, StringBuilder out) {
		String inline = inline(value);
		boolean root = indent == 0 && column == 0;
		boolean container = value.isJsonObject() || value.isJsonArray();
		if (!container || !root && column + inline.length() + 1 <= WIDTH) {
			out.append(inline);
			return;
		}
		String inner = " ".repeat(indent + 2);
		if (value.isJsonArray()) {
			JsonArray array = value.getAsJsonArray();
			if (array.isEmpty()) {
				out.append("[]");
				return;
			}
			out.append("[\n");
			for (int i = 0; i < array.size(); i++) {
				out.append(inner);
				format(array.get(i), indent + 2, inner.length(), out);
				out.append(i < array.size() - 1 ? ",\n" : "\n");
			}
			out.append(" ".repeat(indent)).append(']');
			return;
		}
		if (value.getAsJsonObject().isEmpty()) {
			out.append("{}");
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
	public static String inline(JsonElement value) {
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
		if (value.isJsonNull()) {
			return "null";
		}
		JsonPrimitive p = value.getAsJsonPrimitive();
		return p.isNumber() ? p.getAsNumber().toString() : p.toString();
	}
}

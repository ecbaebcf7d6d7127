package org.spectralbias.core.experiment;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Parses strict JSON (RFC 8259: no comments, trailing commas, single quotes or NaN) into a Gson tree, reporting
 * duplicate keys (which Gson's own tree reader silently overwrites) and keeping every number as an exact
 * {@link BigDecimal} so bounds are checked without overflow or rounding.
 */
final class JsonTree {

	private static final Pattern LOCATION = Pattern.compile("^(.*?) at line (\\d+) column (\\d+) path (\\S*)");

	private static final String TRAILING = "more content after the end of the top-level object";

	private final Problems problems;

	private JsonTree(Problems problems) {
		this.problems = problems;
	}

	/**
	 * @param json     the text
	 * @param problems receives duplicate-key and number-range problems
	 * @return the root value
	 * @throws Malformed when the text is not JSON; the caller reports only this problem
	 */
	static JsonElement parse(String json, Problems problems) throws Malformed {
		JsonReader reader = new JsonReader(new StringReader(json));
		reader.setStrictness(Strictness.STRICT);
		JsonElement root;
		try {
			root = new JsonTree(problems).read(reader, "$");
		} catch (IOException | IllegalStateException e) {
			throw new Malformed(describe(e, null));
		}
		try {
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new IOException(TRAILING);
			}
		} catch (IOException | IllegalStateException e) {
			throw new Malformed(describe(e, TRAILING));
		}
		return root;
	}

	private JsonElement read(JsonReader reader, String path) throws IOException {
		switch (reader.peek()) {
		case BEGIN_OBJECT -> {
			JsonObject object = new JsonObject();
			reader.beginObject();
			while (reader.hasNext()) {
				String key = reader.nextName();
				String childPath = Problems.child(path, key);
				JsonElement value = read(reader, childPath);
				if (object.has(key)) {
					problems.add(childPath, "duplicate key; each key may appear only once");
				} else {
					object.add(key, value);
				}
			}
			reader.endObject();
			return object;
		}
		case BEGIN_ARRAY -> {
			JsonArray array = new JsonArray();
			reader.beginArray();
			while (reader.hasNext()) {
				array.add(read(reader, Problems.element(path, array.size())));
			}
			reader.endArray();
			return array;
		}
		case STRING -> {
			return new JsonPrimitive(reader.nextString());
		}
		case NUMBER -> {
			String text = reader.nextString();
			try {
				return new JsonPrimitive(new BigDecimal(text));
			} catch (NumberFormatException e) {
				problems.settle(path, "the number " + text + " is out of range");
				return JsonNull.INSTANCE;
			}
		}
		case BOOLEAN -> {
			return new JsonPrimitive(reader.nextBoolean());
		}
		case NULL -> {
			reader.nextNull();
			return JsonNull.INSTANCE;
		}
		default -> throw new IOException("unexpected " + reader.peek() + reader.toString());
		}
	}

	/**
	 * Turns Gson's message (which speaks of its own API) into one for the author of the file.
	 *
	 * @param override the reason to give instead of Gson's, or {@code null}
	 */
	private static Problem describe(Exception e, String override) {
		String raw = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
		Matcher m = LOCATION.matcher(raw);
		if (!m.find()) {
			return new Problem("$", "malformed JSON: " + (override != null ? override : raw));
		}
		String reason = m.group(1);
		if (override != null) {
			reason = override;
		} else if (e instanceof EOFException || reason.startsWith("End of input")) {
			reason = "unexpected end of input (an unclosed '{', '[' or string?)";
		} else if (reason.startsWith("Use JsonReader.setStrictness")) {
			reason = "not valid JSON here (strict JSON: keys and strings in double quotes, no comments, no trailing "
					+ "commas, no NaN or Infinity, no leading zeros)";
		} else if (reason.equals("Unterminated object")) {
			reason = "expected ',' or '}' after a value (a missing comma?)";
		} else if (reason.equals("Unterminated array")) {
			reason = "expected ',' or ']' after an element (a missing comma?)";
		} else if (reason.equals("Expected name")) {
			reason = "expected a key in double quotes (a trailing comma?)";
		} else if (!reason.isEmpty()) {
			reason = Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
		}
		String path = m.group(4).endsWith(".") ? m.group(4).substring(0, m.group(4).length() - 1) : m.group(4);
		return new Problem(path.isEmpty() ? "$" : path,
				"malformed JSON at line " + m.group(2) + ", column " + m.group(3) + ": " + reason);
	}

	/** The text is not JSON; carries the single problem to report. */
	static final class Malformed extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient Problem problem;

		Malformed(Problem problem) {
			super(problem.toString());
			this.problem = problem;
		}

		Problem problem() {
			return problem;
		}
	}
}

package org.spectralbias.core.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Typed, path-aware access to one JSON object of an experiment file. Every accessor reports what is wrong to the
 * shared {@link Problems} and returns {@code null} instead of throwing, so one pass finds every problem.
 */
final class ObjectReader {

	private final JsonObject object;
	private final String path;
	private final Problems problems;
	private final Set<String> suggested = new HashSet<>();

	private ObjectReader(JsonObject object, String path, Problems problems) {
		this.object = object;
		this.path = path;
		this.problems = problems;
	}

	/**
	 * @param value    the value, which must be an object
	 * @param path     its path
	 * @param what     how to describe the expected object in a message, e.g. {@code "an object"}
	 * @param allowed  the keys it may have; any other key is reported, with a suggestion when one is close
	 * @param problems the collector
	 * @return a reader, or {@code null} when the value is not an object (reported)
	 */
	static ObjectReader of(JsonElement value, String path, String what, List<String> allowed, Problems problems) {
		if (!value.isJsonObject()) {
			problems.add(path, "must be " + what + ", got " + describe(value));
			return null;
		}
		ObjectReader reader = new ObjectReader(value.getAsJsonObject(), path, problems);
		for (String key : value.getAsJsonObject().keySet()) {
			if (!allowed.contains(key)) {
				String near = Problems.closest(key, allowed);
				reader.suggested.add(near);
				String hint = near != null ? "did you mean '" + near + "'?"
						: "allowed keys: " + String.join(", ", allowed);
				problems.add(Problems.child(path, key), "unknown key; " + hint);
			}
		}
		return reader;
	}

	/** @return this object's path */
	String path() {
		return path;
	}

	/** @return the path of one of its keys */
	String path(String key) {
		return Problems.child(path, key);
	}

	/** @return the underlying object */
	JsonObject object() {
		return object;
	}

	boolean has(String key) {
		return object.has(key);
	}

	/**
	 * @return the value, or {@code null} after reporting that the key is required (unless an unknown key was already
	 *         reported with this one as its suggestion: a misspelt key is one problem, not two)
	 */
	JsonElement required(String key) {
		return required(key, "is required");
	}

	/** @return like {@link #required(String)}, reporting a missing key with this message */
	JsonElement required(String key, String message) {
		JsonElement value = object.get(key);
		if (value == null && !suggested.contains(key)) {
			problems.add(path(key), message);
		}
		return value;
	}

	/** @return a nested object reader, {@code null} if absent (reported when required) or not an object */
	ObjectReader object(String key, boolean required, List<String> allowed) {
		JsonElement value = required ? required(key) : object.get(key);
		return value == null ? null : of(value, path(key), "an object", allowed, problems);
	}

	/**
	 * @param fallback the default when the key is absent; {@code null} makes the key required
	 * @return the value, the default, or {@code null} when reported
	 */
	Long integer(String key, long min, long max, Long fallback) {
		JsonElement value = fallback == null ? required(key) : object.get(key);
		if (value == null) {
			return fallback;
		}
		return integer(value, path(key), min, max, problems);
	}

	/** @return the value, the default, or {@code null} when reported; {@code fallback} null = required */
	Double positiveNumber(String key, Double fallback) {
		JsonElement value = fallback == null ? required(key) : object.get(key);
		if (value == null) {
			return fallback;
		}
		BigDecimal number = number(value);
		double d = number == null ? Double.NaN : number.doubleValue();
		if (!(d > 0) || !Double.isFinite(d)) {
			problems.add(path(key), "must be a positive finite number, got " + describe(value));
			return null;
		}
		return d;
	}

	/** @return the value, the default, or {@code null} when reported; {@code fallback} null = required */
	Boolean bool(String key, Boolean fallback) {
		JsonElement value = fallback == null ? required(key) : object.get(key);
		if (value == null) {
			return fallback;
		}
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
			return value.getAsBoolean();
		}
		problems.add(path(key), "must be true or false, got " + describe(value));
		return null;
	}

	/** @return the string, the default, or {@code null} when reported; {@code fallback} null = required */
	String string(String key, String fallback) {
		JsonElement value = fallback == null ? required(key) : object.get(key);
		if (value == null) {
			return fallback;
		}
		return string(value, path(key), problems);
	}

	/**
	 * @param allowed the values allowed, listed in the message
	 * @return one of them, the default, or {@code null} when reported; {@code fallback} null = required
	 */
	String choice(String key, List<String> allowed, String fallback) {
		String value = string(key, fallback);
		if (value == null || allowed.contains(value)) {
			return value;
		}
		String near = Problems.closest(value, allowed);
		problems.add(path(key), "must be one of " + quoted(allowed) + ", got \"" + value + "\""
				+ (near != null ? "; did you mean \"" + near + "\"?" : ""));
		return null;
	}

	/** @return the elements of an array, or {@code null} if absent (no problem) or not an array (reported) */
	List<JsonElement> array(String key, String what) {
		JsonElement value = object.get(key);
		if (value == null) {
			return null;
		}
		if (!value.isJsonArray()) {
			problems.add(path(key), "must be " + what + ", got " + describe(value));
			return null;
		}
		List<JsonElement> elements = new ArrayList<>();
		value.getAsJsonArray().forEach(elements::add);
		return elements;
	}

	/** @return an integer value within [min, max], or {@code null} after reporting */
	static Long integer(JsonElement value, String path, long min, long max, Problems problems) {
		BigDecimal number = number(value);
		if (number != null && isIntegral(number) && number.compareTo(BigDecimal.valueOf(min)) >= 0
				&& number.compareTo(BigDecimal.valueOf(max)) <= 0) {
			return number.longValueExact();
		}
		problems.add(path, "must be " + integerRange(min, max) + ", got " + describe(value));
		return null;
	}

	/** @return the string, or {@code null} after reporting */
	static String string(JsonElement value, String path, Problems problems) {
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
			return value.getAsString();
		}
		problems.add(path, "must be a string, got " + describe(value));
		return null;
	}

	/** @return the exact number, or {@code null} when the value is not a number */
	static BigDecimal number(JsonElement value) {
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
			return value.getAsBigDecimal();
		}
		return null;
	}

	static boolean isIntegral(BigDecimal number) {
		return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
	}

	/** @return e.g. {@code "an integer in [1, 100000]"} or {@code "an integer ≥ 2"} */
	static String integerRange(long min, long max) {
		if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
			return "an integer in [-2^63, 2^63 - 1]";
		}
		if (max == Integer.MAX_VALUE || max == Long.MAX_VALUE) {
			return "an integer ≥ " + min;
		}
		return "an integer in [" + min + ", " + max + "]";
	}

	/** @return the value as a message shows it: {@code -5}, {@code string "abc"}, {@code an array}, … */
	static String describe(JsonElement value) {
		if (value.isJsonNull()) {
			return "null";
		}
		if (value.isJsonObject()) {
			return "an object";
		}
		if (value.isJsonArray()) {
			return "an array";
		}
		JsonPrimitive p = value.getAsJsonPrimitive();
		if (p.isString()) {
			String text = p.getAsString();
			return "string " + new JsonPrimitive(text.length() > 40 ? text.substring(0, 40) + "…" : text);
		}
		return p.isNumber() ? p.getAsBigDecimal().toString() : p.toString();
	}

	static String quoted(List<String> values) {
		return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
	}
}

package org.spectralbias.core.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Converts contribution parameter values between JSON and the text form
 * {@link org.spectralbias.core.contrib.Parameters#resolve} accepts, so that text → JSON → text is the identity.
 * <p>
 * JSON → text: a string stays as it is; {@code true}/{@code false} become {@code "true"}/{@code "false"}; a number
 * becomes its canonical text (below); an array of numbers becomes the canonical texts joined by {@code ","}.
 * Canonical text of a number: an integral value within the 64-bit range is written as a plain integer
 * ({@code 4096}, also for {@code 4096.0} or {@code 4.096e3}); any other value is rounded to the nearest double and
 * written by {@link Double#toString(double)}, the shortest text that reads back as the same double
 * ({@code 0.1}, {@code 1.0E-5}).
 * <p>
 * text → JSON: {@code "true"}/{@code "false"} become booleans; a text that is the canonical text of a number becomes
 * that number; a comma-separated list of canonical numbers becomes an array; any other text stays a string.
 */
final class ParameterText {

	private ParameterText() {
	}

	/**
	 * @param value    the JSON value of one parameter
	 * @param path     its path, for problems
	 * @param problems the collector
	 * @return the text form, or {@code null} after reporting
	 */
	static String fromJson(JsonElement value, String path, Problems problems) {
		if (value.isJsonPrimitive()) {
			JsonPrimitive p = value.getAsJsonPrimitive();
			if (p.isString()) {
				return p.getAsString();
			}
			if (p.isBoolean()) {
				return Boolean.toString(p.getAsBoolean());
			}
			return number(p.getAsBigDecimal(), path, problems);
		}
		if (value.isJsonArray()) {
			JsonArray array = value.getAsJsonArray();
			if (array.isEmpty()) {
				problems.add(path, "must not be an empty array (a list parameter needs at least one number)");
				return null;
			}
			List<String> parts = new ArrayList<>();
			boolean ok = true;
			for (int i = 0; i < array.size(); i++) {
				String elementPath = Problems.element(path, i);
				BigDecimal number = ObjectReader.number(array.get(i));
				if (number == null) {
					problems.add(elementPath, "must be a number (array parameter values hold numbers only), got "
							+ ObjectReader.describe(array.get(i)));
					ok = false;
				} else {
					String text = number(number, elementPath, problems);
					ok &= text != null;
					parts.add(text);
				}
			}
			return ok ? String.join(",", parts) : null;
		}
		problems.add(path,
				"must be a string, number, boolean or array of numbers, got " + ObjectReader.describe(value));
		return null;
	}

	/** @return the parameters object for the given texts, in their order */
	static JsonObject toJson(Map<String, String> parameters) {
		JsonObject object = new JsonObject();
		parameters.forEach((k, v) -> object.add(k, toJson(v)));
		return object;
	}

	/** @return the JSON value that {@link #fromJson} turns back into exactly this text */
	static JsonElement toJson(String text) {
		if (text.equals("true") || text.equals("false")) {
			return new JsonPrimitive(Boolean.parseBoolean(text));
		}
		if (isCanonicalNumber(text)) {
			return new JsonPrimitive(new RawNumber(text));
		}
		if (text.contains(",")) {
			String[] parts = text.split(",", -1);
			JsonArray array = new JsonArray();
			for (String part : parts) {
				if (!isCanonicalNumber(part)) {
					return new JsonPrimitive(text);
				}
				array.add(new JsonPrimitive(new RawNumber(part)));
			}
			return array;
		}
		return new JsonPrimitive(text);
	}

	private static boolean isCanonicalNumber(String text) {
		try {
			return text.equals(canonical(new BigDecimal(text)));
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static String number(BigDecimal number, String path, Problems problems) {
		String text = canonical(number);
		if (text == null) {
			problems.add(path, "must be a finite number within the double range, got " + number);
		}
		return text;
	}

	/** @return the canonical text, or {@code null} when the value overflows a double */
	static String canonical(BigDecimal number) {
		if (ObjectReader.isIntegral(number) && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
			return Long.toString(number.longValueExact());
		}
		double d = number.doubleValue();
		return Double.isFinite(d) ? Double.toString(d) : null;
	}

	/** A number written exactly as its text (which is valid JSON). */
	static final class RawNumber extends Number {

		private static final long serialVersionUID = 1L;

		private final String text;

		RawNumber(String text) {
			this.text = text;
		}

		@Override
		public int intValue() {
			return (int) doubleValue();
		}

		@Override
		public long longValue() {
			return new BigDecimal(text).longValue();
		}

		@Override
		public float floatValue() {
			return (float) doubleValue();
		}

		@Override
		public double doubleValue() {
			return Double.parseDouble(text);
		}

		@Override
		public String toString() {
			return text;
		}
	}
}

package org.spectralbias.core.contrib;

import java.util.Objects;

/**
 * Describes one parameter of a contribution: its name, type, default, inclusive bounds and unit.
 * <p>
 * Parameters are set by experiment files, by the command line ({@code -P name=value}) and by the workbench's forms;
 * {@link Parameters#resolve} validates them against these descriptors.
 *
 * @param name         the key, lower camel case ({@code slope}); unique within the contribution
 * @param type         the value type
 * @param defaultValue the default in the same text form a user types ({@code "0.01"}, {@code "1,2,4"}); never null
 * @param min          inclusive lower bound for numbers ({@code Double.NEGATIVE_INFINITY} for none)
 * @param max          inclusive upper bound for numbers ({@code Double.POSITIVE_INFINITY} for none)
 * @param unit         unit shown beside the value, or {@code ""} when dimensionless
 * @param description  one sentence for tooltips and {@code --help}
 */
public record ParameterDescriptor(String name, ParameterType type, String defaultValue, double min, double max,
		String unit, String description) {

	/** Validates the descriptor itself. */
	public ParameterDescriptor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(defaultValue, "defaultValue");
		unit = unit == null ? "" : unit;
		description = description == null ? "" : description;
		if (name.isBlank()) {
			throw new IllegalArgumentException("a parameter needs a name");
		}
		if (!(min <= max)) {
			throw new IllegalArgumentException("parameter '" + name + "': min " + min + " > max " + max);
		}
	}

	/** @return a bounded double parameter */
	public static ParameterDescriptor ofDouble(String name, double defaultValue, double min, double max, String unit,
			String description) {
		return new ParameterDescriptor(name, ParameterType.DOUBLE, Double.toString(defaultValue), min, max, unit,
				description);
	}

	/** @return a bounded integer parameter */
	public static ParameterDescriptor ofInt(String name, int defaultValue, int min, int max, String description) {
		return new ParameterDescriptor(name, ParameterType.INTEGER, Integer.toString(defaultValue), min, max, "",
				description);
	}

	/** @return a boolean parameter */
	public static ParameterDescriptor ofBoolean(String name, boolean defaultValue, String description) {
		return new ParameterDescriptor(name, ParameterType.BOOLEAN, Boolean.toString(defaultValue),
				Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", description);
	}

	/** @return a list-of-doubles parameter whose elements lie in [min, max] */
	public static ParameterDescriptor ofDoubleList(String name, String defaultValue, double min, double max,
			String description) {
		return new ParameterDescriptor(name, ParameterType.DOUBLE_LIST, defaultValue, min, max, "", description);
	}

	/** @return the allowed range in words, e.g. {@code "a number in [0, 1]"} */
	public String rangeText() {
		String bounds = "[" + fmt(min) + ", " + fmt(max) + "]";
		return switch (type) {
		case DOUBLE -> "a number in " + bounds;
		case INTEGER -> "an integer in " + bounds;
		case BOOLEAN -> "true or false";
		case DOUBLE_LIST -> "comma-separated numbers in " + bounds;
		case STRING -> "text";
		};
	}

	private static String fmt(double v) {
		if (v == Double.POSITIVE_INFINITY) {
			return "∞";
		}
		if (v == Double.NEGATIVE_INFINITY) {
			return "-∞";
		}
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}
}

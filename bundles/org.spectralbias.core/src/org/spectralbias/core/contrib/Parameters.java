package org.spectralbias.core.contrib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validated parameter values of one contribution, resolved from user text against its
 * {@link ParameterDescriptor}s (defaults filled in). Immutable and thread-safe.
 */
public final class Parameters {

	/** No parameters. */
	public static final Parameters EMPTY = new Parameters(Map.of());

	private final Map<String, Object> values;

	private Parameters(Map<String, Object> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/**
	 * Resolves raw values against descriptors.
	 *
	 * @param owner       who the parameters belong to, for messages ({@code "activation 'leaky-relu'"})
	 * @param descriptors the declared parameters
	 * @param raw         user values by name; names not declared are an error
	 * @return the validated values, defaults filled in
	 * @throws ParameterException naming every problem found, one per line
	 */
	public static Parameters resolve(String owner, List<ParameterDescriptor> descriptors, Map<String, String> raw) {
		List<String> problems = new ArrayList<>();
		Map<String, Object> out = new LinkedHashMap<>();
		for (String key : raw.keySet()) {
			if (descriptors.stream().noneMatch(d -> d.name().equals(key))) {
				problems.add(owner + " has no parameter '" + key + "'"
						+ (descriptors.isEmpty() ? " (it takes none)" : "; it takes: " + names(descriptors)));
			}
		}
		for (ParameterDescriptor d : descriptors) {
			String text = raw.getOrDefault(d.name(), d.defaultValue());
			try {
				out.put(d.name(), parse(d, text.trim()));
			} catch (ParameterException e) {
				problems.add(owner + ": " + e.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new ParameterException(String.join(System.lineSeparator(), problems));
		}
		return new Parameters(out);
	}

	private static String names(List<ParameterDescriptor> descriptors) {
		return String.join(", ", descriptors.stream().map(ParameterDescriptor::name).toList());
	}

	private static Object parse(ParameterDescriptor d, String text) {
		String bad = "parameter '" + d.name() + "' = '" + text + "' is not " + d.rangeText();
		switch (d.type()) {
		case DOUBLE:
			return checkRange(d, parseDouble(text, bad), bad);
		case INTEGER:
			try {
				int v = Integer.parseInt(text);
				checkRange(d, v, bad);
				return v;
			} catch (NumberFormatException e) {
				throw new ParameterException(bad);
			}
		case BOOLEAN:
			if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
				return Boolean.parseBoolean(text);
			}
			throw new ParameterException(bad);
		case DOUBLE_LIST:
			if (text.isEmpty()) {
				throw new ParameterException(bad);
			}
			String[] parts = text.split(",");
			double[] list = new double[parts.length];
			for (int i = 0; i < parts.length; i++) {
				list[i] = checkRange(d, parseDouble(parts[i].trim(), bad), bad);
			}
			return list;
		default:
			return text;
		}
	}

	private static double parseDouble(String text, String bad) {
		try {
			double v = Double.parseDouble(text);
			if (!Double.isFinite(v)) {
				throw new ParameterException(bad);
			}
			return v;
		} catch (NumberFormatException e) {
			throw new ParameterException(bad);
		}
	}

	private static double checkRange(ParameterDescriptor d, double v, String bad) {
		if (v < d.min() || v > d.max()) {
			throw new ParameterException(bad);
		}
		return v;
	}

	/** @return the double value of a declared DOUBLE parameter */
	public double getDouble(String name) {
		return (Double) require(name);
	}

	/** @return the value of a declared INTEGER parameter */
	public int getInt(String name) {
		return (Integer) require(name);
	}

	/** @return the value of a declared BOOLEAN parameter */
	public boolean getBoolean(String name) {
		return (Boolean) require(name);
	}

	/** @return a copy of the value of a declared DOUBLE_LIST parameter */
	public double[] getDoubleList(String name) {
		return ((double[]) require(name)).clone();
	}

	/** @return the value of a declared STRING parameter */
	public String getString(String name) {
		return (String) require(name);
	}

	/** @return the values in text form, in declaration order, for provenance records */
	public Map<String, String> asText() {
		Map<String, String> text = new LinkedHashMap<>();
		values.forEach((k, v) -> text.put(k, v instanceof double[] a ? join(a) : String.valueOf(v)));
		return text;
	}

	private static String join(double[] a) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < a.length; i++) {
			b.append(i == 0 ? "" : ",").append(a[i]);
		}
		return b.toString();
	}

	private Object require(String name) {
		Object v = values.get(name);
		if (v == null) {
			throw new IllegalArgumentException("no parameter '" + name + "' was declared");
		}
		return v;
	}

	@Override
	public String toString() {
		return asText().toString();
	}
}

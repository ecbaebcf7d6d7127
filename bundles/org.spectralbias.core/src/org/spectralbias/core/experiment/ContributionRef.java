package org.spectralbias.core.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reference to a contribution (a distribution, target, architecture, activation or analysis) by id, with its
 * parameters in the raw text form {@link org.spectralbias.core.contrib.Parameters#resolve} accepts ({@code "0.01"},
 * {@code "1,2,4"}, {@code "true"}). Whether the id is installed and the parameters are valid is decided later,
 * against the contribution's descriptors.
 *
 * @param id         the contribution id, e.g. {@code relu}; not blank
 * @param parameters parameter text by name, in file order; unmodifiable (equality ignores order)
 */
public record ContributionRef(String id, Map<String, String> parameters) {

	/** Validates and copies. */
	public ContributionRef {
		Objects.requireNonNull(id, "id");
		if (id.isBlank()) {
			throw new IllegalArgumentException("a contribution id must not be blank");
		}
		Map<String, String> copy = new LinkedHashMap<>();
		parameters.forEach((k, v) -> {
			if (k == null || k.isEmpty() || v == null) {
				throw new IllegalArgumentException("contribution '" + id + "': parameter names and values must "
						+ "not be empty or null (" + k + " = " + v + ")");
			}
			copy.put(k, v);
		});
		parameters = Collections.unmodifiableMap(copy);
	}

	/**
	 * @param id the contribution id
	 * @return a reference without parameters (all defaults)
	 */
	public static ContributionRef of(String id) {
		return new ContributionRef(id, Map.of());
	}

	/**
	 * @param name  parameter name
	 * @param value parameter text, e.g. {@code "1,3,5"}
	 * @return a copy with this parameter set (replacing an earlier value)
	 */
	public ContributionRef withParameter(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(parameters);
		copy.put(name, value);
		return new ContributionRef(id, copy);
	}
}

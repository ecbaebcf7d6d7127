package org.spectralbias.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What the reference script reported, parsed from its standard output: one JSON object per line,
 * <ul>
 * <li>{@code {"info": {"python": "3.11.7", "numpy": "2.4.6", ...}}}: versions, shown with the results;</li>
 * <li>{@code {"workload": "gram-n4000", "seconds": 0.41, "repetitions": 5, "batch": 1}}: a median per-call time;</li>
 * <li>{@code {"workload": "x", "error": "..."}}: that workload failed in the reference;</li>
 * <li>{@code {"error": "..."}}: the reference could not run at all (numpy or scipy missing).</li>
 * </ul>
 * Other members are ignored; lines that are not such objects become {@link #warnings()}. Immutable.
 *
 * @param timings     median seconds per workload name, in the order reported
 * @param errors      error message per workload name
 * @param info        the string members of the {@code info} object
 * @param warnings    lines that could not be understood, with their line number
 * @param unavailable why there are no reference times at all, or {@code null} when the script ran
 */
public record ReferenceResults(Map<String, Timing.Measurement> timings, Map<String, String> errors,
		Map<String, String> info, List<String> warnings, String unavailable) {

	/** Copies the collections. */
	public ReferenceResults {
		timings = Map.copyOf(timings);
		errors = Map.copyOf(errors);
		info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
		warnings = List.copyOf(warnings);
	}

	/**
	 * @param reason why the reference did not run, for a person
	 * @return results with no times
	 */
	public static ReferenceResults unavailable(String reason) {
		return new ReferenceResults(Map.of(), Map.of(), Map.of(), List.of(), Objects.requireNonNull(reason));
	}

	/**
	 * @param lines the script's standard output, one JSON object per line (blank lines are skipped)
	 * @return the parsed results; {@link #unavailable()} is set when a line carries a top-level error
	 */
	public static ReferenceResults parse(List<String> lines) {
		Map<String, Timing.Measurement> timings = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> info = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();
		String unavailable = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			try {
				JsonElement element = JsonParser.parseString(line);
				if (!element.isJsonObject()) {
					throw new JsonParseException("not a JSON object");
				}
				JsonObject o = element.getAsJsonObject();
				if (o.has("workload")) {
					String name = o.get("workload").getAsString();
					if (o.has("error")) {
						errors.put(name, o.get("error").getAsString());
					} else {
						timings.put(name, measurement(o));
					}
				} else if (o.has("error")) {
					unavailable = o.get("error").getAsString();
				} else if (o.has("info") && o.get("info").isJsonObject()) {
					o.getAsJsonObject("info").entrySet().forEach(e -> info.put(e.getKey(), text(e.getValue())));
				} else {
					throw new JsonParseException("no workload, error or info member");
				}
			} catch (RuntimeException e) {
				// Gson reports malformed input as JsonParseException, wrong member types as other runtime exceptions
				warnings.add("line " + (i + 1) + " of the reference output not understood (" + e.getMessage() + "): "
						+ abbreviate(line));
			}
		}
		return new ReferenceResults(timings, errors, info, warnings, unavailable);
	}

	/**
	 * @param workload a workload name
	 * @return the reference's median seconds per call for it, if reported
	 */
	public Optional<Timing.Measurement> timing(String workload) {
		return Optional.ofNullable(timings.get(workload));
	}

	/** @return whether the script ran (its times may still be missing for single workloads) */
	public boolean available() {
		return unavailable == null;
	}

	private static Timing.Measurement measurement(JsonObject o) {
		if (!o.has("seconds")) {
			throw new JsonParseException("neither seconds nor error");
		}
		double seconds = o.get("seconds").getAsDouble();
		if (!(seconds >= 0) || Double.isInfinite(seconds)) {
			throw new JsonParseException("seconds must be finite and >= 0, got " + seconds);
		}
		int repetitions = o.has("repetitions") ? o.get("repetitions").getAsInt() : 0;
		long batch = o.has("batch") ? o.get("batch").getAsLong() : 1;
		return new Timing.Measurement(seconds, repetitions, batch);
	}

	private static String text(JsonElement value) {
		return value.isJsonPrimitive() ? value.getAsString() : value.toString();
	}

	private static String abbreviate(String line) {
		return line.length() <= 120 ? line : line.substring(0, 117) + "...";
	}
}

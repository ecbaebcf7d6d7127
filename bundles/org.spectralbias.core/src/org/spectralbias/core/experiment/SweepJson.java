package org.spectralbias.core.experiment;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads sweep files: an experiment file with an extra top-level object {@code "sweep"} mapping some of
 * {@value #AXES_TEXT} to a non-empty array of values, each value written exactly as that setting is written in an
 * experiment file. Every point of the cartesian product is read as an experiment file of its own, so it is checked
 * as strictly; every problem of every point is reported at once, at its path inside the sweep
 * ({@code $.sweep.distribution[1].parameters.weights}). Stateless and thread-safe.
 */
public final class SweepJson {

	/** The settings a sweep may vary. */
	public static final List<String> AXES = List.of("distribution", "activation", "architecture", "target", "width",
			"seed", "ambientDim");

	/** Most points a sweep may have. */
	public static final int MAX_POINTS = 1000;

	static final String AXES_TEXT = "distribution, activation, architecture, target, width, seed, ambientDim";

	private SweepJson() {
	}

	/**
	 * @param json the text of an experiment file
	 * @return whether it is a sweep (has a top-level {@code "sweep"}); false for text that is not a JSON object
	 */
	public static boolean isSweep(String json) {
		try {
			JsonElement root = JsonTree.parse(strip(json), new Problems());
			return root.isJsonObject() && root.getAsJsonObject().has("sweep");
		} catch (JsonTree.Malformed | RuntimeException e) {
			return false;
		}
	}

	/**
	 * @param file a UTF-8 sweep file
	 * @return the sweep
	 * @throws IOException             when the file cannot be read
	 * @throws ExperimentFileException with every problem, prefixed by the path
	 */
	public static Sweep read(Path file) throws IOException, ExperimentFileException {
		try {
			return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		} catch (CharacterCodingException e) {
			throw new ExperimentFileException(file.toString(), List.of(new Problem("$", "is not valid UTF-8 text")));
		}
	}

	/**
	 * @param json       the text of a sweep file
	 * @param sourceName what to prefix messages with, or {@code null}
	 * @return the sweep
	 * @throws ExperimentFileException with every problem found
	 */
	public static Sweep read(String json, String sourceName) throws ExperimentFileException {
		Objects.requireNonNull(json, "json");
		Problems problems = new Problems();
		JsonElement root;
		try {
			root = JsonTree.parse(strip(json), problems);
		} catch (JsonTree.Malformed e) {
			throw new ExperimentFileException(sourceName, List.of(e.problem()));
		}
		if (!root.isJsonObject() || !root.getAsJsonObject().has("sweep")) {
			throw new ExperimentFileException(sourceName, List.of(new Problem("$",
					"a sweep file is an experiment file with a \"sweep\" object listing the values to vary")));
		}
		JsonObject base = root.getAsJsonObject().deepCopy();
		JsonElement sweep = base.remove("sweep");
		Set<Problem> all = new LinkedHashSet<>(problems.list());
		Map<String, JsonArray> axes = axes(sweep, all);
		// the base may leave out what the sweep varies: it is checked with the first value of each axis
		JsonObject checked = base.deepCopy();
		axes.forEach((axis, values) -> {
			if (!checked.has(axis)) {
				checked.add(axis, values.get(0).deepCopy());
			}
		});
		ExperimentSpec baseSpec = null;
		try {
			baseSpec = ExperimentJson.read(checked.toString(), null);
		} catch (ExperimentFileException e) {
			all.addAll(e.problems());
		}
		if (!all.isEmpty() || baseSpec == null) {
			throw new ExperimentFileException(sourceName, List.copyOf(all));
		}
		long size = 1;
		for (JsonArray values : axes.values()) {
			size *= values.size();
		}
		if (size > MAX_POINTS) {
			throw new ExperimentFileException(sourceName, List.of(new Problem("$.sweep",
					"lists " + size + " experiments; at most " + MAX_POINTS + " are allowed")));
		}
		List<Sweep.Point> points = new ArrayList<>();
		Map<String, List<String>> labels = labels(axes);
		Set<String> names = new LinkedHashSet<>();
		for (int index = 0; index < size; index++) {
			JsonObject point = base.deepCopy();
			Map<String, String> pointLabels = new LinkedHashMap<>();
			Map<String, Integer> chosen = new HashMap<>();
			long rest = index;
			List<String> axisNames = new ArrayList<>(axes.keySet());
			for (int a = axisNames.size() - 1; a >= 0; a--) {
				JsonArray values = axes.get(axisNames.get(a));
				chosen.put(axisNames.get(a), (int) (rest % values.size()));
				rest /= values.size();
			}
			for (String axis : axisNames) {
				int i = chosen.get(axis);
				point.add(axis, axes.get(axis).get(i).deepCopy());
				pointLabels.put(axis, labels.get(axis).get(i));
			}
			String name = uniqueName(baseSpec.name(), pointLabels.values(), names, index);
			point.addProperty("name", name);
			try {
				points.add(new Sweep.Point(pointLabels, ExperimentJson.read(point.toString(), null)));
			} catch (ExperimentFileException e) {
				for (Problem p : e.problems()) {
					all.add(relocate(p, chosen));
				}
			}
		}
		if (!all.isEmpty()) {
			throw new ExperimentFileException(sourceName, List.copyOf(all));
		}
		return new Sweep(baseSpec.name(), baseSpec, List.copyOf(axes.keySet()), points);
	}

	/** Checks the sweep object: known axes, each a non-empty array. */
	private static Map<String, JsonArray> axes(JsonElement sweep, Set<Problem> problems) {
		Map<String, JsonArray> axes = new LinkedHashMap<>();
		if (!sweep.isJsonObject() || sweep.getAsJsonObject().isEmpty()) {
			problems.add(new Problem("$.sweep", "must be a non-empty object mapping settings (" + AXES_TEXT
					+ ") to arrays of values"));
			return axes;
		}
		for (Map.Entry<String, JsonElement> e : sweep.getAsJsonObject().entrySet()) {
			String path = "$.sweep." + e.getKey();
			if (!AXES.contains(e.getKey())) {
				problems.add(new Problem(path, "cannot be varied; a sweep varies " + AXES_TEXT));
			} else if (!e.getValue().isJsonArray() || e.getValue().getAsJsonArray().isEmpty()) {
				problems.add(new Problem(path, "must be a non-empty array of values for \"" + e.getKey() + "\""));
			} else {
				axes.put(e.getKey(), e.getValue().getAsJsonArray());
			}
		}
		return axes;
	}

	/** Labels per axis value: the id (with #index when an id repeats) or the number. */
	private static Map<String, List<String>> labels(Map<String, JsonArray> axes) {
		Map<String, List<String>> labels = new LinkedHashMap<>();
		axes.forEach((axis, values) -> {
			List<String> raw = new ArrayList<>();
			for (JsonElement v : values) {
				if (v.isJsonObject() && v.getAsJsonObject().has("id") && v.getAsJsonObject().get("id").isJsonPrimitive()) {
					raw.add(v.getAsJsonObject().get("id").getAsString());
				} else if (v.isJsonPrimitive()) {
					raw.add(v.getAsString());
				} else {
					raw.add(axis);
				}
			}
			List<String> unique = new ArrayList<>();
			for (int i = 0; i < raw.size(); i++) {
				String r = raw.get(i);
				boolean repeated = raw.indexOf(r) != raw.lastIndexOf(r);
				unique.add(repeated ? r + "#" + (i + 1) : r);
			}
			labels.put(axis, unique);
		});
		return labels;
	}

	/** A valid experiment name from the base name and the labels, unique within the sweep. */
	private static String uniqueName(String base, Iterable<String> labels, Set<String> names, int index) {
		StringBuilder b = new StringBuilder(base);
		for (String l : labels) {
			b.append('-').append(l.replaceAll("[^A-Za-z0-9._-]", "-"));
		}
		String name = b.toString();
		if (name.length() > ExperimentSpec.MAX_NAME_LENGTH || names.contains(name)) {
			String suffix = "-" + (index + 1);
			name = name.substring(0, Math.min(name.length(), ExperimentSpec.MAX_NAME_LENGTH - suffix.length())) + suffix;
		}
		names.add(name);
		return name;
	}

	/** Moves a point's problem at {@code $.axis…} to {@code $.sweep.axis[i]…}. */
	private static Problem relocate(Problem p, Map<String, Integer> chosen) {
		for (Map.Entry<String, Integer> e : chosen.entrySet()) {
			String prefix = "$." + e.getKey();
			if (p.path().equals(prefix) || p.path().startsWith(prefix + ".") || p.path().startsWith(prefix + "[")) {
				return new Problem("$.sweep." + e.getKey() + "[" + e.getValue() + "]"
						+ p.path().substring(prefix.length()), p.message());
			}
		}
		return p;
	}

	private static String strip(String json) {
		return json.startsWith("\uFEFF") ? json.substring(1) : json;
	}
}

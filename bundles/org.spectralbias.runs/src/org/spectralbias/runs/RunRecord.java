package org.spectralbias.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunStatus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * One run's {@code run.json} (schema {@code spectralbias.run/1}, written by the engine): status, message, the
 * experiment as run, provenance, timings, the stored scalars of the run data and the analyses' numbers and
 * findings. Read-only view; immutable once read and safe to share between threads (do not modify the JSON objects
 * it hands out).
 */
public final class RunRecord {

	/** The analysis whose numbers give the per-degree rates. */
	public static final String CONVERGENCE_ANALYSIS = "convergence-by-degree";

	private static final Pattern RATE_KEY = Pattern.compile("degree(\\d+)\\.rate\\.measured");

	private final Path folder;
	private final JsonObject json;
	private final RunStatus status;
	private final Map<String, AnalysisRecord> analyses;

	private RunRecord(Path folder, JsonObject json) throws IOException {
		this.folder = folder;
		this.json = json;
		String statusText = string(json, "status", "");
		if (statusText.isEmpty()) {
			throw new IOException(file() + " has no status");
		}
		try {
			status = RunStatus.of(statusText);
		} catch (IllegalArgumentException e) {
			throw new IOException(file() + " has an unknown status '" + statusText + "'");
		}
		Map<String, AnalysisRecord> read = new LinkedHashMap<>();
		JsonObject all = object(json, "analyses");
		for (Map.Entry<String, JsonElement> e : all.entrySet()) {
			if (e.getValue().isJsonObject()) {
				read.put(e.getKey(), analysis(e.getKey(), e.getValue().getAsJsonObject()));
			}
		}
		analyses = Collections.unmodifiableMap(read);
	}

	/**
	 * Reads the run.json of a run folder.
	 *
	 * @param folder the run folder
	 * @return the record
	 * @throws IOException when the folder has no run.json, it is not a JSON object, or its status is missing or
	 *                     unknown; the message names the file and the problem
	 */
	public static RunRecord read(Path folder) throws IOException {
		Path file = folder.resolve(RunFolder.RUN_JSON);
		if (!Files.isRegularFile(file)) {
			throw new IOException(folder + " is not a run folder: it has no " + RunFolder.RUN_JSON);
		}
		String text = Files.readString(file);
		JsonElement parsed;
		try {
			parsed = JsonParser.parseString(text);
		} catch (JsonParseException e) {
			throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
		}
		if (!parsed.isJsonObject()) {
			throw new IOException(file + " does not hold a JSON object");
		}
		return new RunRecord(folder, parsed.getAsJsonObject());
	}

	/**
	 * @param folder the run folder
	 * @param json   its parsed run.json
	 * @return the record
	 * @throws IOException when the status is missing or unknown
	 */
	public static RunRecord of(Path folder, JsonObject json) throws IOException {
		return new RunRecord(folder, json);
	}

	private Path file() {
		return folder.resolve(RunFolder.RUN_JSON);
	}

	/** @return the run folder */
	public Path folder() {
		return folder;
	}

	/** @return the whole document (do not modify) */
	public JsonObject json() {
		return json;
	}

	/** @return how the run stands or ended */
	public RunStatus status() {
		return status;
	}

	/** @return the engine's final message, empty while running */
	public String message() {
		return string(json, "message", "");
	}

	/** @return the experiment as run (do not modify), empty when missing */
	public JsonObject experiment() {
		return object(json, "experiment");
	}

	/** @return the experiment's name, else the folder's name */
	public String experimentName() {
		String name = string(experiment(), "name", "");
		if (name.isEmpty()) {
			name = string(data(), "name", "");
		}
		return name.isEmpty() ? folder.getFileName().toString() : name;
	}

	/** @return the experiment's description, empty for none */
	public String description() {
		return string(experiment(), "description", "");
	}

	/** @return seed, threads, eigensolver, contributions and machine (do not modify), empty when missing */
	public JsonObject provenance() {
		return object(json, "provenance");
	}

	/** @return started, finished and phase timings (do not modify), empty when missing */
	public JsonObject timings() {
		return object(json, "timings");
	}

	/** @return when the run started, if stored */
	public Optional<Instant> started() {
		return instant(timings(), "started");
	}

	/** @return when the run finished, if it did */
	public Optional<Instant> finished() {
		return instant(timings(), "finished");
	}

	/** @return seconds per phase, in the order the engine ran them */
	public Map<String, Double> phaseSeconds() {
		Map<String, Double> phases = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> e : object(timings(), "phases").entrySet()) {
			phases.put(e.getKey(), number(e.getValue()));
		}
		return phases;
	}

	/** @return whether training recorded at least one step (then trajectory.csv exists) */
	public boolean hasData() {
		return json.has("data") && json.get("data").isJsonObject();
	}

	/** @return the stored scalars of the run data (do not modify), empty before training */
	public JsonObject data() {
		return object(json, "data");
	}

	/** @return the free-form properties of the run data (eigensolver, kernel distances, …) */
	public Map<String, String> properties() {
		Map<String, String> p = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> e : object(data(), "properties").entrySet()) {
			p.put(e.getKey(), e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString());
		}
		return p;
	}

	/** @return the analyses that ran, by id, in stored order */
	public Map<String, AnalysisRecord> analyses() {
		return analyses;
	}

	/** @return one analysis, if it ran */
	public Optional<AnalysisRecord> analysis(String id) {
		return Optional.ofNullable(analyses.get(id));
	}

	/**
	 * @return the per-degree rates stored by {@value #CONVERGENCE_ANALYSIS}, by increasing degree; empty when that
	 *         analysis did not run
	 */
	public List<DegreeRates> rates() {
		Optional<AnalysisRecord> convergence = analysis(CONVERGENCE_ANALYSIS);
		if (convergence.isEmpty()) {
			return List.of();
		}
		Map<Integer, DegreeRates> byDegree = new TreeMap<>();
		for (String key : convergence.get().numbers().keySet()) {
			Matcher m = RATE_KEY.matcher(key);
			if (m.matches()) {
				int k = Integer.parseInt(m.group(1));
				AnalysisRecord a = convergence.get();
				String p = "degree" + k + ".rate.";
				byDegree.put(k, new DegreeRates(k, a.number(p + "measured"), a.number(p + "mu"), a.number(p + "linear")));
			}
		}
		return List.copyOf(byDegree.values());
	}

	/** @return every finding of every analysis, prefixed by the analysis id */
	public List<String> findings() {
		List<String> all = new ArrayList<>();
		analyses.values().forEach(a -> a.findings().forEach(f -> all.add(a.id() + ": " + f)));
		return all;
	}

	@Override
	public String toString() {
		return "RunRecord[" + folder + ", " + status.label() + "]";
	}

	private static AnalysisRecord analysis(String id, JsonObject o) {
		boolean passed = !o.has("passed") || o.get("passed").getAsBoolean();
		Map<String, Double> numbers = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> e : object(o, "numbers").entrySet()) {
			numbers.put(e.getKey(), number(e.getValue()));
		}
		List<String> findings = new ArrayList<>();
		if (o.has("findings") && o.get("findings").isJsonArray()) {
			o.getAsJsonArray("findings").forEach(f -> findings.add(f.getAsString()));
		}
		List<String> tables = new ArrayList<>();
		if (o.has("tables") && o.get("tables").isJsonArray()) {
			o.getAsJsonArray("tables").forEach(t -> tables.add(t.getAsString()));
		}
		return new AnalysisRecord(id, passed, numbers, findings, tables);
	}

	/** @return a JSON number (or a string holding one, as NaN is stored), NaN otherwise */
	static double number(JsonElement e) {
		if (e == null || !e.isJsonPrimitive()) {
			return Double.NaN;
		}
		try {
			return e.getAsDouble();
		} catch (NumberFormatException | UnsupportedOperationException x) {
			return Double.NaN;
		}
	}

	static JsonObject object(JsonObject parent, String key) {
		JsonElement e = parent.get(key);
		return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
	}

	static String string(JsonObject parent, String key, String fallback) {
		JsonElement e = parent.get(key);
		return e != null && e.isJsonPrimitive() ? e.getAsString() : fallback;
	}

	private static Optional<Instant> instant(JsonObject parent, String key) {
		String text = string(parent, key, "");
		try {
			return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}

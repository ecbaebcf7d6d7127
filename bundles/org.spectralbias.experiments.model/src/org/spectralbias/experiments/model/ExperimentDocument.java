package org.spectralbias.experiments.model;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.JsonLayout;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The experiment being edited, shared by the form and the JSON source: the text is the truth, the form edits the
 * JSON tree behind it. A form edit sets one value of the tree and lays the text out again ({@link JsonLayout}); a
 * source edit replaces the text and re-reads the tree. After each change the document is validated and its
 * listeners are told who changed it.
 * <p>
 * While the text is not well-formed JSON (the user is typing in the source), the tree keeps its last well-formed
 * state, {@link #isFormEditable()} is false and the markers say where the JSON breaks. Not thread-safe: use it from
 * one thread (the UI thread).
 */
public final class ExperimentDocument {

	/** Who made a change. */
	public enum Origin {
		/** The form (a field, picker or check box). */
		FORM,
		/** The JSON source. */
		SOURCE,
		/** The file (opened, reverted or saved). */
		FILE
	}

	private static final JsonPath OPTIMIZER = JsonPath.ROOT.child("optimizer");
	private static final JsonPath RECORD = OPTIMIZER.child("record");
	private static final JsonPath ANALYSES = JsonPath.ROOT.child("analyses");

	private final ExperimentValidator validator;
	private final List<Consumer<Origin>> listeners = new CopyOnWriteArrayList<>();
	private String text;
	private String savedText;
	private JsonObject tree;
	private boolean wellFormed;
	private Validation validation;

	/**
	 * @param text      the file's content
	 * @param validator checks the text after every change
	 */
	public ExperimentDocument(String text, ExperimentValidator validator) {
		this.validator = Objects.requireNonNull(validator, "validator");
		this.tree = new JsonObject();
		load(text);
		this.savedText = this.text;
	}

	/** @return the current text, what {@code Save} writes */
	public String text() {
		return text;
	}

	/** @return the latest validation */
	public Validation validation() {
		return validation;
	}

	/** @return the experiment, when the text reads as one */
	public Optional<ExperimentSpec> spec() {
		return validation.spec();
	}

	/** @return whether the text differs from what was last loaded or saved */
	public boolean isDirty() {
		return !text.equals(savedText);
	}

	/** @return whether the text is well-formed JSON holding an object, so that form edits apply to it */
	public boolean isFormEditable() {
		return wellFormed;
	}

	/**
	 * Replaces the text (a source edit).
	 *
	 * @param newText the new text
	 */
	public void setText(String newText) {
		if (newText.equals(text)) {
			return;
		}
		load(newText);
		fire(Origin.SOURCE);
	}

	/**
	 * Replaces the text with the file's content and marks it saved (open, revert).
	 *
	 * @param fileText the file's content
	 */
	public void reload(String fileText) {
		load(fileText);
		savedText = text;
		fire(Origin.FILE);
	}

	/** Records that the current text is what the file holds (after a save). */
	public void markSaved() {
		savedText = text;
		fire(Origin.FILE);
	}

	/**
	 * @param path a path
	 * @return the value at it, if any
	 */
	public Optional<JsonElement> value(JsonPath path) {
		return Optional.ofNullable(path.get(tree)).filter(v -> !v.isJsonNull());
	}

	/**
	 * @param field a form field
	 * @return the text the field shows: the stored value, or {@code ""} when the key is absent
	 */
	public String fieldText(FormField field) {
		return JsonValues.toText(path(field).get(tree));
	}

	/**
	 * Sets a field from typed text (a form edit); blank text removes the key.
	 *
	 * @param field the field
	 * @param typed what the user typed
	 * @throws IllegalStateException while the source is not well-formed JSON
	 */
	public void setFieldText(FormField field, String typed) {
		set(path(field), JsonValues.fromText(field.kind(), typed));
	}

	/**
	 * Sets or removes one value (a form edit).
	 *
	 * @param path  where
	 * @param value the new value, or {@code null} to remove the key
	 * @throws IllegalStateException while the source is not well-formed JSON
	 */
	public void set(JsonPath path, JsonElement value) {
		requireEditable();
		if (value == null) {
			path.remove(tree);
		} else {
			put(path, value);
		}
		relayout();
	}

	/**
	 * @param reference the path of a contribution reference, e.g. {@code $.target}
	 * @return the id it names, if it names one
	 */
	public Optional<String> contributionId(JsonPath reference) {
		JsonElement id = reference.child("id").get(tree);
		return id != null && id.isJsonPrimitive() && id.getAsJsonPrimitive().isString()
				? Optional.of(id.getAsString())
				: Optional.empty();
	}

	/**
	 * Chooses another contribution for a reference: its parameters start empty (all defaults), since another
	 * contribution takes other parameters. Choosing the same id again keeps them.
	 *
	 * @param reference the path of the reference
	 * @param id        the contribution id, or {@code null} to remove the reference (an optional activation)
	 */
	public void setContribution(JsonPath reference, String id) {
		requireEditable();
		if (id == null) {
			reference.remove(tree);
		} else if (!contributionId(reference).filter(id::equals).isPresent()) {
			put(reference, reference(id));
		}
		relayout();
	}

	/** @return the ids of the analyses, in file order ({@code ""} for an element without a string id) */
	public List<String> analysisIds() {
		List<String> ids = new ArrayList<>();
		JsonElement analyses = ANALYSES.get(tree);
		if (analyses != null && analyses.isJsonArray()) {
			for (int i = 0; i < analyses.getAsJsonArray().size(); i++) {
				ids.add(contributionId(ANALYSES.element(i)).orElse(""));
			}
		}
		return ids;
	}

	/**
	 * Adds an analysis at the end, or removes every analysis with this id.
	 *
	 * @param id      the analysis id
	 * @param enabled whether the experiment runs it
	 */
	public void setAnalysis(String id, boolean enabled) {
		requireEditable();
		JsonElement existing = ANALYSES.get(tree);
		JsonArray analyses = existing != null && existing.isJsonArray() ? existing.getAsJsonArray() : new JsonArray();
		List<String> ids = analysisIds();
		if (enabled && !ids.contains(id)) {
			analyses.add(reference(id));
		} else if (!enabled) {
			for (int i = ids.size() - 1; i >= 0; i--) {
				if (ids.get(i).equals(id)) {
					analyses.remove(i);
				}
			}
		}
		put(ANALYSES, analyses);
		relayout();
	}

	/**
	 * @return the key the optimizer gives its step size under: {@code effectiveLearningRate} (η·m) unless the
	 *         document uses {@code learningRate} (η) alone
	 */
	public String rateKey() {
		boolean eta = OPTIMIZER.child(ExperimentForm.RATE_ETA).get(tree) != null;
		boolean effective = OPTIMIZER.child(ExperimentForm.RATE_EFFECTIVE).get(tree) != null;
		return eta && !effective ? ExperimentForm.RATE_ETA : ExperimentForm.RATE_EFFECTIVE;
	}

	/**
	 * Gives the step size under the other key, converting the value with the width (η_eff = η·m) when both are
	 * numbers, so the run stays the same.
	 *
	 * @param key {@link ExperimentForm#RATE_EFFECTIVE} or {@link ExperimentForm#RATE_ETA}
	 */
	public void setRateKey(String key) {
		requireEditable();
		String old = rateKey();
		if (old.equals(key)) {
			return;
		}
		JsonElement value = OPTIMIZER.child(old).get(tree);
		OPTIMIZER.child(old).remove(tree);
		OPTIMIZER.child(ExperimentForm.RATE_ETA.equals(old) ? ExperimentForm.RATE_EFFECTIVE : ExperimentForm.RATE_ETA)
				.remove(tree);
		JsonElement width = JsonPath.ROOT.child("width").get(tree);
		if (value != null && isNumber(value) && width != null && isNumber(width) && width.getAsDouble() > 0) {
			double v = value.getAsDouble();
			double m = width.getAsDouble();
			value = JsonValues.number(Double.toString(key.equals(ExperimentForm.RATE_EFFECTIVE) ? v * m : v / m));
		}
		if (value != null) {
			put(OPTIMIZER.child(key), value);
		}
		relayout();
	}

	/** @return the recording schedule: {@code log} unless the document says {@code linear} */
	public String recordSchedule() {
		JsonElement s = RECORD.child("schedule").get(tree);
		return s != null && s.isJsonPrimitive() && "linear".equals(s.getAsString()) ? "linear" : "log";
	}

	/**
	 * Switches the recording schedule. Log spacing starts at its default of 200 points; linear spacing records
	 * every ⌈T/200⌉ steps, about as many records.
	 *
	 * @param schedule {@code log} or {@code linear}
	 */
	public void setRecordSchedule(String schedule) {
		requireEditable();
		JsonObject record = new JsonObject();
		record.addProperty("schedule", schedule);
		if (schedule.equals("linear")) {
			JsonElement steps = OPTIMIZER.child("steps").get(tree);
			long t = steps != null && isNumber(steps) ? Math.max(1, (long) steps.getAsDouble()) : 200;
			record.addProperty("every", Math.max(1, (t + 199) / 200));
		} else {
			record.addProperty("points", 200);
		}
		put(RECORD, record);
		relayout();
	}

	/**
	 * @param listener told after every change, with who made it
	 * @return a handle that removes the listener
	 */
	public Runnable addListener(Consumer<Origin> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	/** A field's path; fields whose place depends on the document (rate, record count) are resolved here. */
	private JsonPath path(FormField field) {
		return ExperimentForm.resolve(field, this);
	}

	/**
	 * Sets a value; a key the document did not have goes where the schema puts it among its siblings, so a file
	 * keeps the order of the documentation's table.
	 */
	private void put(JsonPath path, JsonElement value) {
		JsonElement parent = path.parent().get(tree);
		String key = path.lastKey();
		if (key.isEmpty() || parent == null || !parent.isJsonObject() || parent.getAsJsonObject().has(key)) {
			path.set(tree, value);
			return;
		}
		List<String> order = ExperimentForm.keyOrder(path.parent());
		JsonObject old = parent.getAsJsonObject();
		int rank = order.indexOf(key);
		JsonObject ordered = new JsonObject();
		boolean placed = false;
		for (var e : old.entrySet()) {
			int r = order.indexOf(e.getKey());
			if (!placed && rank >= 0 && r > rank) {
				ordered.add(key, value);
				placed = true;
			}
			ordered.add(e.getKey(), e.getValue());
		}
		if (!placed) {
			ordered.add(key, value);
		}
		if (path.depth() == 1) {
			tree = ordered;
		} else {
			path.parent().set(tree, ordered);
		}
	}

	private void requireEditable() {
		if (!wellFormed) {
			throw new IllegalStateException("the JSON source is not well-formed; fix it in the source first");
		}
	}

	private void relayout() {
		text = JsonLayout.format(tree);
		validation = validator.validate(text, true);
		fire(Origin.FORM);
	}

	private void load(String newText) {
		text = newText;
		JsonObject parsed = parse(newText);
		wellFormed = parsed != null;
		if (parsed != null) {
			tree = parsed;
		}
		validation = validator.validate(text, wellFormed);
	}

	private void fire(Origin origin) {
		for (Consumer<Origin> l : listeners) {
			l.accept(origin);
		}
	}

	private static JsonObject reference(String id) {
		JsonObject ref = new JsonObject();
		ref.addProperty("id", id);
		ref.add("parameters", new JsonObject());
		return ref;
	}

	private static boolean isNumber(JsonElement e) {
		return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
	}

	/** @return the object the text holds, read as strict JSON, or {@code null} when it is not one */
	static JsonObject parse(String text) {
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (JsonReader reader = new JsonReader(new StringReader(t))) {
			reader.setStrictness(Strictness.STRICT);
			JsonElement root = JsonParser.parseReader(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT || !root.isJsonObject()) {
				return null;
			}
			return root.getAsJsonObject();
		} catch (JsonParseException | IOException | IllegalStateException e) {
			return null;
		}
	}
}

package org.spectralbias.experiments.model;

import java.util.List;
import java.util.Objects;

/**
 * One field of the experiment form: where its value lives in the document and what the form shows beside it.
 *
 * @param path        the JSON path of the value
 * @param label       the label, e.g. {@code "Width m"}
 * @param kind        how typed text becomes JSON
 * @param defaultText the value that applies when the key is absent, as field text; {@code null} when the key is
 *                    required (no default)
 * @param unit        unit shown after the field, {@code ""} when dimensionless
 * @param hint        the allowed values in words, e.g. {@code "an integer in [2, 1000000]"}
 * @param description one sentence for the tooltip
 * @param choices     the allowed values of a {@link FieldKind#CHOICE}; empty otherwise
 */
public record FormField(JsonPath path, String label, FieldKind kind, String defaultText, String unit, String hint,
		String description, List<String> choices) {

	/** Checks and copies. */
	public FormField {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(kind, "kind");
		unit = unit == null ? "" : unit;
		hint = hint == null ? "" : hint;
		description = description == null ? "" : description;
		choices = List.copyOf(choices);
	}

	/** @return whether the document must give this value (it has no default) */
	public boolean required() {
		return defaultText == null;
	}

	/** @return the greyed text an empty field shows: the default, or "required" */
	public String placeholder() {
		return required() ? "required" : defaultText.isEmpty() ? "optional" : "default " + defaultText;
	}

	/** @return this field at another path (the same field of another analysis, for example) */
	public FormField at(JsonPath newPath) {
		return new FormField(newPath, label, kind, defaultText, unit, hint, description, choices);
	}
}

package org.spectralbias.experiments.model;

/** What a form field edits, which decides how typed text becomes a JSON value. */
public enum FieldKind {
	/** A string. */
	TEXT,
	/** An integer; text that is not a JSON number is stored as a string so that the reader names the problem. */
	INTEGER,
	/** A number; as {@link #INTEGER}. */
	NUMBER,
	/** {@code true} or {@code false} (a check box). */
	BOOLEAN,
	/** One of a fixed list of strings (a drop-down). */
	CHOICE,
	/** Numbers separated by commas, stored as a JSON array of numbers. */
	NUMBER_LIST
}

package org.spectralbias.experiments.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A location in an experiment document, written as the experiment reader prints it: {@code $} for the document,
 * {@code $.optimizer.steps}, {@code $.analyses[1].id}, {@code $.target.parameters['odd key']}. Immutable.
 * <p>
 * Besides naming places (to put a reader's or resolver's problem next to the form field it is about), a path reads,
 * sets and removes values of a Gson tree.
 */
public final class JsonPath {

	/** The document itself, {@code $}. */
	public static final JsonPath ROOT = new JsonPath(List.of());

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** Each segment is a {@link String} key or an {@link Integer} array index. */
	private final List<Object> segments;

	private JsonPath(List<Object> segments) {
		this.segments = Collections.unmodifiableList(segments);
	}

	/**
	 * @param text a path as the reader prints it
	 * @return the path
	 * @throws IllegalArgumentException when the text is not such a path
	 */
	public static JsonPath parse(String text) {
		if (!text.startsWith("$")) {
			throw new IllegalArgumentException("a JSON path starts with '$': " + text);
		}
		List<Object> segments = new ArrayList<>();
		int i = 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '.') {
				int end = i + 1;
				while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
					end++;
				}
				if (end == i + 1) {
					throw new IllegalArgumentException("empty key in JSON path " + text);
				}
				segments.add(text.substring(i + 1, end));
				i = end;
			} else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
				StringBuilder key = new StringBuilder();
				int j = i + 2;
				while (j < text.length() && text.charAt(j) != '\'') {
					if (text.charAt(j) == '\\' && j + 1 < text.length()) {
						j++;
					}
					key.append(text.charAt(j++));
				}
				if (j + 1 >= text.length() || text.charAt(j + 1) != ']') {
					throw new IllegalArgumentException("unclosed quoted key in JSON path " + text);
				}
				segments.add(key.toString());
				i = j + 2;
			} else if (c == '[') {
				int end = text.indexOf(']', i);
				if (end < 0) {
					throw new IllegalArgumentException("unclosed index in JSON path " + text);
				}
				try {
					segments.add(Integer.valueOf(text.substring(i + 1, end)));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("bad index in JSON path " + text, e);
				}
				i = end + 1;
			} else {
				throw new IllegalArgumentException("unexpected '" + c + "' in JSON path " + text);
			}
		}
		return new JsonPath(segments);
	}

	/** @return the path of a member of the object at this path */
	public JsonPath child(String key) {
		List<Object> s = new ArrayList<>(segments);
		s.add(Objects.requireNonNull(key, "key"));
		return new JsonPath(s);
	}

	/** @return the path of an element of the array at this path */
	public JsonPath element(int index) {
		List<Object> s = new ArrayList<>(segments);
		s.add(index);
		return new JsonPath(s);
	}

	/** @return the path one level up; the root is its own parent */
	public JsonPath parent() {
		return segments.isEmpty() ? this : new JsonPath(new ArrayList<>(segments.subList(0, segments.size() - 1)));
	}

	/** @return the number of segments (0 for the root) */
	public int depth() {
		return segments.size();
	}

	/** @return the last key, or empty for the root and for array elements */
	public String lastKey() {
		return segments.isEmpty() || !(segments.get(segments.size() - 1) instanceof String k) ? "" : k;
	}

	/**
	 * @param other another path
	 * @return whether this path is {@code other} or one of its ancestors
	 */
	public boolean isPrefixOf(JsonPath other) {
		return other.segments.size() >= segments.size() && other.segments.subList(0, segments.size()).equals(segments);
	}

	/**
	 * @param root a document
	 * @return the value at this path, or {@code null} when there is none
	 */
	public JsonElement get(JsonElement root) {
		JsonElement current = root;
		for (Object s : segments) {
			if (s instanceof String key && current != null && current.isJsonObject()) {
				current = current.getAsJsonObject().get(key);
			} else if (s instanceof Integer index && current != null && current.isJsonArray()
					&& index < current.getAsJsonArray().size()) {
				current = current.getAsJsonArray().get(index);
			} else {
				return null;
			}
		}
		return current;
	}

	/**
	 * Sets the value at this path, creating missing objects on the way (an existing value of another type on the
	 * way is replaced by an object). Array elements must exist.
	 *
	 * @param root  the document
	 * @param value the new value
	 * @throws IllegalArgumentException for the root or a missing array element
	 */
	public void set(JsonObject root, JsonElement value) {
		if (segments.isEmpty()) {
			throw new IllegalArgumentException("cannot replace the document itself");
		}
		JsonElement container = root;
		for (int i = 0; i < segments.size() - 1; i++) {
			Object s = segments.get(i);
			JsonElement next = step(container, s);
			if (next == null || !(next.isJsonObject() || next.isJsonArray())
					|| (segments.get(i + 1) instanceof String) != next.isJsonObject()) {
				if (!(segments.get(i + 1) instanceof String)) {
					throw new IllegalArgumentException("no array at " + prefix(i + 1));
				}
				next = new JsonObject();
				put(container, s, next);
			}
			container = next;
		}
		put(container, segments.get(segments.size() - 1), value);
	}

	/**
	 * Removes the value at this path (an array element is removed and later elements move up).
	 *
	 * @param root the document
	 * @return whether there was a value
	 */
	public boolean remove(JsonObject root) {
		if (segments.isEmpty()) {
			return false;
		}
		JsonElement container = parent().get(root);
		Object last = segments.get(segments.size() - 1);
		if (last instanceof String key && container != null && container.isJsonObject()) {
			return container.getAsJsonObject().remove(key) != null;
		}
		if (last instanceof Integer index && container != null && container.isJsonArray()
				&& index < container.getAsJsonArray().size()) {
			container.getAsJsonArray().remove((int) index);
			return true;
		}
		return false;
	}

	private static JsonElement step(JsonElement container, Object segment) {
		if (segment instanceof String key) {
			return container.isJsonObject() ? container.getAsJsonObject().get(key) : null;
		}
		JsonArray array = container.getAsJsonArray();
		int index = (Integer) segment;
		return index < array.size() ? array.get(index) : null;
	}

	private void put(JsonElement container, Object segment, JsonElement value) {
		if (segment instanceof String key && container.isJsonObject()) {
			container.getAsJsonObject().add(key, value);
		} else if (segment instanceof Integer index && container.isJsonArray()
				&& index < container.getAsJsonArray().size()) {
			container.getAsJsonArray().set(index, value);
		} else {
			throw new IllegalArgumentException("cannot set " + this + ": no such container");
		}
	}

	private String prefix(int length) {
		return new JsonPath(new ArrayList<>(segments.subList(0, length))).toString();
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder("$");
		for (Object s : segments) {
			if (s instanceof Integer index) {
				b.append('[').append(index).append(']');
			} else if (IDENTIFIER.matcher((String) s).matches()) {
				b.append('.').append(s);
			} else {
				b.append("['").append(((String) s).replace("\\", "\\\\").replace("'", "\\'")).append("']");
			}
		}
		return b.toString();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof JsonPath p && p.segments.equals(segments);
	}

	@Override
	public int hashCode() {
		return segments.hashCode();
	}
}

package org.spectralbias.core.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects problems while a file is read, and builds JSON paths. Not thread-safe; one per read. */
final class Problems {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final List<Problem> list = new ArrayList<>();
	private final Set<String> settled = new HashSet<>();

	/** Adds a problem, unless the value at this path was already rejected while parsing. */
	void add(String path, String message) {
		if (!settled.contains(path)) {
			list.add(new Problem(path, message));
		}
	}

	/** Adds a parse-level problem; later problems about the same value are dropped as noise. */
	void settle(String path, String message) {
		list.add(new Problem(path, message));
		settled.add(path);
	}

	boolean isEmpty() {
		return list.isEmpty();
	}

	List<Problem> list() {
		return List.copyOf(list);
	}

	/** @return the path of a member: {@code $.a.b}, or {@code $.a['odd key']} when the key is not an identifier */
	static String child(String path, String key) {
		if (IDENTIFIER.matcher(key).matches()) {
			return path + "." + key;
		}
		return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
	}

	/** @return the path of an array element: {@code $.a[3]} */
	static String element(String path, int index) {
		return path + "[" + index + "]";
	}

	/**
	 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive.
	 *
	 * @return the number of single-character edits between a and b
	 */
	static int distance(String a, String b) {
		a = a.toLowerCase(java.util.Locale.ROOT);
		b = b.toLowerCase(java.util.Locale.ROOT);
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * @return the closest candidate within edit distance min(2, ⌊length/2⌋) of the candidate (so short keys do not
	 *         attract unrelated words), first one on ties; {@code null} when none is that close
	 */
	static String closest(String word, List<String> candidates) {
		String best = null;
		int bestDistance = 3;
		for (String c : candidates) {
			int dist = distance(word, c);
			if (dist < bestDistance && dist <= Math.min(2, c.length() / 2)) {
				best = c;
				bestDistance = dist;
			}
		}
		return best;
	}
}

package org.spectralbias.experiments.model;

import java.util.List;
import java.util.Optional;

/**
 * Decides which form field shows a marker. A marker at a field's own path goes there; a marker below a field (an
 * element of a list field) goes to that field; a marker on an object the form shows as several fields
 * ({@code $.optimizer: give exactly one of …}, {@code $.samples: is required}) goes to its first field; a marker on
 * a part the form shows no field for ({@code $.target.parameters}) goes to the first field of the nearest enclosing
 * object ({@code $.target.id}). A marker outside every field's object ({@code $.foo: unknown key}) is shown in the
 * problems list only.
 */
public final class MarkerAnchors {

	private MarkerAnchors() {
	}

	/**
	 * @param marker the marker's path
	 * @param fields the paths the form shows fields for, in form order
	 * @return the path of the field that shows the marker
	 */
	public static Optional<JsonPath> anchor(JsonPath marker, List<JsonPath> fields) {
		if (fields.contains(marker)) {
			return Optional.of(marker);
		}
		JsonPath best = null;
		for (JsonPath f : fields) {
			if (f.isPrefixOf(marker) && (best == null || f.depth() > best.depth())) {
				best = f;
			}
		}
		if (best != null) {
			return Optional.of(best);
		}
		for (JsonPath place = marker; place.depth() > 0; place = place.parent()) {
			JsonPath object = place;
			Optional<JsonPath> first = fields.stream().filter(object::isPrefixOf).findFirst();
			if (first.isPresent()) {
				return first;
			}
		}
		return Optional.empty();
	}
}

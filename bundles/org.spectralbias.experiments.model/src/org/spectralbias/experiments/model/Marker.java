package org.spectralbias.experiments.model;

import java.util.Objects;

/**
 * A problem of the document, placed at a JSON path: what the form shows at a field and in its problems list.
 *
 * @param path    where, e.g. {@code $.width} or {@code $.target.parameters.degrees}
 * @param message what is wrong, as the experiment reader or the contribution resolver said it
 */
public record Marker(JsonPath path, String message) {

	/** Checks that both parts are present. */
	public Marker {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(message, "message");
	}

	/** @return {@code path: message}, the form of the command line's messages */
	@Override
	public String toString() {
		return path + ": " + message;
	}
}

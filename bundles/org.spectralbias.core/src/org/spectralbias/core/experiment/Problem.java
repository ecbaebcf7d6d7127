package org.spectralbias.core.experiment;

import java.util.Objects;

/**
 * One problem found in an experiment file.
 *
 * @param path    where, as a JSON path: {@code $} for the document, {@code $.optimizer.steps}, {@code $.analyses[1]},
 *                {@code $.target.parameters['odd key']}
 * @param message what is wrong, for a person, e.g. {@code must be an integer in [1, 100000000], got -5}
 */
public record Problem(String path, String message) {

	/** Checks that both parts are present. */
	public Problem {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(message, "message");
	}

	/** @return {@code path: message} */
	@Override
	public String toString() {
		return path + ": " + message;
	}
}

package org.spectralbias.experiments.model;

import java.util.List;
import java.util.Optional;

import org.spectralbias.core.experiment.ExperimentSpec;

/**
 * The outcome of checking a document: its problems, and the experiment when there are none that stop reading it.
 *
 * @param markers  every problem, in the order found (file problems first, then contribution problems)
 * @param spec     the experiment when the file reads; present even when a contribution problem remains
 * @param readable whether the text is well-formed JSON holding an object (so the form can show it)
 */
public record Validation(List<Marker> markers, Optional<ExperimentSpec> spec, boolean readable) {

	/** Copies. */
	public Validation {
		markers = List.copyOf(markers);
	}

	/** @return whether the experiment can run: it reads and every contribution and parameter is known and valid */
	public boolean isValid() {
		return markers.isEmpty() && spec.isPresent();
	}

	/**
	 * @param path a path
	 * @return the markers exactly at it
	 */
	public List<Marker> at(JsonPath path) {
		return markers.stream().filter(m -> m.path().equals(path)).toList();
	}
}

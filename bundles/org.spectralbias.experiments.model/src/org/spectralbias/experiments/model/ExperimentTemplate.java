package org.spectralbias.experiments.model;

import java.util.Objects;

import org.spectralbias.core.experiment.ExperimentSpec;

/**
 * An experiment to start from.
 *
 * @param id          the template's name, e.g. {@code fig1} or {@code fig1-quick}
 * @param description what it reproduces, with its size
 * @param quick       whether it is the scaled-down variant that runs in seconds
 * @param spec        the experiment
 */
public record ExperimentTemplate(String id, String description, boolean quick, ExperimentSpec spec) {

	/** Checks that all parts are present. */
	public ExperimentTemplate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(spec, "spec");
	}

	/** @return one line on its size: {@code D = 10, n = 1000, m = 4096, 20000 steps} */
	public String size() {
		return "D = " + spec.ambientDim() + ", n = " + spec.samples().train() + ", m = " + spec.width() + ", "
				+ spec.optimizer().steps() + " steps";
	}
}

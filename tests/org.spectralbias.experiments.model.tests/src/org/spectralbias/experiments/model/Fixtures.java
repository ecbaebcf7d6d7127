package org.spectralbias.experiments.model;

import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;

/** Experiment texts the model tests share. */
final class Fixtures {

	/** A small experiment in the compact style of the documentation's second example (not canonical layout). */
	static final String SMALL = """
			{
			  "schema": "spectralbias.experiment/1",
			  "name": "small",
			  "ambientDim": 5,
			  "samples": { "train": 120, "test": 80 },
			  "distribution": { "id": "uniform-sphere" },
			  "target": { "id": "gegenbauer-sum", "parameters": { "degrees": [1, 2], "coefficients": [1, 1] } },
			  "architecture": { "id": "two-layer", "parameters": { "initialisation": "symmetric" } },
			  "activation": { "id": "relu" },
			  "width": 256,
			  "optimizer": { "type": "gd", "effectiveLearningRate": 2.0, "steps": 600, "record": { "schedule": "log", "points": 40 } },
			  "analyses": [ { "id": "convergence-by-degree" } ]
			}
			""";

	private Fixtures() {
	}

	/** @return the small experiment */
	static ExperimentSpec smallSpec() {
		try {
			return ExperimentJson.read(SMALL, "small");
		} catch (ExperimentFileException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** @return the small experiment as the core's writer writes it (every value explicit, canonical layout) */
	static String canonical() {
		return ExperimentJson.write(smallSpec());
	}

	/** @return a document over the canonical text that checks the file only */
	static ExperimentDocument document() {
		return new ExperimentDocument(canonical(), new ExperimentValidator(ContributionCheck.NONE));
	}
}

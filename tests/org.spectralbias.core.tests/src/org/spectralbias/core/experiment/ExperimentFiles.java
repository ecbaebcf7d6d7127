package org.spectralbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The paper's Fig. 1 experiment as a file, and helpers to break it one way at a time. */
final class ExperimentFiles {

	/** The example of docs/experiment-files.md (Cao et al. 2021, Fig. 1). */
	static final String FIG1 = """
			{
			  "schema": "spectralbias.experiment/1",
			  "name": "fig1",
			  "description": "Cao et al. 2021, Fig. 1: f* = P1 + P2 + P4 on S^9, n = 1000, m = 4096",
			  "ambientDim": 10,
			  "seed": 1,
			  "threads": 0,
			  "samples": { "train": 1000, "test": 1000 },
			  "distribution": { "id": "uniform-sphere", "parameters": {} },
			  "target": { "id": "gegenbauer-sum", "parameters": { "degrees": [1, 2, 4], "coefficients": [1, 1, 1] } },
			  "architecture": { "id": "two-layer", "parameters": { "initialisation": "symmetric", "trainedLayers": "both", "bias": false } },
			  "activation": { "id": "relu", "parameters": {} },
			  "width": 4096,
			  "optimizer": {
			    "type": "gd",
			    "effectiveLearningRate": 2.0,
			    "steps": 20000,
			    "record": { "schedule": "log", "points": 200 },
			    "force": false
			  },
			  "projectionDegrees": [1, 2, 4],
			  "analyses": [ { "id": "convergence-by-degree", "parameters": {} }, { "id": "parity-check", "parameters": {} } ]
			}
			""";

	private ExperimentFiles() {
	}

	/** @return FIG1 after an edit of its tree */
	static String fig1With(Consumer<JsonObject> edit) {
		JsonObject root = JsonParser.parseString(FIG1).getAsJsonObject();
		edit.accept(root);
		return root.toString();
	}

	/** @return the problems reading this text reports (fails when it reads) */
	static List<Problem> problemsOf(String json) {
		return assertThrows(ExperimentFileException.class, () -> ExperimentJson.read(json, null)).problems();
	}

	/** A test body that needs a scratch folder. */
	interface InFolder {
		void run(Path folder) throws Exception;
	}

	/** Runs a test body in a fresh temporary folder and deletes the folder afterwards. */
	static void inTempFolder(InFolder body) throws Exception {
		Path folder = Files.createTempDirectory("spectralbias-experiment-test");
		try {
			body.run(folder);
		} finally {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path f : files.toList()) {
					Files.delete(f);
				}
			} catch (IOException e) {
				// leave the folder to the OS
			}
			Files.deleteIfExists(folder);
		}
	}

	/** @return the problems of FIG1 after an edit */
	static List<Problem> problemsOf(Consumer<JsonObject> edit) {
		return problemsOf(fig1With(edit));
	}
}

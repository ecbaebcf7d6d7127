package org.spectralbias.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.engine.Engine;
import org.spectralbias.core.engine.ExperimentResolver;
import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.engine.RunSetup;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.math.Progress;

/**
 * Real runs of the engine with the built-in contributions (found through the catalogues as in the product): a small
 * version of the paper's experiment on S^4 (n = 120, m = 256, 600 steps), which completes in about a second.
 */
public final class TinyRuns {

	private TinyRuns() {
	}

	/**
	 * @param name         the experiment's name
	 * @param distribution the distribution reference, e.g. {@code { "id": "uniform-sphere" }}
	 * @return the experiment file's text
	 */
	public static String spec(String name, String distribution) {
		return """
				{ "schema": "spectralbias.experiment/1", "name": "%s", "ambientDim": 5, "seed": 7, "threads": 1,
				  "samples": { "train": 120, "test": 80 },
				  "distribution": %s,
				  "target": { "id": "gegenbauer-sum", "parameters": { "degrees": [1, 2, 4], "coefficients": [1, 1, 1] } },
				  "architecture": { "id": "two-layer", "parameters": { "initialisation": "symmetric" } },
				  "activation": { "id": "relu" },
				  "width": 256,
				  "optimizer": { "type": "gd", "effectiveLearningRate": 1.0, "steps": 600,
				                 "record": { "schedule": "log", "points": 40 } },
				  "analyses": [ { "id": "convergence-by-degree" }, { "id": "misspecification" } ] }
				""".formatted(name, distribution);
	}

	/**
	 * Runs an experiment into a runs folder.
	 *
	 * @param json     the experiment file's text
	 * @param runs     the runs folder
	 * @param listener told of the run as it trains
	 * @return the outcome
	 */
	public static RunOutcome run(String json, Path runs, RunListener listener) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(TinyRuns.class).getBundleContext();
		Catalogues catalogues = new Catalogues(context);
		try {
			for (int i = 0; i < 200 && (catalogues.architectures().find("two-layer").isEmpty()
					|| catalogues.targets().find("gegenbauer-sum").isEmpty()
					|| catalogues.distributions().find("anisotropic-gaussian").isEmpty()
					|| catalogues.analyses().find("misspecification").isEmpty()); i++) {
				Thread.sleep(50); // SCR activates the built-ins asynchronously
			}
			ExperimentSpec spec = ExperimentJson.read(json, "test");
			Engine engine = new Engine();
			try (RunSetup setup = engine.prepare(new ExperimentResolver(catalogues).resolve(spec, "test"),
					Progress.NONE)) {
				return engine.run(setup, runs, Progress.NONE, listener);
			}
		} finally {
			catalogues.close();
		}
	}

	/** Deletes a folder tree. */
	public static void delete(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}

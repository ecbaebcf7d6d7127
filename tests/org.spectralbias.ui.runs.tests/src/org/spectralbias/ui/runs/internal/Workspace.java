package org.spectralbias.ui.runs.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.ui.WorkbenchSettings;

/**
 * The runs folder of the UI tests, made once: two real runs (uniform inputs, nested below {@code reproduce/}, and
 * anisotropic-Gaussian inputs), set as the workbench's runs folder through its preference.
 */
final class Workspace {

	static final String UNIFORM = "ui-uniform";
	static final String ANISOTROPIC = "ui-anisotropic";

	private static Workspace instance;

	final Path root;
	final Path uniform;
	final Path anisotropic;

	private Workspace() throws Exception {
		root = Files.createTempDirectory("sb-ui-runs");
		uniform = completed(UiFixture.run(UiFixture.spec(UNIFORM, "{ \"id\": \"uniform-sphere\" }", 600),
				root.resolve("reproduce/ui/runs"), RunListener.NONE));
		anisotropic = completed(UiFixture.run(UiFixture.spec(ANISOTROPIC,
				"{ \"id\": \"anisotropic-gaussian\", \"parameters\": { \"ratio\": 20 } }", 600), root,
				RunListener.NONE));
		WorkbenchSettings.preferences().put(WorkbenchSettings.RUNS_FOLDER, root.toString());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				UiFixture.delete(root);
			} catch (java.io.IOException e) {
				// a temp folder left behind
			}
		}));
	}

	private static Path completed(RunOutcome outcome) {
		if (outcome.status() != RunStatus.COMPLETED) {
			throw new IllegalStateException(outcome.folder() + " ended " + outcome.status() + ": " + outcome.message());
		}
		return outcome.folder().path();
	}

	static synchronized Workspace get() throws Exception {
		if (instance == null) {
			instance = new Workspace();
		}
		return instance;
	}
}

package org.spectralbias.ui.experiments.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.experiments.model.RunFailure;
import org.spectralbias.experiments.model.RunPlan;
import org.spectralbias.ui.WorkbenchSettings;
import org.spectralbias.ui.experiments.internal.Log;
import org.spectralbias.ui.experiments.internal.Services;

/**
 * Starts runs from the UI: settles the thread count (the file's, else the preference), schedules an
 * {@link ExperimentJob} into the preferred runs folder, and wires it to the run editor (opened when training
 * starts) and to the failure dialog.
 */
public final class RunLauncher {

	/** Title of the failure dialog. */
	public static final String FAILURE_TITLE = "Run failed";

	private RunLauncher() {
	}

	/**
	 * @param spec   the experiment (valid as a file)
	 * @param source where it came from, for messages
	 * @return the scheduled job, or empty when the catalogues are not available (a dialog said so)
	 */
	public static Optional<ExperimentJob> launch(ExperimentSpec spec, String source) {
		Catalogues catalogues = Services.catalogues();
		if (catalogues == null) {
			showFailure(new RunFailure("no contribution catalogues", spec.name() + " cannot run: the contribution "
					+ "catalogues are not available (is the Declarative Services runtime started?).", java.util.List.of()));
			return Optional.empty();
		}
		ExperimentSpec planned = RunPlan.withThreads(spec, WorkbenchSettings.threads());
		ExperimentJob job = new ExperimentJob(planned, source, WorkbenchSettings.runsFolder(), catalogues,
				OpenRunCommand::openLater, RunLauncher::showFailureLater);
		job.schedule();
		return Optional.of(job);
	}

	/**
	 * Runs an experiment file as it is saved.
	 *
	 * @param file the file
	 * @return the scheduled job, or empty when the file cannot run (a dialog said why)
	 */
	public static Optional<ExperimentJob> launch(Path file) {
		ExperimentSpec spec;
		try {
			spec = ExperimentJson.read(file);
		} catch (ExperimentFileException | IOException e) {
			RunFailure f = RunFailure.of(file.getFileName().toString(), e);
			Log.warning(f.message());
			showFailure(f);
			return Optional.empty();
		}
		return launch(spec, file.toString());
	}

	/** Shows the failure dialog on the UI thread, later. */
	static void showFailureLater(RunFailure f) {
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			if (!display.isDisposed()) {
				display.asyncExec(() -> showFailure(f));
			}
		}
	}

	/**
	 * Shows the failure dialog now; call on the UI thread.
	 *
	 * @param f the failure
	 */
	public static void showFailure(RunFailure f) {
		MessageDialog.openError(shell(), FAILURE_TITLE, f.message());
	}

	private static Shell shell() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getShell();
	}
}

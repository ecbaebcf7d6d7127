package org.spectralbias.ui.experiments.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.engine.Engine;
import org.spectralbias.core.engine.ExperimentResolver;
import org.spectralbias.core.engine.ResolvedExperiment;
import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.engine.RunSetup;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.experiments.model.RunFailure;
import org.spectralbias.experiments.model.RunPlan;
import org.spectralbias.math.CancelledException;
import org.spectralbias.report.figures.RunFigures;
import org.spectralbias.ui.experiments.internal.Log;

/**
 * Runs an experiment in the background, as the command line's {@code run} does: resolve the contributions, prepare
 * (samples, kernels, the stability check), train into a new run folder under the runs folder, then write the
 * figures. Progress shows in the Progress view and the status line; Cancel stops the engine at its next block and the
 * run folder is kept, marked cancelled. A failure is reported by a dialog naming its cause and is the job's error
 * result, which the workbench writes to the Error Log.
 */
public final class ExperimentJob extends Job {

	/** The family of every experiment job (for {@code IJobManager.find/join}). */
	public static final Object FAMILY = ExperimentJob.class;

	private final ExperimentSpec spec;
	private final String source;
	private final Path runsRoot;
	private final Catalogues catalogues;
	private final Consumer<Path> onStart;
	private final Consumer<RunFailure> onFailure;
	private final LiveRunListener listener;
	private volatile RunOutcome outcome;
	private volatile RunFailure failure;

	/**
	 * @param spec       the experiment, its thread count settled ({@link RunPlan#withThreads})
	 * @param source     where it came from, for messages (the file)
	 * @param runsRoot   the runs folder
	 * @param catalogues where its contributions are found
	 * @param onStart    told the run folder when training starts (opens the run editor); called on the job's thread
	 * @param onFailure  told why the run could not start or failed (shows the dialog); called on the job's thread
	 */
	public ExperimentJob(ExperimentSpec spec, String source, Path runsRoot, Catalogues catalogues,
			Consumer<Path> onStart, Consumer<RunFailure> onFailure) {
		super(RunPlan.title(spec));
		this.spec = spec;
		this.source = source;
		this.runsRoot = runsRoot;
		this.catalogues = catalogues;
		this.onStart = onStart;
		this.onFailure = onFailure;
		this.listener = new LiveRunListener(this::started);
		setUser(false);
		setPriority(LONG);
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		MonitorProgress progress = new MonitorProgress(monitor, getName());
		try {
			ResolvedExperiment resolved = new ExperimentResolver(catalogues).resolve(spec, source);
			Engine engine = new Engine();
			RunOutcome result;
			try (RunSetup setup = engine.prepare(resolved, progress)) {
				result = engine.run(setup, runsRoot, progress, listener);
			}
			outcome = result;
			writeFigures(result);
			return status(result);
		} catch (CancelledException e) {
			return Status.CANCEL_STATUS; // cancelled while preparing: no run folder was made
		} catch (ExperimentFileException | IOException | RuntimeException | LinkageError e) {
			return fail(RunFailure.of(spec.name(), e), e);
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return the experiment as run */
	public ExperimentSpec spec() {
		return spec;
	}

	/** @return the run as views follow it (empty until training starts) */
	public LiveRun live() {
		return listener.live();
	}

	/** @return how the run ended, once it has a run folder and ended */
	public Optional<RunOutcome> outcome() {
		return Optional.ofNullable(outcome);
	}

	/** @return why the run could not start or failed, if it did */
	public Optional<RunFailure> failure() {
		return Optional.ofNullable(failure);
	}

	private void started(Path folder) {
		onStart.accept(folder);
	}

	private IStatus status(RunOutcome result) {
		String folder = result.folder().path().toString();
		return switch (result.status()) {
		case COMPLETED -> new Status(IStatus.OK, Log.PLUGIN_ID, spec.name() + ": " + result.message()
				+ "; run folder " + folder);
		case CANCELLED -> Status.CANCEL_STATUS;
		case DIVERGED -> {
			Log.warning(spec.name() + ": training diverged (" + result.message() + "); what was recorded is kept in "
					+ folder);
			yield Status.warning(spec.name() + ": " + result.message() + "; run folder " + folder);
		}
		case FAILED, RUNNING -> fail(new RunFailure("an error while training", spec.name() + " "
				+ result.message() + "; what was recorded is kept in " + folder, java.util.List.of()), null);
		};
	}

	/**
	 * Records a failure and shows its dialog. The error status this returns becomes the job's result, which the
	 * workbench writes to the Error Log (its status handling logs a failed job's result; logging it here as well
	 * would list it twice); with {@link IProgressConstants#NO_IMMEDIATE_ERROR_PROMPT_PROPERTY} set it shows no dialog
	 * of its own.
	 */
	private IStatus fail(RunFailure f, Throwable error) {
		failure = f;
		IStatus status = new Status(IStatus.ERROR, Log.PLUGIN_ID, f.message(),
				error instanceof ExperimentFileException ? null : error);
		try {
			onFailure.accept(f);
		} catch (RuntimeException e) {
			Log.error("could not report the failure of " + spec.name(), e);
		}
		return status;
	}

	private void writeFigures(RunOutcome result) {
		if (result.data().isEmpty() || result.status() == RunStatus.CANCELLED) {
			return;
		}
		try {
			RunFigures.write(result.data().get(), result.folder().path());
		} catch (IOException | RuntimeException | LinkageError e) {
			Log.warning("The figures of " + result.folder().path() + " could not be written: " + e);
		}
	}
}

package org.spectralbias.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.engine.Engine;
import org.spectralbias.core.engine.ExperimentResolver;
import org.spectralbias.core.engine.ResolvedExperiment;
import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.engine.RunSetup;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.math.Progress;
import org.spectralbias.report.figures.RunFigures;

/** Runs one experiment for a command: resolve, prepare, train with a console progress bar, write figures, report. */
final class ExperimentRunner {

	private final CliContext context;

	ExperimentRunner(CliContext context) {
		this.context = context;
	}

	/**
	 * @param spec   the experiment
	 * @param source where it came from, for messages
	 * @param runs   the runs folder
	 * @return the outcome
	 * @throws UsageError when the experiment is invalid (every problem listed, with its JSON path)
	 */
	RunOutcome run(ExperimentSpec spec, String source, Path runs) throws IOException {
		return run(spec, source, runs, new ConsoleProgress(System.err));
	}

	/**
	 * @param progress progress of this run (e.g. a slice of a sweep's bar)
	 * @see #run(ExperimentSpec, String, Path)
	 */
	RunOutcome run(ExperimentSpec spec, String source, Path runs, Progress progress) throws IOException {
		try {
			ResolvedExperiment resolved = new ExperimentResolver(context.catalogues()).resolve(spec, source);
			context.err().println("running " + spec.name() + ": D = " + spec.ambientDim() + ", n = "
					+ spec.samples().train() + ", m = " + spec.width() + ", η·m = " + spec.effectiveLearningRate() + ", "
					+ spec.optimizer().steps() + " steps");
			RunOutcome outcome;
			try (RunSetup setup = new Engine().prepare(resolved, progress)) {
				outcome = new Engine().run(setup, runs, progress);
			}
			outcome.data().ifPresent(data -> {
				try {
					RunFigures.write(data, outcome.folder().path());
				} catch (IOException e) {
					context.err().println("could not write the figures: " + e.getMessage());
				}
			});
			report(outcome);
			return outcome;
		} catch (ExperimentFileException e) {
			throw new UsageError(source + " is not a valid experiment:" + System.lineSeparator()
					+ String.join(System.lineSeparator(), e.problems().stream().map(p -> "  " + p).toList()));
		}
	}

	private void report(RunOutcome outcome) {
		context.out().println(outcome.folder().path().getFileName() + ": " + outcome.status().label() + " ("
				+ outcome.message() + ")");
		for (Map.Entry<String, AnalysisResult> a : outcome.analyses().entrySet()) {
			for (String finding : a.getValue().findings()) {
				context.out().println("  [" + a.getKey() + "] " + finding);
			}
		}
		context.out().println("  run folder: " + outcome.folder().path());
		context.out().flush();
	}

	/** @return the process exit code for an outcome: 0 completed, 1 otherwise */
	static int exitCode(RunOutcome outcome) {
		return outcome.status() == RunStatus.COMPLETED ? 0 : 1;
	}

	/** @return the rows of the convergence summary, if the run has one */
	static List<List<String>> summary(RunOutcome outcome) {
		AnalysisResult r = outcome.analyses().get("convergence-by-degree");
		return r == null ? List.of()
				: r.tables().stream().filter(t -> t.name().equals("summary")).findFirst().map(t -> t.rows())
						.orElse(List.of());
	}
}

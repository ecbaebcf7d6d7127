package org.spectralbias.experiments.model;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.Problem;

/**
 * Why a run could not start or failed, as the error dialog and the error log say it: a short cause, the complete
 * message, and one detail line per problem.
 *
 * @param cause   the kind of failure in a few words, e.g. {@code "learning rate above the stability bound"}
 * @param message the message: what happened and what to do
 * @param details one line per problem ({@code path: message}), may be empty
 */
public record RunFailure(String cause, String message, List<String> details) {

	/** Checks and copies. */
	public RunFailure {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(message, "message");
		details = List.copyOf(details);
	}

	/**
	 * @param experiment the experiment's name
	 * @param error      what went wrong
	 * @return the failure described for a person
	 */
	public static RunFailure of(String experiment, Throwable error) {
		if (error instanceof ExperimentFileException e) {
			List<String> lines = e.problems().stream().map(Problem::toString).toList();
			String cause = cause(e.problems());
			return new RunFailure(cause, experiment + " cannot run: " + cause + "." + System.lineSeparator()
					+ String.join(System.lineSeparator(), lines), lines);
		}
		if (error instanceof IOException e) {
			return new RunFailure("the run folder could not be written",
					experiment + ": the run folder could not be written: " + e, List.of());
		}
		return new RunFailure("an error in the engine or a plug-in", experiment + " failed: " + error, List.of());
	}

	/** @return the kind of the first problem that has a recognisable kind */
	static String cause(List<Problem> problems) {
		for (Problem p : problems) {
			String m = p.message();
			if (m.contains("stability bound")) {
				return "learning rate above the stability bound";
			}
			if (m.startsWith("unknown ")) {
				return "unknown contribution";
			}
			if (m.contains(" failed: ") && p.path().endsWith(".id")) {
				return "a plug-in that failed to start";
			}
			if (m.contains("parameter '")) {
				return "an invalid contribution parameter";
			}
		}
		return "the experiment file has problems";
	}
}

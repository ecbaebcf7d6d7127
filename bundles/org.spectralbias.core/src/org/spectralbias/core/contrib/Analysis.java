package org.spectralbias.core.contrib;

import org.spectralbias.core.run.RunData;
import org.spectralbias.math.Progress;

/**
 * Contribution point for analyses of a run.
 * <p>
 * <b>Provides</b> a computation over a finished (or cancelled) run's {@link RunData}: the measured projections per
 * degree, the theory's predictions beside them, losses and run scalars. The result's tables are stored as CSV in the
 * run folder, its numbers and findings in {@code run.json}; the command line prints the findings and the workbench
 * shows the tables. Analyses must work on a stored run too ({@code spectralbias analyze RUN_DIR --analysis ID}), so
 * they use only what {@link RunData} holds.
 * <p>
 * <b>Component properties</b> ({@link ContributionInfo}): {@code spectralbias.id} (e.g. {@code convergence-by-degree}),
 * {@code spectralbias.name}, {@code spectralbias.description}. <b>Parameters</b>: from {@link #parameters()}.
 * <p>
 * <b>Contract</b>: deterministic (no randomness); thread-safe; long work reports through the progress callback and
 * stops on cancel; a run the analysis cannot handle (e.g. no test set) gives a result with a finding that says so,
 * not an exception.
 * <p>
 * <b>Example</b>:
 *
 * <pre>
 * &#64;Component(service = Analysis.class)
 * &#64;ContributionInfo(id = "final-loss", name = "Final loss", description = "training loss after the last step")
 * public final class FinalLoss implements Analysis {
 * 	public AnalysisResult analyse(RunData run, Parameters p, Progress progress) {
 * 		double loss = run.trainLoss()[run.trainLoss().length - 1];
 * 		return new AnalysisResult(List.of(), Map.of("loss.final", loss), List.of("final training loss " + loss), true);
 * 	}
 * }
 * </pre>
 */
public interface Analysis extends Contribution {

	/**
	 * @param run        the run
	 * @param parameters values resolved against {@link #parameters()}
	 * @param progress   progress and cancellation
	 * @return the result
	 */
	AnalysisResult analyse(RunData run, Parameters parameters, Progress progress);
}

package org.spectralbias.core.run;

import java.nio.file.Path;

/**
 * Follows a run while the engine trains it, so that a view can draw the theory from the start and the measurement
 * as it is recorded.
 * <p>
 * Calls come from the engine's thread, in this order: {@link #started} once, {@link #recorded} once per recorded
 * step (index 0, 1, …), {@link #finished} once (also after a cancel, a divergence or a failure; {@code started} may
 * be missing when preparation failed before training). Implementations must be quick and must not throw; a listener
 * that throws is not called again and the run goes on. Arrays passed in are fresh copies the listener may keep.
 */
public interface RunListener {

	/** A listener that ignores everything. */
	RunListener NONE = new RunListener() {
	};

	/**
	 * The run folder exists and the predictions at every planned step are known.
	 *
	 * @param folder  the run folder
	 * @param planned the run as planned: {@link RunData#steps()} are all planned recording steps; the predicted
	 *                arrays of each {@link DegreeSeries} are filled for all of them; measured arrays
	 *                (losses, train, test) are NaN until recorded
	 */
	default void started(Path folder, RunData planned) {
	}

	/**
	 * One recorded step.
	 *
	 * @param index     the index into the planned steps
	 * @param step      the step, {@code planned.steps()[index]}
	 * @param trainLoss the training loss
	 * @param testLoss  the test loss (NaN without test set)
	 * @param train     the measured training projection per degree, in the order of {@link RunData#degrees()}
	 * @param test      the measured test projection per degree (NaN without test set)
	 */
	default void recorded(int index, int step, double trainLoss, double testLoss, double[] train, double[] test) {
	}

	/**
	 * The run ended and its run.json is final.
	 *
	 * @param folder  the run folder
	 * @param status  how it ended
	 * @param message the run's message (e.g. "completed 20000 steps", "cancelled after step 400")
	 */
	default void finished(Path folder, RunStatus status, String message) {
	}
}

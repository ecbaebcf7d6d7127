package org.spectralbias.ui.experiments.run;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.core.run.RunStatus;

/**
 * Follows a run for the views: a {@link LiveRun} (which registers itself in
 * {@link org.spectralbias.core.run.LiveRuns} when the run starts, so a run editor opened on the folder finds it), and
 * once the run has started, a callback with the folder (which opens the run editor).
 */
final class LiveRunListener implements RunListener {

	private final LiveRun live = new LiveRun();
	private final Consumer<Path> onStart;

	/** @param onStart told the run folder once the run has started; must be quick and must not throw */
	LiveRunListener(Consumer<Path> onStart) {
		this.onStart = onStart;
	}

	/** @return the live run */
	LiveRun live() {
		return live;
	}

	@Override
	public void started(Path folder, RunData planned) {
		live.started(folder, planned);
		try {
			onStart.accept(folder);
		} catch (RuntimeException e) {
			// the run goes on whatever a view does
		}
	}

	@Override
	public void recorded(int index, int step, double trainLoss, double testLoss, double[] train, double[] test) {
		live.recorded(index, step, trainLoss, testLoss, train, test);
	}

	@Override
	public void finished(Path folder, RunStatus status, String message) {
		live.finished(folder, status, message);
	}
}

package org.spectralbias.math;

/**
 * The small, framework-neutral progress and cancellation callback that every long computation takes.
 * <p>
 * A computation calls {@link #begin(String, long)} once with the number of work units, then {@link #worked(long)}
 * after each block, and checks {@link #isCancelled()} between blocks; when cancelled it throws
 * {@link CancelledException} (a computation never returns a half-finished result as if it were complete).
 * The RCP workbench adapts this interface to {@code IProgressMonitor}/{@code SubMonitor} inside a Job, the command
 * line to a console progress bar.
 * <p>
 * Implementations must tolerate calls from several worker threads at once.
 */
public interface Progress {

	/** A callback that ignores progress and is never cancelled. */
	Progress NONE = new Progress() {
		@Override
		public void begin(String task, long totalUnits) {
			// nothing to report
		}

		@Override
		public void worked(long units) {
			// nothing to report
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/**
	 * Starts (or restarts) a task.
	 *
	 * @param task       what is being done, for a person ("Gram matrix 4000 × 4000")
	 * @param totalUnits number of work units that {@link #worked(long)} will report in total, ≥ 0
	 */
	void begin(String task, long totalUnits);

	/**
	 * Reports finished work units since the last call.
	 *
	 * @param units units finished, ≥ 0
	 */
	void worked(long units);

	/** @return whether the user asked to stop; computations check this between blocks */
	boolean isCancelled();

	/**
	 * Throws {@link CancelledException} when cancelled; call between blocks.
	 *
	 * @throws CancelledException when {@link #isCancelled()} is true
	 */
	default void checkCancelled() {
		if (isCancelled()) {
			throw new CancelledException();
		}
	}
}

package org.spectralbias.experiments.model;

/**
 * Maps the engine's progress phases onto one progress bar of {@value #TOTAL} ticks. The engine starts a new phase
 * with every {@code begin} (sampling, Gram matrix, eigen-decomposition, empirical NTK, predictions, gradient descent,
 * analyses) and does not say how many will come; training is by far the longest. So a phase whose task starts with
 * {@value #TRAINING} gets {@value #TRAINING_SHARE} of the ticks still free, a phase before it
 * {@value #BEFORE_SHARE}, a phase after it {@value #AFTER_SHARE}. The bar never moves back. Not thread-safe: the
 * caller serialises.
 */
public final class ProgressTicks {

	/** Ticks of the whole bar. */
	public static final int TOTAL = 10_000;
	/** How the engine's training phase begins its task text. */
	public static final String TRAINING = "Gradient descent";
	/** Share of the free ticks a training phase takes. */
	public static final double TRAINING_SHARE = 0.9;
	/** Share of the free ticks a phase before training takes. */
	public static final double BEFORE_SHARE = 0.1;
	/** Share of the free ticks a phase after training takes. */
	public static final double AFTER_SHARE = 0.5;

	private int used;
	private boolean trained;
	private int phaseTicks;
	private long phaseTotal;
	private long phaseDone;
	private int phaseReported;

	/**
	 * Starts a phase.
	 *
	 * @param task       the engine's task text
	 * @param totalUnits the units the phase will report
	 */
	public void begin(String task, long totalUnits) {
		double share;
		if (task != null && task.startsWith(TRAINING)) {
			share = TRAINING_SHARE;
			trained = true;
		} else {
			share = trained ? AFTER_SHARE : BEFORE_SHARE;
		}
		phaseTicks = (int) Math.floor((TOTAL - used) * share);
		phaseTotal = Math.max(0, totalUnits);
		phaseDone = 0;
		phaseReported = 0;
	}

	/**
	 * @param units units the engine finished
	 * @return the ticks to add to the bar now
	 */
	public int worked(long units) {
		if (phaseTotal == 0 || units <= 0) {
			return 0;
		}
		phaseDone = Math.min(phaseTotal, phaseDone + units);
		int target = (int) (phaseTicks * (double) phaseDone / phaseTotal);
		int delta = target - phaseReported;
		phaseReported = target;
		used += delta;
		return delta;
	}

	/** @return the ticks reported so far, at most {@link #TOTAL} */
	public int used() {
		return used;
	}
}

package org.spectralbias.math.network;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The steps at which {@link GradientDescent} reports residuals: every k steps, or log-spaced. Both always include
 * step 0 (the initialisation) and the last step T.
 * <p>
 * Thread safety: immutable.
 */
public final class RecordingSchedule {

	private final int every;
	private final int points;
	private final int[] explicit;

	private RecordingSchedule(int every, int points) {
		this.every = every;
		this.points = points;
		this.explicit = null;
	}

	private RecordingSchedule(int[] explicit) {
		this.every = 0;
		this.points = 0;
		this.explicit = explicit;
	}

	/**
	 * A schedule that records exactly the given steps (plus 0 and T), e.g. the steps an experiment file asks for.
	 *
	 * @param steps non-negative steps in any order (copied; steps beyond T are ignored by {@link #steps(int)})
	 * @return the schedule
	 */
	public static RecordingSchedule at(int[] steps) {
		for (int s : steps) {
			if (s < 0) {
				throw new IllegalArgumentException("recording steps must be >= 0, got " + s);
			}
		}
		return new RecordingSchedule(steps.clone());
	}

	/**
	 * @param k the spacing, ≥ 1
	 * @return steps 0, k, 2k, … and T
	 */
	public static RecordingSchedule every(int k) {
		if (k < 1) {
			throw new IllegalArgumentException("spacing must be >= 1, got " + k);
		}
		return new RecordingSchedule(k, 0);
	}

	/**
	 * @param points the number of recorded steps wanted, ≥ 2
	 * @return step 0 and points − 1 steps geometrically spaced from 1 to T (rounded, duplicates removed, so fewer
	 *         when T is small)
	 */
	public static RecordingSchedule logSpaced(int points) {
		if (points < 2) {
			throw new IllegalArgumentException("need at least 2 points (step 0 and T), got " + points);
		}
		return new RecordingSchedule(0, points);
	}

	/**
	 * @param totalSteps T ≥ 0
	 * @return the recorded steps in increasing order, distinct, first 0 and last T
	 */
	public int[] steps(int totalSteps) {
		if (totalSteps < 0) {
			throw new IllegalArgumentException("totalSteps must be >= 0, got " + totalSteps);
		}
		TreeSet<Integer> steps = new TreeSet<>();
		steps.add(0);
		steps.add(totalSteps);
		if (explicit != null) {
			for (int s : explicit) {
				if (s <= totalSteps) {
					steps.add(s);
				}
			}
		} else if (every > 0) {
			for (long t = every; t < totalSteps; t += every) {
				steps.add((int) t);
			}
		} else if (totalSteps > 0 && points > 2) {
			double logT = Math.log(totalSteps);
			for (int j = 0; j < points - 1; j++) {
				steps.add((int) Math.min(totalSteps, Math.round(Math.exp(logT * j / (points - 2)))));
			}
		}
		return steps.stream().mapToInt(Integer::intValue).toArray();
	}

	@Override
	public String toString() {
		if (explicit != null) {
			return explicit.length + " given steps";
		}
		return every > 0 ? "every " + every + " steps" : points + " log-spaced steps";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RecordingSchedule s && s.every == every && s.points == points
				&& Arrays.equals(s.explicit, explicit);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(new int[] { every, points }) + Arrays.hashCode(explicit);
	}
}

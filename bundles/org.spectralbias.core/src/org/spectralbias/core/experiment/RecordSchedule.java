package org.spectralbias.core.experiment;

import java.util.stream.IntStream;

/**
 * At which gradient-descent steps a run records its residual projections. Step 0 is the state before the first
 * update, step T the state after the last; both are always recorded.
 */
public sealed interface RecordSchedule permits RecordSchedule.Linear, RecordSchedule.Log {

	/** The default: log-spaced, {@value Log#DEFAULT_POINTS} points. */
	RecordSchedule DEFAULT = new Log(Log.DEFAULT_POINTS);

	/**
	 * @param totalSteps T ≥ 0
	 * @return the distinct recording steps in increasing order; the first is 0 and the last is T
	 */
	int[] steps(int totalSteps);

	/** @return the value of {@code record.schedule} in files: {@code linear} or {@code log} */
	String id();

	/**
	 * Every k-th step: {0, k, 2k, …} ∪ {T}, that is ⌊T/k⌋ + 1 steps, plus T when k does not divide T.
	 *
	 * @param every k, in [1, {@value OptimizerSpec#MAX_STEPS}]
	 */
	record Linear(int every) implements RecordSchedule {

		/** Validates k. */
		public Linear {
			if (every < 1 || every > OptimizerSpec.MAX_STEPS) {
				throw new IllegalArgumentException(
						"record.every must be in [1, " + OptimizerSpec.MAX_STEPS + "], got " + every);
			}
		}

		@Override
		public int[] steps(int totalSteps) {
			checkTotal(totalSteps);
			int multiples = totalSteps / every + 1;
			boolean tail = totalSteps % every != 0;
			int[] s = new int[multiples + (tail ? 1 : 0)];
			for (int i = 0; i < multiples; i++) {
				s[i] = i * every;
			}
			if (tail) {
				s[multiples] = totalSteps;
			}
			return s;
		}

		@Override
		public String id() {
			return "linear";
		}
	}

	/**
	 * Log-spaced steps: exactly p = {@code points} distinct steps when p ≤ T + 1, otherwise every step 0 … T.
	 * <p>
	 * With s_0 = 0 and, for j = 1 … p − 1, the geometric targets g_j = T^{(j−1)/(p−2)} (so g_1 = 1 and g_{p−1} = T),
	 * s_j = min(max(round(g_j), s_{j−1} + 1), T − (p − 1 − j)). The lower clamp keeps the steps distinct where the
	 * geometric grid is finer than one step (the early steps become 1, 2, 3, …); the upper clamp leaves room for the
	 * remaining points. For p = 2 the steps are {0, T}.
	 *
	 * @param points p, in [{@value #MIN_POINTS}, {@value #MAX_POINTS}]
	 */
	record Log(int points) implements RecordSchedule {

		/** Fewest points: 0 and T. */
		public static final int MIN_POINTS = 2;

		/** Most points. */
		public static final int MAX_POINTS = 100_000;

		/** Points when a file gives none. */
		public static final int DEFAULT_POINTS = 200;

		/** Validates p. */
		public Log {
			if (points < MIN_POINTS || points > MAX_POINTS) {
				throw new IllegalArgumentException(
						"record.points must be in [" + MIN_POINTS + ", " + MAX_POINTS + "], got " + points);
			}
		}

		@Override
		public int[] steps(int totalSteps) {
			checkTotal(totalSteps);
			if (points > totalSteps) {
				return IntStream.rangeClosed(0, totalSteps).toArray();
			}
			int[] s = new int[points];
			s[points - 1] = totalSteps;
			double logT = Math.log(totalSteps);
			for (int j = 1; j < points - 1; j++) {
				long geometric = Math.round(Math.exp(logT * (j - 1) / (points - 2)));
				long lower = s[j - 1] + 1L;
				long upper = (long) totalSteps - (points - 1 - j);
				s[j] = (int) Math.min(Math.max(geometric, lower), upper);
			}
			return s;
		}

		@Override
		public String id() {
			return "log";
		}
	}

	private static void checkTotal(int totalSteps) {
		if (totalSteps < 0) {
			throw new IllegalArgumentException("total steps must be ≥ 0, got " + totalSteps);
		}
	}
}

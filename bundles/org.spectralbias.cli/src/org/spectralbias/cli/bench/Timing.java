package org.spectralbias.cli.bench;

import java.util.Arrays;
import java.util.Objects;

/**
 * The timing procedure of the harness, mirrored by {@code measure} in {@code releng/bench/reference.py}: calibrate a
 * batch size so that one sample lasts at least the minimum sample time (the calibration doubles as the first warm-up
 * sample), run the remaining warm-up samples, then the timed samples within the budget, and take the median of the
 * per-call times. Stateless.
 */
public final class Timing {

	private static final long MAX_BATCH = 10_000_000L;

	private Timing() {
	}

	/**
	 * The result of timing one workload on one side.
	 *
	 * @param seconds     median wall time of one call, seconds
	 * @param repetitions number of timed samples
	 * @param batch       calls per sample
	 */
	public record Measurement(double seconds, int repetitions, long batch) {
	}

	/**
	 * Times a call.
	 *
	 * @param call    the work; called many times
	 * @param options warm-up, repetitions, minimum sample time and budget
	 * @return the median per-call time and how it was obtained
	 */
	public static Measurement measure(Runnable call, BenchOptions options) {
		Objects.requireNonNull(call, "call");
		long batch = 1;
		double elapsed;
		int ladder = 0;
		while (true) {
			elapsed = timeBatch(call, batch);
			if (elapsed >= options.minSampleSeconds() || batch >= MAX_BATCH) {
				break;
			}
			batch = nextBatch(++ladder);
		}
		for (int i = 1; i < options.warmup(); i++) {
			timeBatch(call, batch);
		}
		int timed = repetitionsWithin(options.repetitions(), options.budgetSeconds(), elapsed);
		double[] perCall = new double[timed];
		for (int i = 0; i < timed; i++) {
			perCall[i] = timeBatch(call, batch) / batch;
		}
		return new Measurement(median(perCall), timed, batch);
	}

	/**
	 * @param step 0, 1, 2, …
	 * @return the batch ladder 1, 2, 5, 10, 20, 50, … at that step
	 */
	static long nextBatch(int step) {
		long scale = 1;
		for (int i = 0; i < step / 3; i++) {
			scale *= 10;
		}
		return scale * new long[] { 1, 2, 5 }[step % 3];
	}

	/**
	 * @param requested     the repetitions asked for, ≥ 1
	 * @param budgetSeconds the time allowed for the timed samples
	 * @param sampleSeconds the duration of one sample, as measured by the calibration
	 * @return min(requested, ⌊budget / sample⌋), at least 1
	 */
	static int repetitionsWithin(int requested, double budgetSeconds, double sampleSeconds) {
		if (!(sampleSeconds > 0)) {
			return requested;
		}
		return (int) Math.max(1, Math.min(requested, Math.floor(budgetSeconds / sampleSeconds)));
	}

	/**
	 * The median: the middle value, or the mean of the two middle values for an even count.
	 *
	 * @param values at least one value; not modified
	 * @return the median
	 * @throws IllegalArgumentException when there are no values
	 */
	public static double median(double... values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("the median of no values is undefined");
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
	}

	private static double timeBatch(Runnable call, long batch) {
		long start = System.nanoTime();
		for (long i = 0; i < batch; i++) {
			call.run();
		}
		return (System.nanoTime() - start) * 1e-9;
	}
}

package org.spectralbias.cli;

import java.util.concurrent.atomic.AtomicLong;

import org.spectralbias.math.Progress;

/**
 * One progress bar for a whole sweep: each of the sweep's runs gets an equal slice of the bar, filled by the run's
 * gradient descent (the phase that takes the time); the other phases of a run (sampling, Gram matrices,
 * predictions, analyses) only pass cancellation through.
 */
final class SweepProgress {

	/** Units of the bar per run. */
	static final long UNITS_PER_RUN = 1000;

	private final Progress bar;

	SweepProgress(Progress bar, String task, int runs) {
		this.bar = bar;
		bar.begin(task, runs * UNITS_PER_RUN);
	}

	/** @return the progress callback of the next run; {@link Run#finish()} fills the rest of its slice */
	Run run() {
		return new Run();
	}

	/** The callback of one run of the sweep. */
	final class Run implements Progress {

		private final AtomicLong reported = new AtomicLong();
		private volatile boolean training;
		private volatile long total;
		private final AtomicLong done = new AtomicLong();

		@Override
		public void begin(String task, long totalUnits) {
			training = task.startsWith("Gradient descent");
			total = totalUnits;
			done.set(0);
		}

		@Override
		public void worked(long units) {
			if (!training || total <= 0) {
				return;
			}
			long now = Math.min(total, done.addAndGet(units));
			advanceTo(now * UNITS_PER_RUN / total);
		}

		@Override
		public boolean isCancelled() {
			return bar.isCancelled();
		}

		/** Fills the rest of this run's slice (also after a failed or diverged run). */
		void finish() {
			advanceTo(UNITS_PER_RUN);
		}

		private void advanceTo(long position) {
			long before = reported.getAndAccumulate(position, Math::max);
			if (position > before) {
				bar.worked(position - before);
			}
		}
	}
}

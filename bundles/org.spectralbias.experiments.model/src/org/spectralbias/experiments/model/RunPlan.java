package org.spectralbias.experiments.model;

import org.spectralbias.core.experiment.ExperimentSpec;

/**
 * What the workbench runs for an experiment: the file's own thread count when it gives one, else the workbench's
 * default (its preference), and a one-line title for the job.
 */
public final class RunPlan {

	private RunPlan() {
	}

	/**
	 * @param spec           the experiment
	 * @param defaultThreads the workbench's default thread count, ≥ 1
	 * @return the experiment with its thread count settled: {@code threads} of the file when it is positive, else
	 *         the default (the run folder records the number used)
	 */
	public static ExperimentSpec withThreads(ExperimentSpec spec, int defaultThreads) {
		if (defaultThreads < 1) {
			throw new IllegalArgumentException("the default thread count must be ≥ 1, got " + defaultThreads);
		}
		return spec.threads() > 0 ? spec : spec.withThreads(defaultThreads);
	}

	/**
	 * @param spec the experiment
	 * @return the job's title, e.g. {@code Run fig1-quick (n = 200, m = 512, 2000 steps, 2 threads)}
	 */
	public static String title(ExperimentSpec spec) {
		int t = spec.threads();
		return "Run " + spec.name() + " (n = " + spec.samples().train() + ", m = " + spec.width() + ", "
				+ spec.optimizer().steps() + " steps" + (t > 0 ? ", " + t + (t == 1 ? " thread" : " threads") : "")
				+ ")";
	}
}

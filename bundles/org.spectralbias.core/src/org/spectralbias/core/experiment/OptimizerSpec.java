package org.spectralbias.core.experiment;

import java.util.Objects;

/**
 * How a run trains: algorithm, step size, number of steps, when to record, and whether to accept a step size above
 * the stability bound.
 *
 * @param type         the algorithm; only {@link OptimizerType#GRADIENT_DESCENT} for now
 * @param learningRate η or η·m, as the file gave it
 * @param steps        T, the number of updates, in [1, {@value #MAX_STEPS}]
 * @param record       when to record the residual projections
 * @param force        run even when η_eff exceeds the stability bound 2/λ_max (the engine refuses otherwise)
 */
public record OptimizerSpec(OptimizerType type, LearningRate learningRate, int steps, RecordSchedule record,
		boolean force) {

	/** Largest T. */
	public static final int MAX_STEPS = 100_000_000;

	/** Validates the values. */
	public OptimizerSpec {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(learningRate, "learningRate");
		Objects.requireNonNull(record, "record");
		if (steps < 1 || steps > MAX_STEPS) {
			throw new IllegalArgumentException("optimizer.steps must be in [1, " + MAX_STEPS + "], got " + steps);
		}
	}

	/**
	 * Gradient descent with the default schedule and no forcing.
	 *
	 * @param learningRate η or η·m
	 * @param steps        T
	 * @return the optimizer
	 */
	public static OptimizerSpec gradientDescent(LearningRate learningRate, int steps) {
		return new OptimizerSpec(OptimizerType.GRADIENT_DESCENT, learningRate, steps, RecordSchedule.DEFAULT, false);
	}

	/**
	 * @param width m
	 * @return η_eff = η·m
	 */
	public double effectiveLearningRate(int width) {
		return learningRate.effectiveFor(width);
	}

	/** @return the recording steps for this run's T (see {@link RecordSchedule#steps}) */
	public int[] recordingSteps() {
		return record.steps(steps);
	}

	/** @return a copy with T replaced */
	public OptimizerSpec withSteps(int newSteps) {
		return new OptimizerSpec(type, learningRate, newSteps, record, force);
	}

	/** @return a copy with the step size replaced */
	public OptimizerSpec withLearningRate(LearningRate newRate) {
		return new OptimizerSpec(type, newRate, steps, record, force);
	}

	/** @return a copy with the recording schedule replaced */
	public OptimizerSpec withRecord(RecordSchedule newRecord) {
		return new OptimizerSpec(type, learningRate, steps, newRecord, force);
	}

	/** @return a copy with {@code force} replaced */
	public OptimizerSpec withForce(boolean newForce) {
		return new OptimizerSpec(type, learningRate, steps, record, newForce);
	}
}

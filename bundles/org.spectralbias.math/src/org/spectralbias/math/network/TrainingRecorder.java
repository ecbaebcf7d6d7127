package org.spectralbias.math.network;

/**
 * Receives the state of a {@link GradientDescent} run at the steps of its {@link RecordingSchedule}, in increasing
 * order, on the thread that called {@link GradientDescent#run}.
 */
@FunctionalInterface
public interface TrainingRecorder {

	/**
	 * @param step          the number of updates applied so far, 0 … T
	 * @param trainResidual y − f(x) on the training points; a fresh array the recorder may keep
	 * @param testResidual  y_test − f(x_test), a fresh array, or {@code null} without a test set
	 * @param trainLoss     (1/(2n)) Σ trainResidual²
	 * @param testLoss      (1/(2n_test)) Σ testResidual², or NaN without a test set
	 */
	void record(int step, double[] trainResidual, double[] testResidual, double trainLoss, double testLoss);
}

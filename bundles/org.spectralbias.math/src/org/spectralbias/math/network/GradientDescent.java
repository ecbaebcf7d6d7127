package org.spectralbias.math.network;

import java.util.Locale;
import java.util.Objects;

import org.spectralbias.math.Progress;

/**
 * Full-batch gradient descent of a {@link TwoLayerNetwork} for T steps with step η_eff (= η·m in the paper's
 * parameterisation), reporting train and test residuals at the steps of a {@link RecordingSchedule}.
 * <p>
 * Progress: T units, reported per block of {@link #progressBlock()} steps; cancellation is checked between blocks
 * and throws {@link org.spectralbias.math.CancelledException}, leaving the network after the last completed step
 * and everything recorded so far delivered. Divergence: the run stops with {@link TrainingResult.Status#DIVERGED}
 * when a training loss is NaN/infinite or exceeds {@code divergenceFactor} × L_0 + 1 (L_0 the initial loss).
 * <p>
 * Thread safety: immutable; {@link #run} uses the network from the calling thread only.
 */
public final class GradientDescent {

	/** The default divergence factor: stop when L_t &gt; 1e3 · L_0 + 1. */
	public static final double DEFAULT_DIVERGENCE_FACTOR = 1e3;

	/** The default number of steps per progress report and cancellation check. */
	public static final int DEFAULT_PROGRESS_BLOCK = 10;

	private final double etaEff;
	private final int steps;
	private final RecordingSchedule schedule;
	private final double divergenceFactor;
	private final int progressBlock;

	/**
	 * @param etaEff   the step η_eff, finite, &gt; 0
	 * @param steps    T ≥ 0
	 * @param schedule when to record
	 * @throws IllegalArgumentException when a value is out of range
	 */
	public GradientDescent(double etaEff, int steps, RecordingSchedule schedule) {
		this(etaEff, steps, schedule, DEFAULT_DIVERGENCE_FACTOR, DEFAULT_PROGRESS_BLOCK);
	}

	private GradientDescent(double etaEff, int steps, RecordingSchedule schedule, double divergenceFactor,
			int progressBlock) {
		if (!(etaEff > 0.0) || !Double.isFinite(etaEff)) {
			throw new IllegalArgumentException("etaEff must be finite and > 0, got " + etaEff);
		}
		if (steps < 0) {
			throw new IllegalArgumentException("steps must be >= 0, got " + steps);
		}
		if (!(divergenceFactor > 0.0)) {
			throw new IllegalArgumentException("divergenceFactor must be > 0, got " + divergenceFactor);
		}
		if (progressBlock < 1) {
			throw new IllegalArgumentException("progressBlock must be >= 1, got " + progressBlock);
		}
		this.etaEff = etaEff;
		this.steps = steps;
		this.schedule = Objects.requireNonNull(schedule, "schedule");
		this.divergenceFactor = divergenceFactor;
		this.progressBlock = progressBlock;
	}

	/**
	 * @param factor the divergence factor F &gt; 0 (stop when L_t &gt; F · L_0 + 1); may be infinite to disable all
	 *               but the NaN/infinity check
	 * @return a copy with that factor
	 */
	public GradientDescent withDivergenceFactor(double factor) {
		return new GradientDescent(etaEff, steps, schedule, factor, progressBlock);
	}

	/**
	 * @param block steps per progress report and cancellation check, ≥ 1
	 * @return a copy with that block size
	 */
	public GradientDescent withProgressBlock(int block) {
		return new GradientDescent(etaEff, steps, schedule, divergenceFactor, block);
	}

	/** @return η_eff */
	public double etaEff() {
		return etaEff;
	}

	/** @return T */
	public int steps() {
		return steps;
	}

	/** @return the recording schedule */
	public RecordingSchedule schedule() {
		return schedule;
	}

	/** @return the divergence factor */
	public double divergenceFactor() {
		return divergenceFactor;
	}

	/** @return steps per progress block */
	public int progressBlock() {
		return progressBlock;
	}

	/**
	 * The largest step for which the linear model r_{t+1} = (I − η_eff K/n) r_t does not grow in any eigendirection:
	 * |1 − η_eff λ| &lt; 1 for every eigenvalue λ of K/n ⇔ η_eff &lt; 2/λ_max(K/n) (neural-tangents' max learning rate
	 * 2n/λ_max(K), in η_eff units).
	 *
	 * @param lambdaMaxOfKOverN λ_max(K/n), finite, &gt; 0
	 * @return 2/λ_max(K/n)
	 */
	public static double maxStableLearningRate(double lambdaMaxOfKOverN) {
		if (!(lambdaMaxOfKOverN > 0.0) || !Double.isFinite(lambdaMaxOfKOverN)) {
			throw new IllegalArgumentException("lambdaMax must be finite and > 0, got " + lambdaMaxOfKOverN);
		}
		return 2.0 / lambdaMaxOfKOverN;
	}

	/**
	 * Trains the network in place.
	 *
	 * @param network  the network; its weights change
	 * @param xTrain   n ≥ 1 training points of R^D
	 * @param yTrain   n targets
	 * @param xTest    test points, or {@code null}
	 * @param yTest    their targets ({@code null} iff xTest is)
	 * @param recorder receives the recorded steps
	 * @param progress T units; polled between blocks
	 * @return COMPLETED after T steps, or DIVERGED
	 * @throws org.spectralbias.math.CancelledException when cancelled between blocks
	 * @throws IllegalArgumentException                 when sizes do not match
	 */
	public TrainingResult run(TrainableNetwork network, double[][] xTrain, double[] yTrain, double[][] xTest,
			double[] yTest, TrainingRecorder recorder, Progress progress) {
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(recorder, "recorder");
		Objects.requireNonNull(progress, "progress");
		if (xTrain.length == 0 || yTrain.length != xTrain.length) {
			throw new IllegalArgumentException("need n >= 1 training points and one target each");
		}
		if ((xTest == null) != (yTest == null) || (xTest != null && xTest.length != yTest.length)) {
			throw new IllegalArgumentException("test points and test targets must both be given, with equal counts");
		}
		boolean hasTest = xTest != null && xTest.length > 0;
		int[] recorded = schedule.steps(steps);
		int next = 0;
		progress.begin("Gradient descent: " + steps + " steps, η_eff = " + etaEff, steps);
		progress.checkCancelled();
		double threshold = Double.NaN;
		for (int t = 0; t < steps; t++) {
			if (t > 0 && t % progressBlock == 0) {
				progress.worked(progressBlock);
				progress.checkCancelled();
			}
			boolean record = recorded[next] == t;
			double[] testResidual = record && hasTest ? residual(yTest, network.predict(xTest)) : null;
			double[] r = network.step(xTrain, yTrain, etaEff);
			double loss = TwoLayerNetwork.lossOf(r);
			if (t == 0) {
				threshold = divergenceFactor * loss + 1.0;
			}
			TrainingResult diverged = checkDivergence(t, t + 1, loss, threshold);
			if (diverged != null) {
				return diverged;
			}
			if (record) {
				recorder.record(t, r, testResidual, loss, hasTest ? TwoLayerNetwork.lossOf(testResidual) : Double.NaN);
				next++;
			}
		}
		double[] r = residual(yTrain, network.predict(xTrain));
		double loss = TwoLayerNetwork.lossOf(r);
		if (steps == 0) {
			threshold = divergenceFactor * loss + 1.0;
		}
		TrainingResult diverged = checkDivergence(steps, steps, loss, threshold);
		if (diverged != null) {
			return diverged;
		}
		double[] testResidual = hasTest ? residual(yTest, network.predict(xTest)) : null;
		recorder.record(steps, r, testResidual, loss, hasTest ? TwoLayerNetwork.lossOf(testResidual) : Double.NaN);
		int remaining = steps == 0 ? 0 : steps - (steps - 1) / progressBlock * progressBlock;
		progress.worked(remaining);
		return new TrainingResult(TrainingResult.Status.COMPLETED, steps, -1, loss,
				String.format(Locale.ROOT, "completed %d steps; training loss %.6g", steps, loss));
	}

	private TrainingResult checkDivergence(int step, int taken, double loss, double threshold) {
		String reason;
		if (!Double.isFinite(loss)) {
			reason = "training loss is " + loss;
		} else if (loss > threshold) {
			reason = String.format(Locale.ROOT, "training loss %.6g exceeds %.6g (%g × initial loss + 1)", loss,
					threshold, divergenceFactor);
		} else {
			return null;
		}
		String message = String.format(Locale.ROOT,
				"diverged at step %d: %s; η_eff = %g — compare with maxStableLearningRate = 2/λ_max(K/n)", step,
				reason, etaEff);
		return new TrainingResult(TrainingResult.Status.DIVERGED, taken, step, loss, message);
	}

	private static double[] residual(double[] y, double[] f) {
		double[] r = new double[f.length];
		for (int i = 0; i < r.length; i++) {
			r[i] = y[i] - f[i];
		}
		return r;
	}

	@Override
	public String toString() {
		return "GradientDescent(η_eff=" + etaEff + ", T=" + steps + ", " + schedule + ")";
	}
}

package org.spectralbias.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A run in progress as views see it: a {@link RunListener} that keeps the planned run with its predictions and fills
 * in the measurement as the engine records it. Views take {@link #snapshot()}s and subscribe to changes; the engine
 * thread writes. Thread-safe.
 * <p>
 * A live run registers itself in {@link LiveRuns} when it starts, so that a view opened on its folder finds it, and
 * stays there until it is finished.
 */
public final class LiveRun implements RunListener {

	private final List<Consumer<LiveRun>> observers = new CopyOnWriteArrayList<>();
	private Path folder;
	private RunData planned;
	private double[] trainLoss;
	private double[] testLoss;
	private double[][] train;
	private double[][] test;
	private int recorded;
	private RunStatus status = RunStatus.RUNNING;
	private String message = "";

	@Override
	public void started(Path runFolder, RunData plan) {
		synchronized (this) {
			folder = runFolder;
			planned = plan;
			int t = plan.steps().length;
			trainLoss = nan(t);
			testLoss = nan(t);
			train = new double[plan.degrees().size()][];
			test = new double[plan.degrees().size()][];
			for (int k = 0; k < train.length; k++) {
				train[k] = nan(t);
				test[k] = nan(t);
			}
		}
		LiveRuns.register(this);
		fire();
	}

	@Override
	public void recorded(int index, int step, double lossTrain, double lossTest, double[] p, double[] q) {
		synchronized (this) {
			if (planned == null || index >= trainLoss.length) {
				return;
			}
			trainLoss[index] = lossTrain;
			testLoss[index] = lossTest;
			for (int k = 0; k < train.length; k++) {
				train[k][index] = p[k];
				test[k][index] = q[k];
			}
			recorded = index + 1;
		}
		fire();
	}

	@Override
	public void finished(Path runFolder, RunStatus runStatus, String runMessage) {
		synchronized (this) {
			status = runStatus;
			message = runMessage;
		}
		LiveRuns.unregister(this);
		fire();
	}

	/** @return the run folder, once started */
	public synchronized Optional<Path> folder() {
		return Optional.ofNullable(folder);
	}

	/** @return how many planned steps have been recorded */
	public synchronized int recordedSteps() {
		return recorded;
	}

	/** @return RUNNING until the engine says how the run ended */
	public synchronized RunStatus status() {
		return status;
	}

	/** @return the engine's final message, empty while running */
	public synchronized String message() {
		return message;
	}

	/**
	 * @return the run as far as it went: all planned steps with all predictions, measured values for the first
	 *         {@link #recordedSteps()} steps and NaN after them; empty before the run started
	 */
	public synchronized Optional<RunData> snapshot() {
		if (planned == null) {
			return Optional.empty();
		}
		List<DegreeSeries> degrees = new ArrayList<>();
		for (int k = 0; k < train.length; k++) {
			DegreeSeries d = planned.degrees().get(k);
			degrees.add(new DegreeSeries(d.degree(), d.mu(), d.effectiveEigenvalue(), train[k].clone(),
					test[k].clone(), d.predictedMu(), d.predictedLinear(), d.predictedLinearTest(),
					d.predictedEmpirical()));
		}
		RunData p = planned;
		return Optional.of(new RunData(p.name(), p.ambientDim(), p.width(), p.trainSize(), p.testSize(), p.etaEff(),
				p.lambdaMax(), p.uniformInputs(), p.bias(), p.steps(), trainLoss.clone(), testLoss.clone(), degrees,
				p.leakageBlocks(), p.leakage(), p.properties(), p.closedFormTrainLoss(), p.closedFormTestLoss(),
				p.densityGroups()));
	}

	/**
	 * Subscribes to changes (start, each recorded step, end). The observer is called on the engine's thread; UI code
	 * must hand over to its own thread and should coalesce updates.
	 *
	 * @param observer called with this run after each change
	 * @return a handle that unsubscribes
	 */
	public AutoCloseable observe(Consumer<LiveRun> observer) {
		observers.add(observer);
		return () -> observers.remove(observer);
	}

	private void fire() {
		for (Consumer<LiveRun> o : observers) {
			try {
				o.accept(this);
			} catch (RuntimeException e) {
				observers.remove(o);
			}
		}
	}

	private static double[] nan(int n) {
		double[] a = new double[n];
		Arrays.fill(a, Double.NaN);
		return a;
	}
}

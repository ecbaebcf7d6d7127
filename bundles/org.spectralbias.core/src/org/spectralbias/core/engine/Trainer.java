package org.spectralbias.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.math.Progress;
import org.spectralbias.math.linalg.GramMatrix;
import org.spectralbias.math.linalg.SymmetricEigensolver;
import org.spectralbias.math.network.GradientDescent;
import org.spectralbias.math.network.LinearisedModel;
import org.spectralbias.math.network.RecordingSchedule;
import org.spectralbias.math.network.TrainingResult;
import org.spectralbias.math.network.WidthStudy;

/** Trains the prepared network, records projections and losses, and computes the predictions beside them. */
final class Trainer {

	private final RunSetup setup;
	private final int[] plannedSteps;
	private final int[] steps;
	private final double[] trainLoss;
	private final double[] testLoss;
	private final double[][] train;
	private final double[][] test;
	private int recorded;
	private double[][] predictedMu;
	private double[][] predictedLinear;
	private double[][] predictedLinearTest;
	private double[][] predictedEmpirical;
	private double[] closedFormTrainLoss;
	private double[] closedFormTestLoss;
	private final double[][] densityEnergy;
	private LinearisedModel empirical;
	private GramMatrix empiricalInitial;
	private GramMatrix empiricalTrained;
	private final Map<String, String> kernelNumbers = new java.util.LinkedHashMap<>();

	Trainer(RunSetup setup) {
		this.setup = setup;
		ExperimentSpec spec = setup.experiment().spec();
		plannedSteps = spec.optimizer().recordingSteps();
		int t = plannedSteps.length;
		int k = setup.terms.size();
		steps = new int[t];
		trainLoss = new double[t];
		testLoss = new double[t];
		train = new double[k][t];
		test = new double[k][t];
		densityEnergy = setup.densityGroups == null ? new double[0][] : new double[setup.densityGroups.density.length][t];
	}

	/**
	 * Trains; the predictions at every planned step are computed first, so that the listener can draw them from the
	 * start.
	 */
	TrainingResult train(Progress progress, java.nio.file.Path folder, RunListener listener) {
		ExperimentSpec spec = setup.experiment().spec();
		long t0 = System.nanoTime();
		// the empirical NTK's linear model must see the weights at initialisation, before any step
		double[][] xTest = setup.xTest.length == 0 ? null : setup.xTest;
		empiricalInitial = setup.network.empiricalNtk(setup.xTrain, progress);
		double[] f0 = setup.network.predict(setup.xTrain);
		empirical = new LinearisedModel(empiricalInitial,
				xTest == null ? null : setup.network.empiricalNtk(setup.xTest, setup.xTrain, progress), f0,
				xTest == null ? null : setup.network.predict(setup.xTest), setup.yTrain, spec.effectiveLearningRate(),
				progress);
		setup.timings().addProperty("empirical NTK + eigendecomposition", (System.nanoTime() - t0) / 1e9);
		t0 = System.nanoTime();
		predict(Projections.project(setup.vTrain, residual(setup.yTrain, f0)), progress);
		setup.timings().addProperty("predictions", (System.nanoTime() - t0) / 1e9);
		notify(listener, l -> l.started(folder, runData(plannedSteps.length, true)));
		t0 = System.nanoTime();
		GradientDescent gd = new GradientDescent(spec.effectiveLearningRate(), spec.optimizer().steps(),
				RecordingSchedule.at(plannedSteps));
		try {
			TrainingResult result = gd.run(setup.network, setup.xTrain, setup.yTrain, xTest, xTest == null ? null : setup.yTest,
					(step, rTrain, rTest, lossTrain, lossTest) -> {
						int i = recorded;
						steps[i] = step;
						trainLoss[i] = lossTrain;
						testLoss[i] = lossTest;
						double[] p = Projections.project(setup.vTrain, rTrain);
						double[] q = rTest == null ? null : Projections.project(setup.vTest, rTest);
						double[] qq = new double[p.length];
						for (int k = 0; k < p.length; k++) {
							train[k][i] = p[k];
							test[k][i] = q == null ? Double.NaN : q[k];
							qq[k] = test[k][i];
						}
						if (setup.densityGroups != null) {
							double[] e = setup.densityGroups.energies(rTrain);
							for (int g = 0; g < e.length; g++) {
								densityEnergy[g][i] = e[g];
							}
						}
						recorded++;
						notify(listener, l -> l.recorded(i, step, lossTrain, lossTest, p, qq));
					}, progress);
			recordKernelDistances(progress);
			return result;
		} finally {
			setup.timings().addProperty("training", (System.nanoTime() - t0) / 1e9);
		}
	}

	private boolean listenerBroken;

	/** Calls the listener; one that throws is not called again (its contract). */
	private void notify(RunListener listener, java.util.function.Consumer<RunListener> call) {
		if (listenerBroken) {
			return;
		}
		try {
			call.accept(listener);
		} catch (RuntimeException e) {
			listenerBroken = true;
		}
	}

	/**
	 * The predictions at every planned step: the sphere spectrum's per-degree factor, the linear model with the
	 * analytic kernel (train and test) and with the empirical NTK at initialisation.
	 *
	 * @param initial |v_kᵀ r_0| per degree
	 */
	private void predict(double[] initial, Progress progress) {
		ExperimentSpec spec = setup.experiment().spec();
		int t = plannedSteps.length;
		int k = setup.terms.size();
		progress.begin("predictions", t);
		predictedMu = new double[k][t];
		predictedLinear = new double[k][t];
		predictedLinearTest = new double[k][t];
		predictedEmpirical = new double[k][t];
		closedFormTrainLoss = new double[t];
		closedFormTestLoss = new double[t];
		double eta = spec.effectiveLearningRate();
		for (int i = 0; i < t; i++) {
			int s = plannedSteps[i];
			// neural-tangents' gradient_descent_mse with the empirical NTK at initialisation (continuous time)
			closedFormTrainLoss[i] = halfMeanSquare(empirical.trainResidualContinuous(s));
			closedFormTestLoss[i] = setup.xTest.length == 0 ? Double.NaN
					: halfMeanSquare(residual(setup.yTest, empirical.testPredictionContinuous(s)));
			double[] a = Projections.project(setup.vTrain, setup.analytic.trainResidual(s));
			double[] e = empirical == null ? null : Projections.project(setup.vTrain, empirical.trainResidual(s));
			double[] b = setup.xTest.length == 0 ? null
					: Projections.project(setup.vTest, residual(setup.yTest, setup.analytic.testPrediction(s)));
			for (int j = 0; j < k; j++) {
				// per-degree factor of the sphere spectrum: â_k(t) = â_k(0)·|1 − η_eff μ_k|^t
				predictedMu[j][i] = Math.abs(initial[j]) * Math.pow(Math.abs(1 - eta * setup.mu[j]), s);
				predictedLinear[j][i] = a[j];
				predictedLinearTest[j][i] = b == null ? Double.NaN : b[j];
				predictedEmpirical[j][i] = e == null ? Double.NaN : e[j];
			}
			progress.worked(1);
		}
	}

	/**
	 * The lazy-training check: relative Frobenius distances of the empirical NTK from the analytic kernel before and
	 * after training, and how far it moved.
	 */
	private void recordKernelDistances(Progress progress) {
		GramMatrix trained = setup.network.empiricalNtk(setup.xTrain, progress);
		empiricalTrained = trained;
		kernelNumbers.put("kernel.distance.initial", Double.toString(WidthStudy.distance(empiricalInitial, setup.analyticGram)));
		kernelNumbers.put("kernel.distance.trained", Double.toString(WidthStudy.distance(trained, setup.analyticGram)));
		kernelNumbers.put("kernel.movement", Double.toString(WidthStudy.distance(trained, empiricalInitial)));
	}

	/** @return the empirical NTK Gram matrix at initialisation and after training (null where not computed) */
	GramMatrix[] empiricalKernels() {
		return new GramMatrix[] { empiricalInitial, empiricalTrained };
	}

	int recordedSteps() {
		return recorded;
	}

	int lastRecordedStep() {
		return recorded == 0 ? 0 : steps[recorded - 1];
	}

	/** @return what was recorded, with the predictions at the same steps */
	RunData runData() {
		return runData(recorded, false);
	}

	/**
	 * @param t       how many planned steps to include
	 * @param planned whether to show all planned steps with NaN where nothing was measured yet
	 */
	private RunData runData(int t, boolean planned) {
		ExperimentSpec spec = setup.experiment().spec();
		int[] s = planned ? plannedSteps.clone() : Arrays.copyOf(steps, t);
		int k = setup.terms.size();
		List<DegreeSeries> degrees = new ArrayList<>();
		for (int j = 0; j < k; j++) {
			degrees.add(new DegreeSeries(setup.terms.get(j).degree(), setup.mu[j], setup.effectiveEigenvalue[j],
					measured(train[j], t, planned), measured(test[j], t, planned), Arrays.copyOf(predictedMu[j], t),
					Arrays.copyOf(predictedLinear[j], t), Arrays.copyOf(predictedLinearTest[j], t),
					Arrays.copyOf(predictedEmpirical[j], t)));
		}
		return new RunData(spec.name(), spec.ambientDim(), spec.width(), spec.samples().train(),
				spec.samples().test(), spec.effectiveLearningRate(), setup.lambdaMax, setup.uniform, setup.bias, s,
				measured(trainLoss, t, planned), measured(testLoss, t, planned), degrees, setup.leakageBlocks,
				setup.leakage, properties(), Arrays.copyOf(closedFormTrainLoss, t), Arrays.copyOf(closedFormTestLoss, t),
				densityGroups(t, planned));
	}

	private List<org.spectralbias.core.run.DensityGroup> densityGroups(int t, boolean planned) {
		List<org.spectralbias.core.run.DensityGroup> groups = new ArrayList<>();
		for (int g = 0; g < densityEnergy.length; g++) {
			groups.add(new org.spectralbias.core.run.DensityGroup(setup.densityGroups.density[g],
					setup.densityGroups.count[g], measured(densityEnergy[g], t, planned)));
		}
		return groups;
	}

	/** @return (1/(2n)) Σ r_i², the loss of a residual */
	private static double halfMeanSquare(double[] r) {
		double s = 0;
		for (double v : r) {
			s += v * v;
		}
		return s / (2.0 * r.length);
	}

	/** @return the first t values, or all planned values with NaN after the recorded ones */
	private double[] measured(double[] values, int t, boolean planned) {
		if (!planned) {
			return Arrays.copyOf(values, t);
		}
		double[] out = new double[values.length];
		Arrays.fill(out, Double.NaN);
		System.arraycopy(values, 0, out, 0, recorded);
		return out;
	}

	private Map<String, String> properties() {
		Map<String, String> p = new java.util.LinkedHashMap<>();
		p.put("eigensolver", SymmetricEigensolver.defaultSolver().toString());
		p.put("threads", Integer.toString(setup.threads()));
		p.put("computePath", setup.network instanceof org.spectralbias.math.network.TwoLayerNetwork two
				? two.computePath() : "plain Java");
		p.putAll(kernelNumbers);
		return p;
	}

	private static double[] residual(double[] y, double[] f) {
		double[] r = new double[y.length];
		for (int i = 0; i < y.length; i++) {
			r[i] = y[i] - f[i];
		}
		return r;
	}
}

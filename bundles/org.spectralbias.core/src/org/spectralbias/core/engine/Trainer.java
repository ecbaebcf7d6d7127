package org.spectralbias.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
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
	private LinearisedModel empirical;
	private GramMatrix empiricalInitial;
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
	}

	TrainingResult train(Progress progress) {
		ExperimentSpec spec = setup.experiment().spec();
		long t0 = System.nanoTime();
		// the empirical NTK's linear model must see the weights at initialisation, before any step
		double[][] xTest = setup.xTest.length == 0 ? null : setup.xTest;
		empiricalInitial = setup.network.empiricalNtk(setup.xTrain, progress);
		empirical = new LinearisedModel(empiricalInitial,
				xTest == null ? null : setup.network.empiricalNtk(setup.xTest, setup.xTrain, progress),
				setup.network.predict(setup.xTrain), xTest == null ? null : setup.network.predict(setup.xTest),
				setup.yTrain, spec.effectiveLearningRate(), progress);
		setup.timings().addProperty("empirical NTK + eigendecomposition", (System.nanoTime() - t0) / 1e9);
		t0 = System.nanoTime();
		GradientDescent gd = new GradientDescent(spec.effectiveLearningRate(), spec.optimizer().steps(),
				RecordingSchedule.at(plannedSteps));
		try {
			TrainingResult result = gd.run(setup.network, setup.xTrain, setup.yTrain, xTest, xTest == null ? null : setup.yTest,
					(step, rTrain, rTest, lossTrain, lossTest) -> {
						steps[recorded] = step;
						trainLoss[recorded] = lossTrain;
						testLoss[recorded] = lossTest;
						double[] p = Projections.project(setup.vTrain, rTrain);
						double[] q = rTest == null ? null : Projections.project(setup.vTest, rTest);
						for (int k = 0; k < p.length; k++) {
							train[k][recorded] = p[k];
							test[k][recorded] = q == null ? Double.NaN : q[k];
						}
						recorded++;
					}, progress);
			recordKernelDistances(progress);
			return result;
		} finally {
			setup.timings().addProperty("training", (System.nanoTime() - t0) / 1e9);
		}
	}

	/**
	 * The lazy-training check: relative Frobenius distances of the empirical NTK from the analytic kernel before and
	 * after training, and how far it moved.
	 */
	private void recordKernelDistances(Progress progress) {
		GramMatrix trained = setup.network.empiricalNtk(setup.xTrain, progress);
		kernelNumbers.put("kernel.distance.initial", Double.toString(WidthStudy.distance(empiricalInitial, setup.analyticGram)));
		kernelNumbers.put("kernel.distance.trained", Double.toString(WidthStudy.distance(trained, setup.analyticGram)));
		kernelNumbers.put("kernel.movement", Double.toString(WidthStudy.distance(trained, empiricalInitial)));
	}

	int recordedSteps() {
		return recorded;
	}

	int lastRecordedStep() {
		return recorded == 0 ? 0 : steps[recorded - 1];
	}

	/** @return what was recorded, with the predictions at the same steps */
	RunData runData(Progress progress) {
		ExperimentSpec spec = setup.experiment().spec();
		int t = recorded;
		int[] s = Arrays.copyOf(steps, t);
		progress.begin("predictions", t);
		int k = setup.terms.size();
		double[][] mu = new double[k][t];
		double[][] linear = new double[k][t];
		double[][] linearTest = new double[k][t];
		double[][] emp = new double[k][t];
		double eta = spec.effectiveLearningRate();
		for (int i = 0; i < t; i++) {
			double[] a = Projections.project(setup.vTrain, setup.analytic.trainResidual(s[i]));
			double[] e = empirical == null ? null : Projections.project(setup.vTrain, empirical.trainResidual(s[i]));
			double[] b = setup.xTest.length == 0 ? null
					: Projections.project(setup.vTest, residual(setup.yTest, setup.analytic.testPrediction(s[i])));
			for (int j = 0; j < k; j++) {
				// per-degree factor of the sphere spectrum: â_k(t) = â_k(0)·|1 − η_eff μ_k|^t
				mu[j][i] = train[j][0] * Math.pow(Math.abs(1 - eta * setup.mu[j]), s[i]);
				linear[j][i] = a[j];
				linearTest[j][i] = b == null ? Double.NaN : b[j];
				emp[j][i] = e == null ? Double.NaN : e[j];
			}
			progress.worked(1);
		}
		List<DegreeSeries> degrees = new ArrayList<>();
		for (int j = 0; j < k; j++) {
			degrees.add(new DegreeSeries(setup.terms.get(j).degree(), setup.mu[j], setup.effectiveEigenvalue[j],
					Arrays.copyOf(train[j], t), Arrays.copyOf(test[j], t), mu[j], linear[j], linearTest[j], emp[j]));
		}
		return new RunData(spec.name(), spec.ambientDim(), spec.width(), spec.samples().train(),
				spec.samples().test(), eta, setup.lambdaMax, setup.uniform, setup.bias, s, Arrays.copyOf(trainLoss, t),
				Arrays.copyOf(testLoss, t), degrees, setup.leakageBlocks, setup.leakage,
				properties());
	}

	private Map<String, String> properties() {
		Map<String, String> p = new java.util.LinkedHashMap<>();
		p.put("eigensolver", SymmetricEigensolver.defaultSolver().toString());
		p.put("threads", Integer.toString(setup.threads()));
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

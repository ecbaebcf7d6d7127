package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.linalg.SymmetricEigensolver;
import org.spectralbias.math.sphere.SphereSampling;

class GradientDescentTest {

	private static final int DIM = 5;

	private static double[][] points(int n, long seed) {
		return SphereSampling.uniform(n, DIM, new SplittableRandom(seed));
	}

	private static double[] target(double[][] x) {
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			y[i] = x[i][0] + x[i][1] * x[i][2];
		}
		return y;
	}

	private static TwoLayerNetwork network(long seed) {
		return new TwoLayerNetwork(DIM, 256, new Relu(), 2, false, false, Initialisation.STANDARD,
				new SplittableRandom(seed), 2);
	}

	@Test
	void schedulesIncludeStepZeroAndTheLastStep() {
		assertArrayEquals(new int[] { 0, 3, 6, 9, 10 }, RecordingSchedule.every(3).steps(10));
		assertArrayEquals(new int[] { 0, 5 }, RecordingSchedule.every(5).steps(5));
		assertArrayEquals(new int[] { 0, 1, 10, 100, 1000 }, RecordingSchedule.logSpaced(5).steps(1000));
		assertArrayEquals(new int[] { 0, 20_000 }, RecordingSchedule.logSpaced(2).steps(20_000));
		assertArrayEquals(new int[] { 0, 1, 2, 3 }, RecordingSchedule.logSpaced(50).steps(3));
		assertArrayEquals(new int[] { 0 }, RecordingSchedule.logSpaced(5).steps(0));
		assertArrayEquals(new int[] { 0, 2, 5, 10 }, RecordingSchedule.at(new int[] { 5, 2, 5, 11 }).steps(10));
		assertThrows(IllegalArgumentException.class, () -> RecordingSchedule.at(new int[] { -1 }));
		assertThrows(IllegalArgumentException.class, () -> RecordingSchedule.every(0));
		assertThrows(IllegalArgumentException.class, () -> RecordingSchedule.logSpaced(1));
	}

	/**
	 * The recorder sees exactly the scheduled steps with what the network computes at that step: the residual at
	 * step t is the one {@link TwoLayerNetwork#step} returns before its t-th update (oracle: a second network with
	 * the same seed stepped by hand), the loss is (1/(2n))|r|², the test residual y_test − f(x_test).
	 */
	@Test
	void recordsTheScheduledStepsWithConsistentValues() {
		double[][] x = points(40, 1);
		double[] y = target(x);
		double[][] xTest = points(15, 2);
		double[] yTest = target(xTest);
		List<Integer> steps = new ArrayList<>();
		List<double[]> residuals = new ArrayList<>();
		try (TwoLayerNetwork net = network(3); TwoLayerNetwork byHand = network(3)) {
			TrainingResult result = new GradientDescent(1.0, 30, RecordingSchedule.every(10)).run(net, x, y, xTest,
					yTest, (step, r, rTest, loss, testLoss) -> {
						steps.add(step);
						residuals.add(r);
						assertEquals(TwoLayerNetwork.lossOf(r), loss, 0.0);
						assertEquals(TwoLayerNetwork.lossOf(rTest), testLoss, 0.0);
						assertEquals(xTest.length, rTest.length);
					}, Progress.NONE);
			assertEquals(List.of(0, 10, 20, 30), steps);
			assertEquals(TrainingResult.Status.COMPLETED, result.status());
			assertEquals(30, result.stepsTaken());
			assertEquals(-1, result.divergedAtStep());
			for (int t = 0; t < 30; t++) {
				double[] r = byHand.step(x, y, 1.0);
				if (t % 10 == 0) {
					assertArrayEquals(r, residuals.get(t / 10), 0.0);
				}
			}
			assertEquals(byHand.parameters(), net.parameters());
			assertArrayEquals(TwoLayerNetworkTest.minus(y, byHand.predict(x)), residuals.get(3), 0.0);
			assertEquals(residuals.get(3).length, x.length);
			assertTrue(result.finalLoss() < TwoLayerNetwork.lossOf(residuals.get(0)), "the loss decreased");
		}
	}

	@Test
	void withoutTestPointsTheTestResidualIsNull() {
		double[][] x = points(10, 4);
		try (TwoLayerNetwork net = network(5)) {
			new GradientDescent(0.5, 3, RecordingSchedule.every(1)).run(net, x, target(x), null, null,
					(step, r, rTest, loss, testLoss) -> {
						assertNull(rTest);
						assertTrue(Double.isNaN(testLoss));
					}, Progress.NONE);
		}
	}

	/**
	 * A step 50× above 2/λ_max(K/n) (λ_max from the network's own empirical NTK) makes the top eigendirection grow
	 * by |1 − 100| per step in the linear model, so the loss passes 1e3 L_0 + 1 within a few steps: the run must
	 * stop with DIVERGED naming the step, keeping the records before it. Half the limit completes (the control).
	 */
	@Test
	void aStepFarAboveTheStabilityLimitDiverges() {
		double[][] x = points(30, 6);
		double[] y = target(x);
		double limit;
		try (TwoLayerNetwork net = network(7)) {
			double lambdaMax = SymmetricEigensolver.defaultSolver().decompose(net.empiricalNtk(x).data(), x.length,
					false, Progress.NONE).values()[0];
			limit = GradientDescent.maxStableLearningRate(lambdaMax / x.length);
		}
		List<Integer> recorded = new ArrayList<>();
		try (TwoLayerNetwork net = network(7)) {
			TrainingResult result = new GradientDescent(50 * limit, 200, RecordingSchedule.every(1)).run(net, x, y,
					null, null, (step, r, rTest, loss, testLoss) -> recorded.add(step), Progress.NONE);
			assertEquals(TrainingResult.Status.DIVERGED, result.status());
			int at = result.divergedAtStep();
			assertTrue(at >= 1 && at < 20, "diverged at " + at);
			assertTrue(result.message().contains("step " + at), result.message());
			assertEquals(at, recorded.size(), "steps 0 … at − 1 were recorded");
			assertEquals(at + 1, result.stepsTaken());
		}
		try (TwoLayerNetwork net = network(7)) {
			TrainingResult control = new GradientDescent(0.5 * limit, 200, RecordingSchedule.logSpaced(5)).run(net,
					x, y, null, null, (step, r, rTest, loss, testLoss) -> {
					}, Progress.NONE);
			assertEquals(TrainingResult.Status.COMPLETED, control.status(), control.message());
		}
	}

	/**
	 * Cancellation is polled between blocks of 5 steps: cancelling during the first block stops before step 5 with
	 * CancelledException, after steps 0–4 were recorded and exactly 5 updates applied (oracle: the same network
	 * stepped 5 times by hand, bit for bit).
	 */
	@Test
	void cancellationStopsBetweenBlocks() {
		double[][] x = points(20, 8);
		double[] y = target(x);
		long[] worked = new long[1];
		long[] total = new long[1];
		Progress cancelAfterFirstBlock = new Progress() {
			@Override
			public void begin(String task, long totalUnits) {
				total[0] = totalUnits;
			}

			@Override
			public void worked(long units) {
				worked[0] += units;
			}

			@Override
			public boolean isCancelled() {
				return worked[0] > 0;
			}
		};
		List<Integer> recorded = new ArrayList<>();
		try (TwoLayerNetwork net = network(9); TwoLayerNetwork byHand = network(9)) {
			GradientDescent gd = new GradientDescent(1.0, 100, RecordingSchedule.every(1)).withProgressBlock(5);
			assertThrows(CancelledException.class, () -> gd.run(net, x, y, null, null,
					(step, r, rTest, loss, testLoss) -> recorded.add(step), cancelAfterFirstBlock));
			assertEquals(100, total[0]);
			assertEquals(5, worked[0]);
			assertEquals(List.of(0, 1, 2, 3, 4), recorded);
			for (int t = 0; t < 5; t++) {
				byHand.step(x, y, 1.0);
			}
			assertEquals(byHand.parameters(), net.parameters());
		}
	}

	@Test
	void progressAddsUpToTheStepCount() {
		double[][] x = points(10, 10);
		long[] worked = new long[1];
		Progress counting = new Progress() {
			@Override
			public void begin(String task, long totalUnits) {
				assertEquals(23, totalUnits);
			}

			@Override
			public void worked(long units) {
				worked[0] += units;
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		try (TwoLayerNetwork net = network(11)) {
			new GradientDescent(0.5, 23, RecordingSchedule.logSpaced(4)).run(net, x, target(x), null, null,
					(step, r, rTest, loss, testLoss) -> {
					}, counting);
		}
		assertEquals(23, worked[0]);
	}

	@Test
	void rejectsBadSettings() {
		assertThrows(IllegalArgumentException.class, () -> new GradientDescent(0, 10, RecordingSchedule.every(1)));
		assertThrows(IllegalArgumentException.class, () -> new GradientDescent(1, -1, RecordingSchedule.every(1)));
		assertThrows(IllegalArgumentException.class,
				() -> new GradientDescent(1, 10, RecordingSchedule.every(1)).withProgressBlock(0));
		double[][] x = points(4, 12);
		try (TwoLayerNetwork net = network(13)) {
			GradientDescent gd = new GradientDescent(1, 1, RecordingSchedule.every(1));
			assertThrows(IllegalArgumentException.class, () -> gd.run(net, x, new double[3], null, null,
					(step, r, rTest, loss, testLoss) -> {
					}, Progress.NONE));
			assertThrows(IllegalArgumentException.class, () -> gd.run(net, x, new double[4], x, null,
					(step, r, rTest, loss, testLoss) -> {
					}, Progress.NONE));
		}
	}
}

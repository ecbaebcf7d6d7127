package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;
import org.spectralbias.math.kernel.DeepNtk;
import org.spectralbias.math.sphere.SphereSampling;

class DeepNetworkTest {

	private static ActivationFunction activation(String name) {
		return name.equals("relu") ? new Relu() : new Tanh();
	}

	/**
	 * Oracle: {@link TwoLayerNetwork} with the same weights (w_r = row r of W¹, a = v; for SYMMETRIC the rows of
	 * both stacks with a = (v_A, −v_B)): one hidden layer is the same function, gradient and NTK, so outputs,
	 * empirical NTKs and the weights after two steps agree to rounding (relative 1e−12). Width 300 and 40 samples
	 * cross the block sizes of both implementations.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, false, STANDARD", "relu, true, STANDARD", "tanh, true, STANDARD", "relu, true, SYMMETRIC",
			"tanh, false, SYMMETRIC" })
	void oneHiddenLayerIsTheTwoLayerNetwork(String name, boolean bias, Initialisation init) {
		ActivationFunction sigma = activation(name);
		SplittableRandom random = new SplittableRandom(17);
		double[][] x = Reference.gaussianPoints(40, 6, random);
		double[] y = new double[x.length];
		for (int i = 0; i < y.length; i++) {
			y[i] = Math.sin(x[i][0]) + x[i][1] * x[i][2];
		}
		try (DeepNetwork deep = new DeepNetwork(6, 1, 300, sigma, 2, bias, init, random, 2);
				TwoLayerNetwork two = new TwoLayerNetwork(twoLayer(deep), sigma, false, 2, 2)) {
			assertClose(two.predict(x), deep.predict(x), 1e-12);
			assertClose(two.empiricalNtk(x).data(), deep.empiricalNtk(x).data(), 1e-12);
			double limit = two.limitKernel().value(x[0], x[1]);
			assertEquals(limit, deep.limitKernel().value(x[0], x[1]), 1e-14 * Math.abs(limit));
			for (int t = 0; t < 2; t++) {
				assertClose(two.step(x, y, 0.7), deep.step(x, y, 0.7), 1e-12);
			}
			NetworkParameters expected = two.parameters();
			NetworkParameters actual = twoLayer(deep);
			assertClose(expected.firstLayer(), actual.firstLayer(), 1e-12);
			assertClose(expected.secondLayer(), actual.secondLayer(), 1e-12);
		}
	}

	private static NetworkParameters twoLayer(DeepNetwork deep) {
		int d = deep.ambientDim() + (deep.bias() ? 1 : 0);
		int half = deep.width() / deep.copies();
		double[] w = new double[deep.width() * d];
		double[] a = new double[deep.width()];
		for (int c = 0; c < deep.copies(); c++) {
			System.arraycopy(deep.weights(c, 1), 0, w, c * half * d, half * d);
			double[] v = deep.weights(c, 2);
			for (int r = 0; r < half; r++) {
				a[c * half + r] = c == 0 ? v[r] : -v[r];
			}
		}
		return new NetworkParameters(deep.ambientDim(), deep.bias(), w, a);
	}

	/**
	 * SYMMETRIC: two identical stacks whose outputs are subtracted give f₀ = 0 exactly, on any input (the two sums
	 * are the same arithmetic); training then moves the stacks apart. A STANDARD network's output is O(1).
	 */
	@ParameterizedTest
	@CsvSource({ "relu, 1, false, 2", "relu, 2, true, 130", "tanh, 3, true, 40", "tanh, 2, false, 64" })
	void symmetricInitialisationGivesExactlyZeroOutput(String name, int depth, boolean bias, int width) {
		ActivationFunction sigma = activation(name);
		SplittableRandom random = new SplittableRandom(width);
		double[][] x = Reference.gaussianPoints(50, 10, random);
		try (DeepNetwork symmetric = new DeepNetwork(10, depth, width, sigma, 2, bias, Initialisation.SYMMETRIC,
				new SplittableRandom(1), 2);
				DeepNetwork standard = new DeepNetwork(10, depth, width, sigma, 2, bias, Initialisation.STANDARD,
						new SplittableRandom(1), 2)) {
			assertEquals(2, symmetric.copies());
			assertArrayEquals(new double[x.length], symmetric.predict(x), 0.0);
			assertTrue(maxAbs(standard.predict(x)) > 0.1, "a standard network's output is O(1)");
			double[] y = new double[x.length];
			y[0] = 1;
			double[] r = symmetric.step(x, y, 0.5);
			assertArrayEquals(y, r, 0.0, "residual before the step is y − 0");
			assertTrue(maxAbs(symmetric.predict(x)) > 1e-4, "a step moves f away from 0");
		}
	}

	/**
	 * Every task writes its own outputs in a fixed order: 1, 2 and 3 threads give bit-identical outputs, residuals,
	 * weights and kernels. 37 samples, width 40 and depth 3 make partial sample, row and feature blocks.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, true, STANDARD", "tanh, false, STANDARD", "relu, false, SYMMETRIC" })
	void resultsAreBitIdenticalForAnyThreadCount(String name, boolean bias, Initialisation init) {
		ActivationFunction sigma = activation(name);
		double[][] x = Reference.gaussianPoints(37, 5, new SplittableRandom(2));
		double[][] z = Reference.gaussianPoints(19, 5, new SplittableRandom(3));
		double[] y = new double[x.length];
		for (int i = 0; i < y.length; i++) {
			y[i] = x[i][0] - x[i][3];
		}
		List<List<double[]>> runs = new ArrayList<>();
		for (int threads = 1; threads <= 3; threads++) {
			List<double[]> results = new ArrayList<>();
			try (DeepNetwork net = new DeepNetwork(5, 3, 40, sigma, 2, bias, init, new SplittableRandom(9),
					threads)) {
				results.add(net.predict(x));
				results.add(net.empiricalNtk(x).data());
				for (int t = 0; t < 3; t++) {
					results.add(net.step(x, y, 0.4));
				}
				for (int c = 0; c < net.copies(); c++) {
					for (int l = 1; l <= 4; l++) {
						results.add(net.weights(c, l));
					}
				}
				results.add(net.empiricalNtk(x, z));
				results.add(net.predict(z));
			}
			runs.add(results);
		}
		for (int k = 0; k < runs.get(0).size(); k++) {
			for (int run = 1; run < runs.size(); run++) {
				assertArrayEquals(runs.get(0).get(k), runs.get(run).get(k), "result " + k + ", run " + run);
			}
		}
	}

	/**
	 * The symmetric Gram and the cross kernel of a set with itself are the same sums (the Gram mirrors its upper
	 * triangle), and {@link DeepNetwork#limitKernel()} is the matching {@link DeepNtk}.
	 */
	@Test
	void gramAndCrossKernelAgreeAndLimitKernelMatches() {
		double[][] x = Reference.gaussianPoints(21, 4, new SplittableRandom(4));
		try (DeepNetwork net = new DeepNetwork(4, 2, 50, new Relu(), 2, true, Initialisation.STANDARD,
				new SplittableRandom(8), 2)) {
			double[] gram = net.empiricalNtk(x).data();
			assertArrayEquals(gram, net.empiricalNtk(x, x), 0.0);
			for (int i = 0; i < x.length; i++) {
				for (int j = 0; j < x.length; j++) {
					assertEquals(gram[i * x.length + j], gram[j * x.length + i], 0.0);
				}
			}
			DeepNtk limit = (DeepNtk) net.limitKernel();
			assertEquals(2, limit.depth());
			assertEquals(2.0, limit.weightVariance());
			assertTrue(limit.bias());
		}
	}

	/**
	 * Full-batch gradient descent with a step well below 2/λ_max(Θ/n) (λ_max ≤ max_i Θ_ii ≈ κ(1) = 2.5 for ReLU,
	 * L = 3 on the sphere) decreases the training loss at every step (descent lemma for a small step), here
	 * through {@link GradientDescent}, which trains any {@link TrainableNetwork}.
	 */
	@Test
	void gradientDescentDecreasesTheLoss() {
		SplittableRandom random = new SplittableRandom(21);
		double[][] x = SphereSampling.uniform(60, 5, random);
		double[] y = new double[x.length];
		for (int i = 0; i < y.length; i++) {
			y[i] = x[i][0] + 3 * x[i][1] * x[i][1] - 1;
		}
		List<Double> losses = new ArrayList<>();
		try (DeepNetwork net = new DeepNetwork(5, 3, 256, new Relu(), 2, false, Initialisation.SYMMETRIC, random,
				2)) {
			TrainingResult result = new GradientDescent(0.5, 30, RecordingSchedule.every(1)).run(net, x, y, null,
					null, (step, r, rt, loss, testLoss) -> losses.add(loss), Progress.NONE);
			assertTrue(result.completed());
		}
		for (int t = 1; t < losses.size(); t++) {
			assertTrue(losses.get(t) < losses.get(t - 1), "loss must decrease at step " + t + ": " + losses);
		}
		assertTrue(losses.get(losses.size() - 1) < 0.5 * losses.get(0), "30 steps make progress: " + losses);
	}

	@Test
	void rejectsInvalidArguments() {
		Relu relu = new Relu();
		SplittableRandom random = new SplittableRandom(1);
		assertThrows(IllegalArgumentException.class,
				() -> new DeepNetwork(3, 2, 5, relu, 2, false, Initialisation.SYMMETRIC, random, 1));
		assertThrows(IllegalArgumentException.class,
				() -> new DeepNetwork(3, 0, 4, relu, 2, false, Initialisation.STANDARD, random, 1));
		assertThrows(IllegalArgumentException.class,
				() -> new DeepNetwork(3, 2, 4, relu, -1, false, Initialisation.STANDARD, random, 1));
		assertThrows(IllegalArgumentException.class,
				() -> new DeepNetwork(3, 2, 4, relu, 2, false, Initialisation.STANDARD, random, 0));
		try (DeepNetwork net = new DeepNetwork(3, 2, 4, relu, 2, false, Initialisation.STANDARD, random, 1)) {
			assertThrows(IllegalArgumentException.class, () -> net.predict(new double[][] { { 1, 2 } }));
			assertThrows(IllegalArgumentException.class,
					() -> net.step(new double[][] { { 1, 2, 3 } }, new double[] { 1, 2 }, 0.1));
			assertThrows(IllegalArgumentException.class,
					() -> net.step(new double[][] { { 1, 2, 3 } }, new double[] { 1 }, Double.NaN));
			assertThrows(IndexOutOfBoundsException.class, () -> net.weights(1, 1));
			assertThrows(IndexOutOfBoundsException.class, () -> net.weights(0, 4));
			assertEquals(4, net.width());
			assertEquals(2, net.depth());
		}
	}

	private static void assertClose(double[] expected, double[] actual, double relative) {
		assertEquals(expected.length, actual.length);
		double scale = Math.max(1, maxAbs(expected));
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], actual[i], relative * scale, "entry " + i);
		}
	}

	private static double maxAbs(double[] v) {
		double m = 0;
		for (double e : v) {
			m = Math.max(m, Math.abs(e));
		}
		return m;
	}
}

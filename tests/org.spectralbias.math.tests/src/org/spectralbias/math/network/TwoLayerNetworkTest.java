package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;
import org.spectralbias.math.sphere.SphereSampling;

class TwoLayerNetworkTest {

	private static ActivationFunction activation(String name) {
		return name.equals("relu") ? new Relu() : new Tanh();
	}

	/**
	 * Oracle: central finite differences of the loss, (L(θ + h e_j) − L(θ − h e_j))/(2h), computed with
	 * {@link Reference#loss} (a naive loop over the definition). The network's gradient is read off one step with
	 * η_eff = 1: ∇L = θ_before − θ_after. h = 1e−5: the truncation error h²|L'''|/6 is ≲ 1e−10 for tanh and 0 for
	 * ReLU away from kinks (L is piecewise quadratic there), the rounding error ≈ 1e−16·L/h ≈ 1e−11; so agreement to
	 * 1e−6 of the largest gradient component checks every component. For ReLU the test asserts that no
	 * pre-activation lies within 1e−3 of the kink, so ±h never crosses it.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, false, false", "relu, true, false", "relu, false, true", "relu, true, true",
			"tanh, false, false", "tanh, true, false", "tanh, false, true", "tanh, true, true" })
	void gradientMatchesCentralFiniteDifferences(String name, boolean bias, boolean firstLayerOnly) {
		ActivationFunction sigma = activation(name);
		SplittableRandom random = new SplittableRandom(name.hashCode() + (bias ? 1 : 0) + (firstLayerOnly ? 2 : 0));
		int dim = 3;
		NetworkParameters p = NetworkParameters.sample(dim, 7, name.equals("relu") ? 2 : 1, bias,
				Initialisation.STANDARD, random);
		double[][] x = Reference.gaussianPoints(5, dim, random);
		double[] y = { 0.3, -1.2, 0.8, 0.1, -0.5 };
		if (name.equals("relu")) {
			for (double[] xi : x) {
				for (int r = 0; r < p.width(); r++) {
					assertTrue(Math.abs(Reference.preActivation(p, r, xi)) > 1e-3, "sample too close to a kink");
				}
			}
		}
		double[] w0 = p.firstLayer();
		double[] a0 = p.secondLayer();
		NetworkParameters after;
		try (TwoLayerNetwork net = new TwoLayerNetwork(p, sigma, firstLayerOnly, 1)) {
			net.step(x, y, 1.0);
			after = net.parameters();
		}
		double[] gw = minus(w0, after.firstLayer());
		double[] ga = minus(a0, after.secondLayer());
		double h = 1e-5;
		double[] fw = new double[w0.length];
		for (int j = 0; j < w0.length; j++) {
			fw[j] = centralDifference(sigma, x, y, dim, bias, w0, a0, j, -1, h);
		}
		double largest = maxAbs(fw);
		assertTrue(largest > 1e-3, "a gradient worth checking");
		assertArrayEquals(fw, gw, 1e-6 * largest);
		if (firstLayerOnly) {
			assertArrayEquals(a0, after.secondLayer(), 0.0, "first-layer-only training leaves a unchanged");
		} else {
			double[] fa = new double[a0.length];
			for (int j = 0; j < a0.length; j++) {
				fa[j] = centralDifference(sigma, x, y, dim, bias, w0, a0, -1, j, h);
			}
			assertArrayEquals(fa, ga, 1e-6 * Math.max(largest, maxAbs(fa)));
		}
	}

	private static double centralDifference(ActivationFunction sigma, double[][] x, double[] y, int dim,
			boolean bias, double[] w, double[] a, int wIndex, int aIndex, double h) {
		double[] wp = w.clone();
		double[] wm = w.clone();
		double[] ap = a.clone();
		double[] am = a.clone();
		if (wIndex >= 0) {
			wp[wIndex] += h;
			wm[wIndex] -= h;
		} else {
			ap[aIndex] += h;
			am[aIndex] -= h;
		}
		double lp = Reference.loss(new NetworkParameters(dim, bias, wp, ap), sigma, x, y);
		double lm = Reference.loss(new NetworkParameters(dim, bias, wm, am), sigma, x, y);
		return (lp - lm) / (2 * h);
	}

	/**
	 * Oracle: the paper's update as written in science.md, on W₁ = w/√m, W₂ = a/√m with step η: H = X W₁ᵀ,
	 * f = √m σ(H) W₂ᵀ, g = (f − y)/n, ∇W₂ = √m σ(H)ᵀ g, ∇W₁ = [√m (g ⊗ W₂) ⊙ 1{H &gt; 0}]ᵀ X. The network's step
	 * with η_eff = η·m must give the same weights (rescaled) — the derivation in {@link TwoLayerNetwork}. Only
	 * rounding differs (1e−12 relative).
	 */
	@Test
	void papersGradientDescentIsStepEtaTimesWidth() {
		SplittableRandom random = new SplittableRandom(11);
		int dim = 4;
		int m = 300;
		int n = 9;
		double eta = 0.003;
		NetworkParameters p = NetworkParameters.sample(dim, m, 2, false, Initialisation.STANDARD, random);
		double[][] x = SphereSampling.uniform(n, dim, random);
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			y[i] = x[i][0] * x[i][1] + 0.5;
		}
		double sqrtM = Math.sqrt(m);
		double[] w1 = p.firstLayer();
		double[] w2 = p.secondLayer();
		for (int j = 0; j < w1.length; j++) {
			w1[j] /= sqrtM;
		}
		for (int r = 0; r < m; r++) {
			w2[r] /= sqrtM;
		}
		double[][] hidden = new double[n][m];
		double[] g = new double[n];
		for (int i = 0; i < n; i++) {
			double f = 0.0;
			for (int r = 0; r < m; r++) {
				double h = 0.0;
				for (int k = 0; k < dim; k++) {
					h += w1[r * dim + k] * x[i][k];
				}
				hidden[i][r] = h;
				f += Math.max(h, 0) * w2[r];
			}
			g[i] = (sqrtM * f - y[i]) / n;
		}
		double[] gradW1 = new double[m * dim];
		double[] gradW2 = new double[m];
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < m; r++) {
				gradW2[r] += sqrtM * Math.max(hidden[i][r], 0) * g[i];
				double back = hidden[i][r] > 0 ? sqrtM * g[i] * w2[r] : 0.0;
				for (int k = 0; k < dim; k++) {
					gradW1[r * dim + k] += back * x[i][k];
				}
			}
		}
		double[] expectedW = new double[m * dim];
		double[] expectedA = new double[m];
		for (int j = 0; j < expectedW.length; j++) {
			expectedW[j] = (w1[j] - eta * gradW1[j]) * sqrtM;
		}
		for (int r = 0; r < m; r++) {
			expectedA[r] = (w2[r] - eta * gradW2[r]) * sqrtM;
		}
		try (TwoLayerNetwork net = new TwoLayerNetwork(p, new Relu(), false, 1)) {
			net.step(x, y, eta * m);
			NetworkParameters after = net.parameters();
			assertArrayEquals(expectedW, after.firstLayer(), 1e-12 * maxAbs(expectedW));
			assertArrayEquals(expectedA, after.secondLayer(), 1e-12 * maxAbs(expectedA));
			assertTrue(maxAbs(minus(expectedA, p.secondLayer())) > 1e-4, "the step changed the weights");
		}
	}

	/** Oracle: {@link Reference#output}, the definition summed neuron by neuron (relative 1e−12). */
	@ParameterizedTest
	@CsvSource({ "relu, false, 1", "relu, true, 2", "tanh, true, 2", "tanh, false, 1" })
	void predictMatchesTheDefinition(String name, boolean bias, int threads) {
		SplittableRandom random = new SplittableRandom(3);
		ActivationFunction sigma = activation(name);
		// width 300: two full neuron blocks and a partial one; 40 samples: two full sample blocks and a partial one
		NetworkParameters p = NetworkParameters.sample(6, 300, 2, bias, Initialisation.STANDARD, random);
		double[][] x = Reference.gaussianPoints(40, 6, random);
		try (TwoLayerNetwork net = new TwoLayerNetwork(p, sigma, false, threads)) {
			double[] f = net.predict(x);
			for (int i = 0; i < x.length; i++) {
				double expected = Reference.output(p, sigma, x[i]);
				assertEquals(expected, f[i], 1e-12 * Math.max(1, Math.abs(expected)));
			}
			assertEquals(p, net.parameters(), "snapshot round trip");
			double[] y = new double[x.length];
			assertEquals(Reference.loss(p, sigma, x, y), net.loss(x, y), 1e-12);
		}
	}

	/**
	 * Symmetric pairs (a, −a) with equal w cancel exactly (science.md: "gives f_0 ≡ 0"), on any input and whatever
	 * the blocking; a standard network's output is O(1) (Var f_0 = E[σ(h)²] = 1 for ReLU with c_w = 2 on the
	 * sphere).
	 */
	@ParameterizedTest
	@CsvSource({ "relu, false, 1000", "relu, true, 302", "tanh, true, 130", "tanh, false, 2" })
	void symmetricInitialisationGivesExactlyZeroOutput(String name, boolean bias, int width) {
		SplittableRandom random = new SplittableRandom(width);
		ActivationFunction sigma = activation(name);
		double[][] x = Reference.gaussianPoints(50, 10, random);
		try (TwoLayerNetwork symmetric = new TwoLayerNetwork(10, width, sigma, 2, bias, false,
				Initialisation.SYMMETRIC, new SplittableRandom(1), 2);
				TwoLayerNetwork standard = new TwoLayerNetwork(10, width, sigma, 2, bias, false,
						Initialisation.STANDARD, new SplittableRandom(1), 2)) {
			for (double f : symmetric.predict(x)) {
				assertEquals(0.0, f, 0.0);
			}
			double[] f = standard.predict(x);
			assertTrue(Reference.norm(f) / Math.sqrt(f.length) > 0.1, "standard f_0 is a random O(1) function");
		}
	}

	@Test
	void symmetricInitialisationNeedsAnEvenWidth() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new TwoLayerNetwork(3, 7, new Relu(), 2, false, false, Initialisation.SYMMETRIC,
						new SplittableRandom(1), 1));
		assertTrue(e.getMessage().contains("even width"), e.getMessage());
	}

	/**
	 * Bit-identical weights after 20 steps for 1, 2 and 3 threads (the work split does not depend on the thread
	 * count); a different seed gives different weights.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, false", "relu, true", "tanh, true" })
	void sameSeedSameWeightsWhateverTheThreadCount(String name, boolean bias) {
		SplittableRandom data = new SplittableRandom(5);
		boolean relu = name.equals("relu");
		int n = relu ? 200 : 60;
		int m = relu ? 1000 : 300;
		double[][] x = SphereSampling.uniform(n, 10, data);
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			y[i] = Math.cos(3 * x[i][0]);
		}
		NetworkParameters one = train(name, bias, m, x, y, 1, 17);
		assertEquals(one, train(name, bias, m, x, y, 2, 17));
		assertEquals(one, train(name, bias, m, x, y, 3, 17));
		assertNotEquals(one, train(name, bias, m, x, y, 2, 18));
	}

	private static NetworkParameters train(String name, boolean bias, int m, double[][] x, double[] y, int threads,
			long seed) {
		try (TwoLayerNetwork net = new TwoLayerNetwork(10, m, activation(name), 2, bias, false,
				Initialisation.STANDARD, new SplittableRandom(seed), threads)) {
			for (int t = 0; t < 20; t++) {
				net.step(x, y, 1.0);
			}
			return net.parameters();
		}
	}

	@Test
	void rejectsBadInput() {
		try (TwoLayerNetwork net = new TwoLayerNetwork(3, 4, new Relu(), 2, false, false, Initialisation.STANDARD,
				new SplittableRandom(1), 1)) {
			double[][] x = { { 1, 0, 0 }, { 0, 1, 0 } };
			assertThrows(IllegalArgumentException.class, () -> net.predict(new double[][] { { 1, 0 } }));
			assertThrows(IllegalArgumentException.class, () -> net.step(x, new double[3], 1));
			assertThrows(IllegalArgumentException.class, () -> net.step(x, new double[2], Double.NaN));
			assertThrows(IllegalArgumentException.class, () -> net.step(new double[0][], new double[0], 1));
			assertEquals(0, net.predict(new double[0][]).length);
		}
		assertThrows(IllegalArgumentException.class, () -> new TwoLayerNetwork(3, 4, new Relu(), 0, false, false,
				Initialisation.STANDARD, new SplittableRandom(1), 1));
		assertThrows(IllegalArgumentException.class, () -> new TwoLayerNetwork(3, 4, new Relu(), 2, false, false,
				Initialisation.STANDARD, new SplittableRandom(1), 0));
	}

	static double[] minus(double[] a, double[] b) {
		double[] d = new double[a.length];
		for (int i = 0; i < d.length; i++) {
			d[i] = a[i] - b[i];
		}
		return d;
	}

	static double maxAbs(double[] v) {
		double m = 0.0;
		for (double x : v) {
			m = Math.max(m, Math.abs(x));
		}
		return m;
	}
}

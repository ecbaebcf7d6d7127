package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;

class DeepNetworkGradientTest {

	/**
	 * The network by its definition, from a weight snapshot: no blocking, no transposition, no threads. Stack c has
	 * hidden layers h¹ = W¹x̃, h^{l+1} = W^{l+1}σ(h^l)/√m_c + b^{l+1}, and contributes s_c vᵀσ(h^L) with
	 * s_c = 1/√m (STANDARD) or ±1/√(2m_c) (SYMMETRIC, f = (f_A − f_B)/√2).
	 */
	static final class Naive {
		final ActivationFunction sigma;
		final int depth;
		final int width;
		final boolean bias;
		final double[][][] w;

		Naive(DeepNetwork net) {
			sigma = net.activation();
			depth = net.depth();
			width = net.width() / net.copies();
			bias = net.bias();
			w = new double[net.copies()][depth + 1][];
			for (int c = 0; c < net.copies(); c++) {
				for (int l = 0; l <= depth; l++) {
					w[c][l] = net.weights(c, l + 1);
				}
			}
		}

		Naive(Naive other) {
			sigma = other.sigma;
			depth = other.depth;
			width = other.width;
			bias = other.bias;
			w = new double[other.w.length][depth + 1][];
			for (int c = 0; c < w.length; c++) {
				for (int l = 0; l <= depth; l++) {
					w[c][l] = other.w[c][l].clone();
				}
			}
		}

		Naive plus(int c, int l, int j, double h) {
			Naive p = new Naive(this);
			p.w[c][l][j] += h;
			return p;
		}

		double scale(int c) {
			return w.length == 1 ? 1 / Math.sqrt(width) : (c == 0 ? 1 : -1) / Math.sqrt(2.0 * width);
		}

		/** Pre-activations of stack c, [layer][neuron]. */
		double[][] preActivations(int c, double[] x) {
			double[][] h = new double[depth][width];
			double[] in = Reference.tilde(x, bias);
			for (int l = 0; l < depth; l++) {
				int fanIn = l == 0 ? in.length : width + (bias ? 1 : 0);
				for (int i = 0; i < width; i++) {
					double sum = 0;
					for (int j = 0; j < (l == 0 ? fanIn : width); j++) {
						sum += w[c][l][i * fanIn + j] * in[j];
					}
					h[l][i] = l == 0 ? sum : sum / Math.sqrt(width) + (bias ? w[c][l][i * fanIn + width] : 0);
				}
				in = new double[width];
				for (int i = 0; i < width; i++) {
					in[i] = sigma.value(h[l][i]);
				}
			}
			return h;
		}

		double output(double[] x) {
			double f = 0;
			for (int c = 0; c < w.length; c++) {
				double[] top = preActivations(c, x)[depth - 1];
				double sum = 0;
				for (int i = 0; i < width; i++) {
					sum += w[c][depth][i] * sigma.value(top[i]);
				}
				f += scale(c) * sum;
			}
			return f;
		}

		double loss(double[][] x, double[] y) {
			double sum = 0;
			for (int i = 0; i < x.length; i++) {
				double e = output(x[i]) - y[i];
				sum += e * e;
			}
			return sum / (2.0 * x.length);
		}

		double smallestPreActivation(double[][] x) {
			double smallest = Double.POSITIVE_INFINITY;
			for (int c = 0; c < w.length; c++) {
				for (double[] xi : x) {
					for (double[] layer : preActivations(c, xi)) {
						for (double h : layer) {
							smallest = Math.min(smallest, Math.abs(h));
						}
					}
				}
			}
			return smallest;
		}

		int parameters() {
			int count = 0;
			for (double[][] stack : w) {
				for (double[] layer : stack) {
					count += layer.length;
				}
			}
			return count;
		}

		/** Central-difference gradient of f(x) with respect to every weight, stacks and layers in order. */
		double[] gradient(double[] x, double h) {
			double[] g = new double[parameters()];
			int k = 0;
			for (int c = 0; c < w.length; c++) {
				for (int l = 0; l <= depth; l++) {
					for (int j = 0; j < w[c][l].length; j++) {
						g[k++] = (plus(c, l, j, h).output(x) - plus(c, l, j, -h).output(x)) / (2 * h);
					}
				}
			}
			return g;
		}
	}

	private static ActivationFunction activation(String name) {
		return name.equals("relu") ? new Relu() : new Tanh();
	}

	/**
	 * Oracle: central finite differences of the loss computed by {@link Naive}, (L(θ + h e_j) − L(θ − h e_j))/(2h),
	 * against the gradient read off one step with η_eff = 1 (∇L = θ_before − θ_after), for every weight of every
	 * layer and stack. h = 1e−5: for ReLU away from kinks L is piecewise quadratic in one weight (no truncation
	 * error), for tanh h²|L'''|/6 ≲ 1e−10; rounding ≈ 1e−16·L/h ≈ 1e−11; so 1e−6 of the largest component. For ReLU
	 * the test asserts that no pre-activation lies within 1e−3 of the kink.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, 2, false, STANDARD", "relu, 3, true, STANDARD", "tanh, 2, true, STANDARD",
			"tanh, 3, false, STANDARD", "relu, 2, true, SYMMETRIC", "tanh, 3, true, SYMMETRIC" })
	void gradientMatchesCentralFiniteDifferences(String name, int depth, boolean bias, Initialisation init) {
		ActivationFunction sigma = activation(name);
		SplittableRandom random = new SplittableRandom(31 * depth + name.hashCode() + (bias ? 1 : 0));
		double[][] x = Reference.gaussianPoints(5, 3, random);
		double[] y = { 0.3, -1.2, 0.8, 0.1, -0.5 };
		Naive before;
		Naive after;
		try (DeepNetwork net = new DeepNetwork(3, depth, 6, sigma, name.equals("relu") ? 2 : 1.5, bias, init,
				random, 1)) {
			before = new Naive(net);
			if (name.equals("relu")) {
				assertTrue(before.smallestPreActivation(x) > 1e-3, "sample too close to a kink");
			}
			net.step(x, y, 1.0);
			after = new Naive(net);
		}
		double h = 1e-5;
		double largest = 0;
		double worst = 0;
		for (int c = 0; c < before.w.length; c++) {
			for (int l = 0; l <= depth; l++) {
				for (int j = 0; j < before.w[c][l].length; j++) {
					double fd = (before.plus(c, l, j, h).loss(x, y) - before.plus(c, l, j, -h).loss(x, y)) / (2 * h);
					double step = before.w[c][l][j] - after.w[c][l][j];
					largest = Math.max(largest, Math.abs(fd));
					worst = Math.max(worst, Math.abs(fd - step));
				}
			}
		}
		assertTrue(largest > 1e-3, "a gradient worth checking");
		assertTrue(worst <= 1e-6 * largest, "largest deviation " + worst + " of " + largest);
	}

	/**
	 * Oracle: the definition Θ(x, z) = ⟨∇_θ f(x), ∇_θ f(z)⟩ with every component of ∇_θ f taken by central
	 * differences of {@link Naive#output} (h = 1e−5; exact up to rounding ≈ 1e−11 for ReLU away from kinks, plus
	 * ≲ 1e−10 truncation for tanh), summed over all parameters; both the symmetric Gram and the cross kernel, at
	 * relative 1e−7.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, 3, true, STANDARD", "tanh, 2, false, STANDARD", "relu, 2, false, SYMMETRIC",
			"tanh, 3, true, SYMMETRIC" })
	void empiricalNtkIsTheGramOfParameterGradients(String name, int depth, boolean bias, Initialisation init) {
		ActivationFunction sigma = activation(name);
		SplittableRandom random = new SplittableRandom(5 + depth);
		double[][] x = Reference.gaussianPoints(4, 3, random);
		double[][] z = Reference.gaussianPoints(3, 3, random);
		try (DeepNetwork net = new DeepNetwork(3, depth, 8, sigma, name.equals("relu") ? 2 : 1.5, bias, init,
				random, 2)) {
			Naive naive = new Naive(net);
			if (name.equals("relu")) {
				assertTrue(naive.smallestPreActivation(x) > 1e-3 && naive.smallestPreActivation(z) > 1e-3,
						"sample too close to a kink");
			}
			double[][] gx = new double[x.length][];
			double[][] gz = new double[z.length][];
			for (int i = 0; i < x.length; i++) {
				gx[i] = naive.gradient(x[i], 1e-5);
			}
			for (int j = 0; j < z.length; j++) {
				gz[j] = naive.gradient(z[j], 1e-5);
			}
			double[] gram = net.empiricalNtk(x).data();
			double[] cross = net.empiricalNtk(x, z);
			double scale = Math.abs(gram[0]);
			for (int i = 0; i < x.length; i++) {
				for (int j = 0; j < x.length; j++) {
					assertEquals(Reference.dot(gx[i], gx[j]), gram[i * x.length + j], 1e-7 * scale, "Θ(x_i, x_j)");
				}
				for (int j = 0; j < z.length; j++) {
					assertEquals(Reference.dot(gx[i], gz[j]), cross[i * z.length + j], 1e-7 * scale, "Θ(x_i, z_j)");
				}
			}
		}
	}
}

package org.spectralbias.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Erf;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;

class DeepNtkTest {

	private static final double[] COSINES = { -1, -0.7, -0.2, 0, 0.35, 0.8, 0.999, 1 };

	private static ActivationFunction activation(String name) {
		return switch (name) {
		case "relu" -> new Relu();
		case "tanh" -> new Tanh();
		default -> new Erf();
		};
	}

	/**
	 * Oracle: {@link TwoLayerNtk}, the two-layer kernel κ = ⟨x̃, x̃'⟩E[σ'σ'] + E[σσ]; one hidden layer is the same
	 * computation, so they agree to rounding (asserted 1e−14), on the sphere and off it.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, false, 2", "relu, true, 2", "tanh, false, 1", "tanh, true, 1.5", "erf, true, 0.7" })
	void oneHiddenLayerIsTheTwoLayerKernel(String name, boolean bias, double weightVariance) {
		ActivationFunction sigma = activation(name);
		DeepNtk deep = new DeepNtk(sigma, 1, weightVariance, bias);
		TwoLayerNtk two = new TwoLayerNtk(sigma, weightVariance, bias);
		for (double t : COSINES) {
			assertEquals(two.kappa(t), deep.kappa(t), 1e-14, "t = " + t);
		}
		SplittableRandom random = new SplittableRandom(7);
		for (int k = 0; k < 4; k++) {
			double[] x = gaussian(5, random);
			double[] y = gaussian(5, random);
			assertEquals(two.value(x, y), deep.value(x, y), 1e-14 * Math.abs(two.value(x, y)) + 1e-14);
		}
	}

	/**
	 * Oracle: the same recursion with ReLU's duals computed by {@link org.spectralbias.math.activation
	 * .GaussianExpectation} quadrature (documented absolute error ≤ 8e−15 per dual; about 4L duals enter, each
	 * multiplied by factors ≤ c_w·κ(1) ≈ 5), so agreement to 1e−12.
	 */
	@ParameterizedTest
	@CsvSource({ "false, 2", "true, 2", "true, 1.3" })
	void reluClosedFormsAgreeWithNumericalDualsAtDepthThree(boolean bias, double weightVariance) {
		DeepNtk closed = new DeepNtk(new Relu(), 3, weightVariance, bias);
		DeepNtk numerical = new DeepNtk(ActivationFunction.withNumericalDuals(new Relu()), 3, weightVariance, bias);
		for (double t : new double[] { -1, -0.4, 0.3, 0.95, 1 }) {
			assertEquals(numerical.kappa(t), closed.kappa(t), 1e-12, "t = " + t);
		}
		double[] x = { 0.3, -1.2, 0.5 };
		double[] y = { 1.1, 0.4, -0.2 };
		assertEquals(numerical.value(x, y), closed.value(x, y), 1e-12);
	}

	/**
	 * Oracle: the arc-cosine recursion (Cho &amp; Saul 2009, k_n = J_n/π, here via {@link ArcCosine}): with c_w = 2
	 * ReLU keeps Σ^l(x, x) = 2 on the sphere, so ρ^{l+1} = k₁(ρ^l), Θ^{l+1} = ρ^{l+1} + k₀(ρ^l)Θ^l from Θ¹ = t, and
	 * κ = k₁(ρ^L) + k₀(ρ^L)Θ^L/2. At t = 1 every ρ is 1 and k₀(1) = k₁(1) = 1, so Θ^L = L and κ(1) = 1 + L/2.
	 */
	@Test
	void reluHeKernelFollowsTheArcCosineRecursion() {
		ArcCosine k0 = new ArcCosine(0);
		ArcCosine k1 = new ArcCosine(1);
		for (int depth = 1; depth <= 6; depth++) {
			DeepNtk ntk = new DeepNtk(new Relu(), depth, 2, false);
			assertEquals(1 + depth / 2.0, ntk.kappa(1), 1e-14, "κ(1) = 1 + L/2 at L = " + depth);
			for (double t : COSINES) {
				double rho = t;
				double theta = t;
				for (int l = 1; l < depth; l++) {
					theta = k1.kappa(rho) + k0.kappa(rho) * theta;
					rho = k1.kappa(rho);
				}
				double expected = k1.kappa(rho) + k0.kappa(rho) * theta / 2;
				assertEquals(expected, ntk.kappa(t), 1e-14, "L = " + depth + ", t = " + t);
			}
		}
	}

	/**
	 * Closed form at L = 2, t = 0 (derivation in the class comment of {@link DeepNtk}): ρ¹ = 0, Θ¹ = 0,
	 * ρ² = k₁(0) = 1/π, Θ² = 1/π, so κ(0) = k₁(1/π) + k₀(1/π)/(2π) with k₁(r) = (√(1 − r²) + (π − arccos r) r)/π
	 * and k₀(r) = (π − arccos r)/π: 0.589 72 …
	 */
	@Test
	void reluDepthTwoAtOrthogonalInputsIsKnown() {
		double r = 1 / Math.PI;
		double angle = Math.PI - Math.acos(r);
		double expected = (Math.sqrt(1 - r * r) + angle * r) / Math.PI + angle / (2 * Math.PI * Math.PI);
		DeepNtk ntk = new DeepNtk(new Relu(), 2, 2, false);
		assertEquals(expected, ntk.kappa(0), 1e-15);
		assertEquals(2.0, ntk.kappa(1), 1e-15);
		assertEquals(0.58972, expected, 1e-5);
	}

	/**
	 * A bias-free ReLU network is positively 1-homogeneous in x, and so is each parameter gradient, hence
	 * Θ(αx, βy) = αβ·Θ(x, y) and off the sphere Θ(x, y) = |x||y|κ(⟨x, y⟩/(|x||y|)).
	 */
	@Test
	void reluWithoutBiasIsHomogeneousOffTheSphere() {
		DeepNtk ntk = new DeepNtk(new Relu(), 3, 2, false);
		double[] x = { 3, -1, 2 };
		double[] y = { -0.5, 0.25, 1 };
		double nx = Math.sqrt(14);
		double ny = Math.sqrt(0.25 + 0.0625 + 1);
		double t = (-1.5 - 0.25 + 2) / (nx * ny);
		assertEquals(nx * ny * ntk.kappa(t), ntk.value(x, y), 1e-13);
	}

	@Test
	void rejectsInvalidParameters() {
		assertThrows(IllegalArgumentException.class, () -> new DeepNtk(new Relu(), 0, 2, false));
		assertThrows(IllegalArgumentException.class, () -> new DeepNtk(new Relu(), 2, 0, false));
		assertThrows(IllegalArgumentException.class, () -> new DeepNtk(new Relu(), 2, Double.NaN, false));
		assertThrows(IllegalArgumentException.class, () -> new DeepNtk(new Relu(), 2, 2, false).kappa(1.5));
	}

	private static double[] gaussian(int dim, SplittableRandom random) {
		double[] x = new double[dim];
		for (int k = 0; k < dim; k++) {
			x[k] = random.nextGaussian();
		}
		return x;
	}
}

package org.spectralbias.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.sphere.SphereSpectrum;

class ReluNtkTest {

	private static final double[] COSINES = { -1, -0.99, -0.6, -0.2, 0, 0.3, 0.7, 0.9999, 1 };

	@Test
	void batchFormGivesTheScalarValuesBitForBit() {
		// contract of DotProductKernel.kappaInPlace: exactly the values of kappa, also in chunks that contain cosines
		// near −1 (J₁'s series), the clamped overshoot 1 + 1e−12, and once C2 has compiled the batch loops
		SplittableRandom random = new SplittableRandom(11);
		for (int n : new int[] { 1, 63, 255, 256, 257, 1000, 4096 }) {
			double[] t = new double[n];
			for (int i = 0; i < n; i++) {
				t[i] = random.nextDouble(-1.0, 1.0);
			}
			if (n > 300) {
				t[300] = -0.99999; // the second chunk goes entry by entry
				t[n - 1] = 1.0 + 1e-12;
			}
			double[] batch = t.clone();
			for (int rep = 0; rep < (n == 4096 ? 2_000 : 1); rep++) {
				batch = t.clone();
				ReluNtk.paper().kappaInPlace(batch, 0, n);
			}
			for (int i = 0; i < n; i++) {
				assertEquals(Double.doubleToRawLongBits(ReluNtk.paper().kappa(t[i])), Double.doubleToRawLongBits(batch[i]),
						"t = " + t[i]);
			}
		}
		double[] invalid = { 0.5, Double.NaN, 0.25 };
		assertThrows(IllegalArgumentException.class, () -> ReluNtk.paper().kappaInPlace(invalid, 0, 3));
		double[] outside = { 0.5, 1.1 };
		assertThrows(IllegalArgumentException.class, () -> ReluNtk.paper().kappaInPlace(outside, 0, 2));
	}

	@Test
	void papersValuesAtOneAndZero() {
		// science.md: κ(1) = 3/2, κ(0) = 1/π
		assertEquals(1.5, ReluNtk.paper().kappa(1), 0);
		assertEquals(1 / Math.PI, ReluNtk.paper().kappa(0), 1e-16);
	}

	@Test
	void matchesThePapersClosedForm() {
		// science.md: κ(t) = [3t(π − arccos t) + 2√(1 − t²)]/(2π) = t κ₁(t) + 2 κ₂(t)
		for (double t : COSINES) {
			double expected = (3 * t * (Math.PI - Math.acos(t)) + 2 * Math.sqrt(1 - t * t)) / (2 * Math.PI);
			assertEquals(expected, ReluNtk.paper().kappa(t), 1e-15, "t = " + t);
			assertEquals(t * ArcCosine.kappa1(t) + 2 * ArcCosine.kappa2(t), ReluNtk.paper().kappa(t), 1e-15);
		}
	}

	@Test
	void equalsTheGenericTwoLayerNtkInBothPaths() {
		TwoLayerNtk closed = new TwoLayerNtk(new Relu(), 2, false);
		TwoLayerNtk numerical = new TwoLayerNtk(ActivationFunction.withNumericalDuals(new Relu()), 2, false);
		for (double t : COSINES) {
			assertEquals(ReluNtk.paper().kappa(t), closed.kappa(t), 1e-15, "closed form at t = " + t);
			// quadrature oracle: GaussianExpectation, measured agreement ≤ 1e−15
			assertEquals(ReluNtk.paper().kappa(t), numerical.kappa(t), 1e-12, "quadrature at t = " + t);
		}
	}

	@Test
	void biasVariantIsTheSameKernelOnAugmentedInputs() {
		// definition (brief, science.md): the bias kernel is the no-bias kernel evaluated on x̃ = (x, 1)
		SplittableRandom random = new SplittableRandom(7);
		for (int k = 0; k < 10; k++) {
			double[] x = unit(random, 4);
			double[] y = unit(random, 4);
			double expected = ReluNtk.paper().value(append(x, 1), append(y, 1));
			assertEquals(expected, ReluNtk.paperWithBias().kappa(DotProductKernel.dot(x, y)), 1e-14);
			assertEquals(expected, ReluNtk.paperWithBias().value(x, y), 1e-14);
			assertEquals(expected, new TwoLayerNtk(new Relu(), 2, true).value(x, y), 1e-14);
		}
		// |x̃|² = 2: κ(1) = 2·1/2 + 2·π/π = 3
		assertEquals(3.0, ReluNtk.paperWithBias().kappa(1), 1e-15);
	}

	@Test
	void biettiMairalNormalisation() {
		// Bietti & Mairal (2019): κ_BM(t) = 2(t κ₁(t) + κ₂(t)), κ_BM(1) = 2
		for (double t : COSINES) {
			assertEquals(2 * (t * ArcCosine.kappa1(t) + ArcCosine.kappa2(t)), ReluNtk.biettiMairal().kappa(t), 1e-15);
		}
		assertEquals(2.0, ReluNtk.biettiMairal().kappa(1), 0);
	}

	@Test
	void neuralTangentsDefaultParameterisationIsTheKernelOverD() {
		// neural-tangents stax.serial(Dense(W_std=1), Relu(), Dense(W_std=1)), NTK parameterisation, no bias
		// (neural_tangents/_src/stax/linear.py Dense and elementwise.py ABRelu(0, 1)):
		// after Dense: nngp = ntk = W_std²⟨x, x'⟩/D = t/D;
		// after Relu: nngp = E[relu(u)relu(v)] with Var = 1/D, Cov = t/D, i.e. (1/D) k₁(t)/2;
		// ntk ← ntk·E[relu'(u)relu'(v)] = (t/D) k₀(t)/2;
		// after Dense: nngp unchanged, ntk ← ntk + nngp. science.md: κ_paper = D·(ntk + nngp).
		Relu relu = new Relu();
		for (int dim : new int[] { 3, 10, 50 }) {
			for (double t : COSINES) {
				double firstNngp = t / dim;
				double reluNngp = relu.dual(1.0 / dim, 1.0 / dim, firstNngp);
				double reluNtk = firstNngp * relu.derivativeDual(1.0 / dim, 1.0 / dim, firstNngp);
				double ntk = reluNtk + reluNngp;
				double nngp = reluNngp;
				// a few ulps of rounding in the layer-by-layer sums
				assertEquals(ReluNtk.paper().kappa(t), dim * (ntk + nngp), 1e-14, "D = " + dim + ", t = " + t);
			}
		}
	}

	@Test
	void valueOffTheSphereAgreesWithTheGenericKernel() {
		SplittableRandom random = new SplittableRandom(11);
		TwoLayerNtk generic = new TwoLayerNtk(new Relu(), 2, false);
		for (int k = 0; k < 10; k++) {
			double[] x = gaussian(random, 5);
			double[] y = gaussian(random, 5);
			assertEquals(generic.value(x, y), ReluNtk.paper().value(x, y), 1e-13);
			// the ReLU NTK is 1-homogeneous in each argument
			assertEquals(2.5 * ReluNtk.paper().value(x, y), ReluNtk.paper().value(scale(x, 2.5), y), 1e-13);
		}
		double[] x = gaussian(random, 5);
		assertEquals(1.5 * DotProductKernel.dot(x, x), ReluNtk.paper().value(x, x), 1e-14);
	}

	@Test
	void sphereSpectrumReproducesScienceMdFacts() {
		// science.md: on S² (D = 3) μ_0 = 7/16, μ_1 = 1/4, μ_2 = 13/256, μ_3 = 0, μ_4 = 3/1024, μ_6 = 49/65536,
		// μ_8 = 79/262144; μ_1 = 3/(4D); Funk–Hecke integrals by SphereSpectrum
		double[] mu = SphereSpectrum.eigenvalues(ReluNtk.paper()::kappa, 3, 8);
		double[] exact = { 7.0 / 16, 1.0 / 4, 13.0 / 256, 0, 3.0 / 1024, 0, 49.0 / 65536, 0, 79.0 / 262144 };
		for (int k = 0; k <= 8; k++) {
			assertEquals(exact[k], mu[k], 1e-15, "mu_" + k + " at D = 3");
		}
		assertEquals(3.0 / 40, SphereSpectrum.eigenvalues(ReluNtk.paper()::kappa, 10, 1)[1], 1e-15);
	}

	static double[] unit(SplittableRandom random, int dim) {
		double[] x = gaussian(random, dim);
		return scale(x, 1 / Math.sqrt(DotProductKernel.dot(x, x)));
	}

	static double[] gaussian(SplittableRandom random, int dim) {
		double[] x = new double[dim];
		for (int i = 0; i < dim; i++) {
			x[i] = random.nextGaussian();
		}
		return x;
	}

	static double[] scale(double[] x, double s) {
		double[] y = x.clone();
		for (int i = 0; i < y.length; i++) {
			y[i] *= s;
		}
		return y;
	}

	static double[] append(double[] x, double last) {
		double[] y = java.util.Arrays.copyOf(x, x.length + 1);
		y[x.length] = last;
		return y;
	}
}

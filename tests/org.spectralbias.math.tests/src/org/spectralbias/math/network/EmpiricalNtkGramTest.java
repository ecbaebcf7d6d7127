package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;
import org.spectralbias.math.kernel.Nngp;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.kernel.TwoLayerNtk;
import org.spectralbias.math.linalg.GramMatrix;

class EmpiricalNtkGramTest {

	private static final int DIM = 10;
	private static final double[] COSINES = { -0.9, -0.4, 0.0, 0.5, 0.95 };

	private static ActivationFunction activation(String name) {
		return name.equals("relu") ? new Relu() : new Tanh();
	}

	/**
	 * Oracle: the mean over neurons of {@link Reference#contributions}, the definition (1/m)Σ_r[σσ + a²σ'σ'⟨x̃, z̃⟩]
	 * evaluated neuron by neuron — checks the blockwise matrix algebra, the transposed layout and the partial last
	 * block (m = 300) to rounding (1e−12 relative), on non-unit inputs, for the Gram and the cross kernel.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, false, false", "relu, true, false", "relu, true, true", "tanh, false, false",
			"tanh, true, true" })
	void blockwiseKernelMatchesTheDefinition(String name, boolean bias, boolean firstLayerOnly) {
		SplittableRandom random = new SplittableRandom(21);
		ActivationFunction sigma = activation(name);
		NetworkParameters p = NetworkParameters.sample(4, 300, 2, bias, Initialisation.STANDARD, random);
		double[][] x = Reference.gaussianPoints(11, 4, random);
		double[][] z = Reference.gaussianPoints(6, 4, random);
		try (TwoLayerNetwork net = new TwoLayerNetwork(p, sigma, firstLayerOnly, 2)) {
			GramMatrix k = net.empiricalNtk(x);
			double[] cross = net.empiricalNtk(z, x);
			for (int i = 0; i < x.length; i++) {
				for (int j = 0; j < x.length; j++) {
					double expected = Reference.mean(Reference.contributions(p, sigma, x[i], x[j], firstLayerOnly));
					assertEquals(expected, k.get(i, j), 1e-12 * Math.max(1, Math.abs(expected)));
					assertEquals(k.get(j, i), k.get(i, j), 0.0, "exactly symmetric");
				}
			}
			for (int i = 0; i < z.length; i++) {
				for (int j = 0; j < x.length; j++) {
					double expected = Reference.mean(Reference.contributions(p, sigma, z[i], x[j], firstLayerOnly));
					assertEquals(expected, cross[i * x.length + j], 1e-12 * Math.max(1, Math.abs(expected)));
				}
			}
		}
	}

	/**
	 * Oracle: the analytic infinite-width kernel (TwoLayerNtk: closed form of Cho &amp; Saul for ReLU — equal to
	 * ReluNtk.paper() with c_w = 2 — and bivariate Gauss–Hermite quadrature for tanh). The empirical kernel at
	 * m = 20 000 is a mean of m i.i.d. neuron contributions, so its Monte-Carlo error is s/√m (s their standard
	 * deviation, computed here from the weights; 0.01–0.035 for these kernels, 1–2% of κ(1), the bias doubling
	 * |x̃|²). Each entry must lie within 4 standard errors (probability of a false alarm ≈ 6e−5 per entry).
	 */
	@ParameterizedTest
	@CsvSource({ "relu, 2, false", "relu, 2, true", "tanh, 1, false", "tanh, 1, true" })
	void wideNetworkMatchesTheAnalyticKernel(String name, double weightVariance, boolean bias) {
		ActivationFunction sigma = activation(name);
		TwoLayerNtk analytic = new TwoLayerNtk(sigma, weightVariance, bias);
		if (name.equals("relu") && !bias) {
			assertEquals(ReluNtk.paper().kappa(0.3), analytic.kappa(0.3), 1e-14);
		}
		assertWithinFourStandardErrors(sigma, weightVariance, bias, false, analytic::kappa, name.hashCode());
	}

	/**
	 * First-layer-only training: the gradient has no a-part, so the kernel is ⟨x̃, x̃'⟩E[σ'(u)σ'(v)] (the Φ Φᵀ term,
	 * E[σσ] in the limit, is dropped). Oracle: the activation's derivative dual (closed form for ReLU,
	 * (π − arccos t)/(2π); quadrature for tanh), within 4 standard errors at m = 20 000.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, 2", "tanh, 1" })
	void firstLayerOnlyKernelDropsTheSecondLayerTerm(String name, double cw) {
		ActivationFunction sigma = activation(name);
		assertWithinFourStandardErrors(sigma, cw, false, true, t -> t * sigma.derivativeDual(cw, cw, cw * t), 7);
	}

	/**
	 * {@link TwoLayerNetwork#limitKernel()}: the analytic kernel of the trained layers. Oracles: TwoLayerNtk when both
	 * layers train; ⟨x̃, z̃⟩ E[σ'σ'] from the activation's derivative dual when only the first does (off the sphere,
	 * with bias), which must also equal TwoLayerNtk − Nngp (rounding, 1e−12). A network built from bare parameters
	 * has no known initial variance and says so.
	 */
	@ParameterizedTest
	@CsvSource({ "relu, 2", "tanh, 1" })
	void limitKernelIsTheAnalyticKernelOfTheTrainedLayers(String name, double cw) {
		ActivationFunction sigma = activation(name);
		SplittableRandom random = new SplittableRandom(12);
		double[][] xz = Reference.gaussianPoints(2, 4, random);
		double[] xt = Reference.tilde(xz[0], true);
		double[] zt = Reference.tilde(xz[1], true);
		double dot = Reference.dot(xt, zt);
		double expected = dot * sigma.derivativeDual(cw * Reference.dot(xt, xt), cw * Reference.dot(zt, zt), cw * dot);
		try (TwoLayerNetwork both = new TwoLayerNetwork(4, 10, sigma, cw, true, false, Initialisation.STANDARD,
				random, 1);
				TwoLayerNetwork first = new TwoLayerNetwork(4, 10, sigma, cw, true, true, Initialisation.STANDARD,
						random, 1);
				TwoLayerNetwork bare = new TwoLayerNetwork(first.parameters(), sigma, true, 1)) {
			TwoLayerNtk full = new TwoLayerNtk(sigma, cw, true);
			assertEquals(full.value(xz[0], xz[1]), both.limitKernel().value(xz[0], xz[1]), 0.0);
			double firstLayer = first.limitKernel().value(xz[0], xz[1]);
			assertEquals(expected, firstLayer, 1e-14 * Math.abs(expected));
			double difference = full.value(xz[0], xz[1]) - new Nngp(sigma, cw, true).value(xz[0], xz[1]);
			assertEquals(difference, firstLayer, 1e-12 * Math.abs(full.value(xz[0], xz[1])));
			assertThrows(IllegalStateException.class, bare::limitKernel);
		}
	}

	/**
	 * The 4-standard-error check can fail: at t = 0.5 the full kernel of the paper is 1/6 + E[σσ] higher than the
	 * first-layer-only one; the first-layer-only network is ≫ 4 standard errors away from it.
	 */
	@Test
	void theMonteCarloCheckDetectsTheWrongKernel() {
		SplittableRandom random = new SplittableRandom(8);
		double[][] pair = Reference.pairWithCosine(0.5, DIM, random);
		try (TwoLayerNetwork net = new TwoLayerNetwork(DIM, 20_000, new Relu(), 2, false, true,
				Initialisation.STANDARD, random, 2)) {
			double k = net.empiricalNtk(pair).get(0, 1);
			double se = Reference.standardError(Reference.contributions(net.parameters(), new Relu(), pair[0],
					pair[1], true));
			assertTrue(Math.abs(k - ReluNtk.paper().kappa(0.5)) > 20 * se, "k = " + k + ", se = " + se);
		}
	}

	private static void assertWithinFourStandardErrors(ActivationFunction sigma, double cw, boolean bias,
			boolean firstLayerOnly, java.util.function.DoubleUnaryOperator expected, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] points = new double[2 * COSINES.length][];
		for (int c = 0; c < COSINES.length; c++) {
			double[][] pair = Reference.pairWithCosine(COSINES[c], DIM, random);
			points[2 * c] = pair[0];
			points[2 * c + 1] = pair[1];
		}
		try (TwoLayerNetwork net = new TwoLayerNetwork(DIM, 20_000, sigma, cw, bias, firstLayerOnly,
				Initialisation.STANDARD, random, 2)) {
			GramMatrix k = net.empiricalNtk(points);
			NetworkParameters p = net.parameters();
			for (int c = 0; c < COSINES.length; c++) {
				double[] x = points[2 * c];
				double[] z = points[2 * c + 1];
				double se = Reference.standardError(Reference.contributions(p, sigma, x, z, firstLayerOnly));
				double t = Reference.dot(x, z);
				double zScore = (k.get(2 * c, 2 * c + 1) - expected.applyAsDouble(t)) / se;
				assertTrue(Math.abs(zScore) <= 4, sigma + " at t = " + t + ": z = " + zScore + ", se = " + se);
				assertTrue(se < 0.04, "Monte-Carlo error as stated: se = " + se);
				double seDiagonal = Reference.standardError(Reference.contributions(p, sigma, x, x, firstLayerOnly));
				double zDiagonal = (k.get(2 * c, 2 * c) - expected.applyAsDouble(1.0)) / seDiagonal;
				assertTrue(Math.abs(zDiagonal) <= 4, sigma + " at t = 1: z = " + zDiagonal);
			}
		}
	}

	@Test
	void cancellationStopsBetweenNeuronBlocks() {
		int[] blocks = new int[1];
		Progress cancelAfterTwo = new Progress() {
			@Override
			public void begin(String task, long totalUnits) {
				assertEquals(8, totalUnits, "1000 neurons in blocks of 128");
			}

			@Override
			public void worked(long units) {
				blocks[0] += (int) units;
			}

			@Override
			public boolean isCancelled() {
				return blocks[0] >= 2;
			}
		};
		try (TwoLayerNetwork net = new TwoLayerNetwork(3, 1000, new Relu(), 2, false, false,
				Initialisation.STANDARD, new SplittableRandom(1), 2)) {
			double[][] x = Reference.gaussianPoints(30, 3, new SplittableRandom(2));
			assertThrows(CancelledException.class, () -> net.empiricalNtk(x, cancelAfterTwo));
			assertEquals(2, blocks[0]);
		}
	}
}

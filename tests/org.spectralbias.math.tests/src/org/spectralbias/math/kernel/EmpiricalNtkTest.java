package org.spectralbias.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;

/**
 * Monte-Carlo check of the analytic kernels: (1/m)⟨∇f(x), ∇f(y)⟩ of one seeded network of width 20 000 must lie
 * within 4 standard errors of the infinite-width kernel (science.md: "Test the analytic kernel against a Monte-Carlo
 * estimate"). For a correct kernel each z-score is ≈ N(0, 1), so |z| &gt; 4 has probability 6e−5 per point.
 */
class EmpiricalNtkTest {

	private static final int WIDTH = 20_000;
	private static final int DIM = 10;
	private static final double[] COSINES = { -0.9, -0.4, 0, 0.5, 0.95, 1 };

	@Test
	void reluNetworkMatchesThePapersKernel() {
		assertWithinFourStandardErrors(new Relu(), 2, false, ReluNtk.paper(), 101);
	}

	@Test
	void reluNetworkWithBiasMatchesTheBiasKernel() {
		assertWithinFourStandardErrors(new Relu(), 2, true, ReluNtk.paperWithBias(), 102);
	}

	@Test
	void tanhNetworkMatchesTheQuadratureKernel() {
		assertWithinFourStandardErrors(new Tanh(), 1, false, new TwoLayerNtk(new Tanh(), 1, false), 103);
	}

	@Test
	void theCheckCanDetectAWrongKernel() {
		// the NNGP alone misses the first-layer term t·κ₁(t) = 1/6 at t = 0.5, about 13 standard errors of 0.0125
		EmpiricalNtk network = new EmpiricalNtk(new Relu(), 2, false, WIDTH, DIM, new SplittableRandom(104));
		double[][] pair = pairWithCosine(0.5);
		EmpiricalNtk.Estimate estimate = network.estimate(pair[0], pair[1]);
		double wrong = new Nngp(new Relu(), 2, false).kappa(0.5);
		assertTrue(Math.abs(estimate.mean() - wrong) > 8 * estimate.standardError());
	}

	@Test
	void sameSeedSameNetwork() {
		double[][] pair = pairWithCosine(0.3);
		EmpiricalNtk first = new EmpiricalNtk(new Tanh(), 1, true, 100, DIM, new SplittableRandom(5));
		EmpiricalNtk second = new EmpiricalNtk(new Tanh(), 1, true, 100, DIM, new SplittableRandom(5));
		assertEquals(first.estimate(pair[0], pair[1]), second.estimate(pair[0], pair[1]));
		assertEquals(first.value(pair[0], pair[1]), first.estimate(pair[0], pair[1]).mean(), 0);
	}

	@Test
	void rejectsBadSizes() {
		SplittableRandom random = new SplittableRandom(1);
		assertThrows(IllegalArgumentException.class, () -> new EmpiricalNtk(new Relu(), 2, false, 1, DIM, random));
		assertThrows(IllegalArgumentException.class, () -> new EmpiricalNtk(new Relu(), 2, false, 10, 0, random));
		EmpiricalNtk network = new EmpiricalNtk(new Relu(), 2, false, 10, DIM, random);
		assertThrows(IllegalArgumentException.class, () -> network.estimate(new double[3], new double[3]));
	}

	private static void assertWithinFourStandardErrors(ActivationFunction activation, double weightVariance,
			boolean bias, DotProductKernel analytic, long seed) {
		EmpiricalNtk network = new EmpiricalNtk(activation, weightVariance, bias, WIDTH, DIM,
				new SplittableRandom(seed));
		for (double t : COSINES) {
			double[][] pair = pairWithCosine(t);
			EmpiricalNtk.Estimate estimate = network.estimate(pair[0], pair[1]);
			double z = (estimate.mean() - analytic.kappa(t)) / estimate.standardError();
			assertTrue(Math.abs(z) <= 4, activation + " at t = " + t + ": z = " + z + ", " + estimate);
		}
	}

	/** Two unit vectors of R^10 with ⟨x, y⟩ = t, in a generic (not axis-aligned) orientation. */
	static double[][] pairWithCosine(double t) {
		SplittableRandom random = new SplittableRandom(42);
		double[] e1 = ReluNtkTest.unit(random, DIM);
		double[] g = ReluNtkTest.gaussian(random, DIM);
		double along = DotProductKernel.dot(g, e1);
		for (int i = 0; i < DIM; i++) {
			g[i] -= along * e1[i];
		}
		double[] e2 = ReluNtkTest.scale(g, 1 / Math.sqrt(DotProductKernel.dot(g, g)));
		double s = Math.sqrt((1 - t) * (1 + t));
		double[] y = new double[DIM];
		for (int i = 0; i < DIM; i++) {
			y[i] = t * e1[i] + s * e2[i];
		}
		return new double[][] { e1, y };
	}
}

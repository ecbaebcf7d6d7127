package org.spectralbias.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Erf;
import org.spectralbias.math.activation.Gelu;
import org.spectralbias.math.activation.LeakyRelu;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Sin;

class TwoLayerNtkTest {

	@Test
	void erfKernelMatchesWilliamsOnTheSphere() {
		// Williams (1997) with c_w = 1, unit inputs: E[erf erf] = (2/π) arcsin(2t/3), E[erf' erf'] = (4/π)/√(9 − 4t²)
		TwoLayerNtk ntk = new TwoLayerNtk(new Erf(), 1, false);
		Nngp nngp = new Nngp(new Erf(), 1, false);
		for (double t : new double[] { -1, -0.5, 0, 0.25, 0.9, 1 }) {
			double expectedNngp = 2 / Math.PI * Math.asin(2 * t / 3);
			assertEquals(expectedNngp, nngp.kappa(t), 1e-15);
			assertEquals(t * 4 / Math.PI / Math.sqrt(9 - 4 * t * t) + expectedNngp, ntk.kappa(t), 1e-15);
		}
	}

	@Test
	void closedFormPathsAgreeWithQuadratureWithAndWithoutBias() {
		// oracle: the same kernel with the activation's duals replaced by GaussianExpectation quadrature
		List<ActivationFunction> activations = List.of(new Relu(), new LeakyRelu(0.2), new Erf(), new Sin(),
				new Gelu());
		for (ActivationFunction activation : activations) {
			for (boolean bias : new boolean[] { false, true }) {
				TwoLayerNtk closed = new TwoLayerNtk(activation, 1.5, bias);
				TwoLayerNtk numerical = new TwoLayerNtk(ActivationFunction.withNumericalDuals(activation), 1.5, bias);
				Nngp closedNngp = new Nngp(activation, 1.5, bias);
				Nngp numericalNngp = new Nngp(ActivationFunction.withNumericalDuals(activation), 1.5, bias);
				for (double t : new double[] { -1, -0.4, 0.3, 0.999 }) {
					String where = activation + (bias ? " with bias" : "") + " at t = " + t;
					assertEquals(numerical.kappa(t), closed.kappa(t), 1e-12, where);
					assertEquals(numericalNngp.kappa(t), closedNngp.kappa(t), 1e-12, where);
				}
			}
		}
	}

	@Test
	void reluNngpIsTheFirstOrderArcCosineKernel() {
		// with c_w = 2: E[relu(u)relu(v)] = 2·J₁/(2π) = k₁(t) = 2κ₂(t)
		Nngp nngp = new Nngp(new Relu(), 2, false);
		for (double t : new double[] { -1, -0.3, 0, 0.6, 1 }) {
			assertEquals(2 * ArcCosine.kappa2(t), nngp.kappa(t), 1e-15);
		}
	}

	@Test
	void valueOnUnitVectorsEqualsKappaOfTheirCosine() {
		SplittableRandom random = new SplittableRandom(3);
		TwoLayerNtk ntk = new TwoLayerNtk(new Gelu(), 2, true);
		for (int k = 0; k < 5; k++) {
			double[] x = ReluNtkTest.unit(random, 6);
			double[] y = ReluNtkTest.unit(random, 6);
			assertEquals(ntk.kappa(DotProductKernel.dot(x, y)), ntk.value(x, y), 1e-14);
		}
	}

	@Test
	void rejectsBadWeightVariance() {
		for (double bad : new double[] { 0, -1, Double.NaN, Double.POSITIVE_INFINITY }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> new TwoLayerNtk(new Relu(), bad, false));
			assertTrue(e.getMessage().contains("weightVariance"));
			assertThrows(IllegalArgumentException.class, () -> new Nngp(new Relu(), bad, false));
		}
		assertThrows(IllegalArgumentException.class, () -> new TwoLayerNtk(new Relu(), 2, false).kappa(1.5));
	}
}

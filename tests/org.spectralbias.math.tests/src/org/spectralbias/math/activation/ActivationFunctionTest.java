package org.spectralbias.math.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.quadrature.GaussHermite;
import org.spectralbias.math.quadrature.QuadratureRule;

class ActivationFunctionTest {

	private static final List<ActivationFunction> ALL = List.of(new Relu(), new LeakyRelu(0.1), new Tanh(), new Erf(),
			new Gelu(), new Softplus(), new Sin());

	@Test
	void derivativesMatchCentralDifferencesAwayFromTheKink() {
		double h = 1e-5;
		for (ActivationFunction f : ALL) {
			for (double z : new double[] { -3.1, -0.7, 0.2, 1.3, 4.5 }) {
				double difference = (f.value(z + h) - f.value(z - h)) / (2 * h);
				// central difference: truncation O(h²·f''') ≈ 1e−10, rounding ≈ 1e−16/h ≈ 1e−11
				assertEquals(difference, f.derivative(z), 1e-8, f + " at " + z);
			}
		}
	}

	@Test
	void valuesAtReferencePoints() {
		// erf(1) = 0.8427007929497149 (Abramowitz & Stegun table 7.1)
		assertEquals(0.8427007929497149, new Erf().value(1.0), 1e-15);
		// GELU(1) = Φ(1) = 0.8413447460685429 (standard normal table)
		assertEquals(0.8413447460685429, new Gelu().value(1.0), 1e-15);
		// softplus(0) = log 2; no overflow far out: softplus(1000) = 1000, softplus(−1000) = e^{−1000} underflows to 0
		Softplus softplus = new Softplus();
		assertEquals(Math.log(2), softplus.value(0.0), 1e-16);
		assertEquals(1000.0, softplus.value(1000.0), 0.0);
		assertEquals(0.0, softplus.value(-1000.0), 1e-300);
		assertEquals(1.0, softplus.derivative(1000.0), 0.0);
		assertEquals(0.0, softplus.derivative(-1000.0), 1e-300);
		assertEquals(0.0, new Tanh().derivative(800.0), 0.0);
	}

	@Test
	void kinkConventionsFollowThePaper() {
		// the paper's gradient uses 1{H > 0}: σ'(0) = 0 for ReLU, the negative-side slope for leaky ReLU
		assertEquals(0.0, new Relu().derivative(0.0), 0.0);
		assertEquals(0.1, new LeakyRelu(0.1).derivative(0.0), 0.0);
	}

	@Test
	void numericalDualsOfSmoothActivationsMatchTensorGaussHermite() {
		// independent oracle: 200 × 200 tensor Gauss–Hermite on the Cholesky factor, which converges for smooth σ.
		// Measured: it agrees with GaussianExpectation to 3e−15; Gauss–Hermite with 100 nodes is still 2e−10 off
		// for tanh', so 1e−11 checks the composite rule, not the oracle's own error
		double a = 1.3;
		double b = 0.8;
		double c = 0.6;
		for (ActivationFunction f : List.of(new Tanh(), new Softplus())) {
			assertEquals(gaussHermite(f::value, a, b, c), f.dual(a, b, c), 1e-11, f.toString());
			assertEquals(gaussHermite(f::derivative, a, b, c), f.derivativeDual(a, b, c), 1e-11, f.toString());
		}
	}

	@Test
	void tanhDualsHaveTheirSymmetries() {
		Tanh tanh = new Tanh();
		// tanh is odd and tanh' even: E[σσ] is odd in c, E[σ'σ'] even; at c = 0 they factorise
		assertEquals(0.0, tanh.dual(2, 2, 0), 1e-16);
		assertEquals(-tanh.dual(2, 1, 0.7), tanh.dual(2, 1, -0.7), 1e-15);
		assertEquals(tanh.derivativeDual(2, 1, 0.7), tanh.derivativeDual(2, 1, -0.7), 1e-15);
		double mean = GaussianExpectation.univariate(tanh::derivative, 2);
		assertEquals(mean * mean, tanh.derivativeDual(2, 2, 0), 1e-15);
		assertTrue(tanh.dual(2, 2, 1.0) > 0);
	}

	@Test
	void leakyReluRejectsNonFiniteSlope() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(Double.NaN));
		assertTrue(e.getMessage().contains("slope"));
	}

	private static double gaussHermite(java.util.function.DoubleUnaryOperator f, double a, double b, double c) {
		QuadratureRule rule = GaussHermite.standardNormal(200);
		double rho = c / Math.sqrt(a * b);
		double s = Math.sqrt(1 - rho * rho);
		double sum = 0;
		for (int i = 0; i < rule.size(); i++) {
			double z1 = rule.node(i);
			double inner = 0;
			for (int j = 0; j < rule.size(); j++) {
				inner += rule.weight(j) * f.applyAsDouble(Math.sqrt(b) * (rho * z1 + s * rule.node(j)));
			}
			sum += rule.weight(i) * f.applyAsDouble(Math.sqrt(a) * z1) * inner;
		}
		return sum;
	}
}

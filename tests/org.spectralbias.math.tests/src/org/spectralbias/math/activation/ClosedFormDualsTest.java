package org.spectralbias.math.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every closed-form dual against the numerical default of {@link ActivationFunction} (composite Gauss–Legendre,
 * {@link GaussianExpectation}), which is the oracle here. Measured agreement: ≤ 4e−15 for all of them at the points
 * below; the tolerance 1e−12 leaves room for platform differences in libm while staying far inside the targets
 * (1e−10 smooth, 1e−8 kinked).
 */
class ClosedFormDualsTest {

	private static final double TOLERANCE = 1e-12;

	/** (varU, varV, correlation ρ); covariance ρ√(ab). Includes |ρ| = 1, |ρ| within 1e−12 of 1 and zero variance. */
	private static final double[][] POINTS = { { 1, 1, 0 }, { 1, 1, 0.5 }, { 2, 2, 0.95 }, { 2, 2, -0.95 },
			{ 0.1, 10, 0.9 }, { 10, 0.1, -0.99 }, { 2, 2, 1 - 1e-6 }, { 2, 2, 1 - 1e-12 }, { 2, 2, 1 }, { 2, 2, -1 },
			{ 2, 2, -1 + 1e-10 }, { 3, 0.5, 0.7 }, { 4, 4, 0.99975 }, { 0, 2, 0 }, { 2, 0, 0 }, { 0, 0, 0 } };

	private static final List<ActivationFunction> CLOSED_FORMS = List.of(new Relu(), new LeakyRelu(0.1),
			new LeakyRelu(-1.0), new LeakyRelu(0.2), new Erf(), new Sin(), new Gelu());

	@Test
	void closedFormsAgreeWithQuadrature() {
		for (ActivationFunction closed : CLOSED_FORMS) {
			assertTrue(closed.hasClosedFormDuals(), closed.toString());
			ActivationFunction numerical = ActivationFunction.withNumericalDuals(closed);
			assertFalse(numerical.hasClosedFormDuals());
			for (double[] p : POINTS) {
				double cov = p[2] * Math.sqrt(p[0] * p[1]);
				String where = closed + " at (a, b, rho) = (" + p[0] + ", " + p[1] + ", " + p[2] + ")";
				assertEquals(numerical.dual(p[0], p[1], cov), closed.dual(p[0], p[1], cov), TOLERANCE, "dual " + where);
				assertEquals(numerical.derivativeDual(p[0], p[1], cov), closed.derivativeDual(p[0], p[1], cov),
						TOLERANCE, "derivativeDual " + where);
			}
		}
	}

	@Test
	void reluDualsMatchChoSaulAtKnownAngles() {
		Relu relu = new Relu();
		// Cho & Saul 2009: E[relu(u)relu(v)] = √(ab)(sin θ + (π − θ)cos θ)/(2π); θ = π/2 gives √(ab)/(2π)
		assertEquals(Math.sqrt(6.0) / (2 * Math.PI), relu.dual(2, 3, 0), 1e-16);
		// θ = 0 gives E[relu(u)²] = a/2
		assertEquals(1.0, relu.dual(2, 2, 2), 1e-15);
		// E[H(u)H(v)] = (π − θ)/(2π): 1/4 at θ = π/2, 1/3 at θ = π/3
		assertEquals(0.25, relu.derivativeDual(2, 3, 0), 1e-16);
		assertEquals(1.0 / 3.0, relu.derivativeDual(1, 1, 0.5), 1e-15);
	}

	@Test
	void leakyReluWithSlopeZeroIsRelu() {
		Relu relu = new Relu();
		LeakyRelu leaky = new LeakyRelu(0.0);
		for (double[] p : POINTS) {
			double cov = p[2] * Math.sqrt(p[0] * p[1]);
			assertEquals(relu.dual(p[0], p[1], cov), leaky.dual(p[0], p[1], cov), 1e-16);
		}
	}
}

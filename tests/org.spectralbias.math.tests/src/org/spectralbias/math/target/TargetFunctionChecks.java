package org.spectralbias.math.target;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import org.spectralbias.math.quadrature.GaussLegendre;
import org.spectralbias.math.special.GegenbauerWeight;

import java.util.function.DoubleUnaryOperator;

/** Shared oracles and asserts for the target tests. */
final class TargetFunctionChecks {

	private TargetFunctionChecks() {
	}

	static void assertMessage(String parameter, Executable call) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		assertTrue(e.getMessage().contains(parameter), e.getMessage());
	}

	/**
	 * E[g(t)] for t the projection of a uniform point of S^{D−1}: c_D ∫_0^π g(cos θ) sin^{D−2}θ dθ by n-point
	 * Gauss–Legendre in θ (exact up to round-off for polynomial g once n exceeds (deg g + D)/2 + a few, as the
	 * integrand is then a trigonometric polynomial sampled by a rule of high enough order).
	 */
	static double projectionMean(int dim, int nodes, DoubleUnaryOperator g) {
		return GegenbauerWeight.constant(dim) * GaussLegendre.on(nodes, 0, Math.PI)
				.integrate(theta -> g.applyAsDouble(Math.cos(theta)) * Math.pow(Math.sin(theta), dim - 2));
	}
}

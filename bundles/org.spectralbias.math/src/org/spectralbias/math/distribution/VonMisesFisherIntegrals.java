package org.spectralbias.math.distribution;

import java.util.function.DoubleUnaryOperator;

import org.spectralbias.math.special.GegenbauerWeight;

/**
 * The von Mises–Fisher normaliser and mean resultant length on S^{D−1}, by one-dimensional quadrature over the angle
 * θ to the mean direction (no Bessel functions are formed).
 * <p>
 * With t = cos θ and the projection density c_D (1 − t²)^{(D−3)/2} of the uniform law ({@link GegenbauerWeight}),
 * <pre>
 *   M_D(κ) = E_σ[e^{κ t}] = c_D ∫_0^π e^{κ cos θ} sin^{D−2}θ dθ = Γ(D/2) (κ/2)^{1−D/2} I_{D/2−1}(κ),
 *   A_D(κ) = M_D'(κ)/M_D(κ) = E_vMF[t] = I_{D/2}(κ)/I_{D/2−1}(κ).
 * </pre>
 * The integral is taken as e^κ ∫ e^{g(θ)} dθ with g(θ) = −2κ sin²(θ/2) + (D − 2) ln sin θ, which is unimodal with
 * its maximum where κ sin²θ = (D − 2) cos θ, by {@link UnimodalQuadrature}; working with ln M avoids overflow for any
 * κ. For κ² ≤ max(1, D) the power series M_D(κ) = ₀F₁(; D/2; κ²/4) = Σ_j (κ²/4)^j / (j! (D/2)_j) is summed instead
 * (positive terms, the j-th ratio κ²/(4j(D/2 + j − 1)) ≤ 1/(2j)), which keeps the relative accuracy of
 * ln M ≈ κ²/(2D) and A ≈ κ/D as κ → 0; A uses d/dz ₀F₁(; b; z) = ₀F₁(; b + 1; z)/b, so
 * A = (κ/D) ₀F₁(; D/2 + 1; κ²/4)/₀F₁(; D/2; κ²/4).
 * Stateless; safe for concurrent use.
 */
final class VonMisesFisherIntegrals {

	private VonMisesFisherIntegrals() {
	}

	/**
	 * @return { ln M_D(κ), ln M_D(κ) − κ, A_D(κ) } for D ≥ 2, κ ≥ 0 finite; ln M − κ stays O(ln κ) and keeps its
	 *         absolute accuracy for large κ, ln M keeps its relative accuracy for small κ
	 */
	static double[] logPartitionAndMeanLength(int ambientDim, double kappa) {
		if (kappa * kappa <= Math.max(1.0, ambientDim)) {
			double z = 0.25 * kappa * kappa;
			double b = 0.5 * ambientDim;
			double excess = hypergeometricExcess(b, z);
			double logPartition = Math.log1p(excess);
			return new double[] { logPartition, logPartition - kappa,
					kappa / ambientDim * (1 + hypergeometricExcess(b + 1, z)) / (1 + excess) };
		}
		double m = ambientDim - 2.0;
		DoubleUnaryOperator g = theta -> {
			double s = Math.sin(0.5 * theta);
			double value = -2.0 * kappa * s * s;
			return m == 0 ? value : value + m * Math.log(Math.sin(theta));
		};
		// mode: cos θ* = 2κ / (m + sqrt(m² + 4κ²)), the root in [0, 1] of κ c² + m c − κ = 0
		double c = 2.0 * kappa / (m + Math.sqrt(m * m + 4.0 * kappa * kappa));
		double mode = Math.acos(Math.min(1.0, c));
		double sin2 = (1 - c) * (1 + c);
		double curvature = kappa * c + (m == 0 ? 0.0 : m / sin2);
		UnimodalQuadrature.Weighted rule = UnimodalQuadrature.rule(g, 0.0, Math.PI, mode, 1.0 / Math.sqrt(curvature));
		double mass = rule.rule().integrate(theta -> 1.0);
		double first = rule.rule().integrate(Math::cos);
		double scaledLogPartition = GegenbauerWeight.logConstant(ambientDim) + rule.logScale() + Math.log(mass);
		return new double[] { kappa + scaledLogPartition, scaledLogPartition, first / mass };
	}

	/** ₀F₁(; b; z) − 1 = Σ_{j ≥ 1} z^j / (j! (b)_j) for 0 ≤ z ≤ max(1/4, b/2), summed until it stops changing. */
	private static double hypergeometricExcess(double b, double z) {
		double term = 1;
		double sum = 0;
		for (int j = 1; j < 100; j++) {
			term *= z / (j * (b + j - 1));
			double next = sum + term;
			if (next == sum) {
				break;
			}
			sum = next;
		}
		return sum;
	}
}

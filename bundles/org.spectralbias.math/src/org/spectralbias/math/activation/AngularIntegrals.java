package org.spectralbias.math.activation;

import org.spectralbias.math.special.Arccos;

/**
 * The angular functions J_n(θ) of the arc-cosine kernels (Cho &amp; Saul, "Kernel Methods for Deep Learning", NIPS
 * 2009, eq. 6), as functions of the cosine t = cos θ ∈ [−1, 1]:
 * <ul>
 * <li>J₀(θ) = π − θ</li>
 * <li>J₁(θ) = sin θ + (π − θ) cos θ</li>
 * <li>J₂(θ) = 3 sin θ cos θ + (π − θ)(1 + 2 cos² θ)</li>
 * </ul>
 * They are the rectified-monomial duals: for standard normals (u, v) with correlation t,
 * 2·E[Θ(u)Θ(v) uⁿ vⁿ] = J_n(θ)/π (Θ the Heaviside step).
 * <p>
 * Numerics: π − θ is evaluated as arccos(−t) ({@link Arccos}, within an ulp of {@link StrictMath#acos} and the same
 * doubles as the Gram matrices' batch form) and sin θ as √((1 − t)(1 + t)), so both keep full relative accuracy at
 * t = ±1. Near t = −1, J₁ and J₂ vanish like φ³ and φ⁵ (φ = π − θ) and the closed forms cancel; for φ &lt; 0.01 their
 * Taylor series are used instead (relative error below 1e−16 there).
 * <p>
 * Thread safety: stateless.
 */
public final class AngularIntegrals {

	/** Below this φ = π − θ, J₁ and J₂ are evaluated by their Taylor series. */
	public static final double SERIES_THRESHOLD = 0.01;
	private static final double CLAMP_SLACK = 1e-9;

	private AngularIntegrals() {
	}

	/**
	 * @param t cosine of the angle, in [−1, 1] (an excess up to 1e−9 is treated as rounding and clamped)
	 * @return J₀ = π − arccos t, in [0, π]
	 * @throws IllegalArgumentException when t is NaN or outside [−1, 1] beyond rounding
	 */
	public static double j0(double t) {
		return Arccos.acos(-clampCosine(t));
	}

	/**
	 * @param t cosine of the angle, in [−1, 1] (an excess up to 1e−9 is treated as rounding and clamped)
	 * @return J₁ = sin θ + (π − θ) cos θ, in [0, π]
	 * @throws IllegalArgumentException when t is NaN or outside [−1, 1] beyond rounding
	 */
	public static double j1(double t) {
		double c = clampCosine(t);
		double phi = Arccos.acos(-c);
		if (phi < SERIES_THRESHOLD) {
			// sin φ − φ cos φ = Σ_{k≥1} (−1)^{k+1} 2k/(2k+1)! φ^{2k+1}
			double p2 = phi * phi;
			return phi * p2 * (1.0 / 3.0 - p2 * (1.0 / 30.0 - p2 * (1.0 / 840.0 - p2 / 45360.0)));
		}
		return Math.sqrt((1.0 - c) * (1.0 + c)) + phi * c;
	}

	/**
	 * @param t cosine of the angle, in [−1, 1] (an excess up to 1e−9 is treated as rounding and clamped)
	 * @return J₂ = 3 sin θ cos θ + (π − θ)(1 + 2 cos² θ), in [0, 3π]
	 * @throws IllegalArgumentException when t is NaN or outside [−1, 1] beyond rounding
	 */
	public static double j2(double t) {
		double c = clampCosine(t);
		double phi = Arccos.acos(-c);
		if (phi < SERIES_THRESHOLD) {
			// with t = −cos φ: φ(1 + 2cos²φ) − 3 sin φ cos φ = 4φ⁵/15 − 16φ⁷/315 + 4φ⁹/945 − …
			double p2 = phi * phi;
			return phi * p2 * p2 * (4.0 / 15.0 - p2 * (16.0 / 315.0 - p2 * (4.0 / 945.0)));
		}
		return 3.0 * Math.sqrt((1.0 - c) * (1.0 + c)) * c + phi * (1.0 + 2.0 * c * c);
	}

	/**
	 * Clamps a cosine that overshoots [−1, 1] by rounding.
	 *
	 * @param t a cosine
	 * @return t clamped to [−1, 1]
	 * @throws IllegalArgumentException when t is NaN or outside [−1 − 1e−9, 1 + 1e−9]
	 */
	public static double clampCosine(double t) {
		if (!(Math.abs(t) <= 1.0 + CLAMP_SLACK)) {
			throw new IllegalArgumentException("cosine t must be in [-1, 1], got " + t);
		}
		return Math.max(-1.0, Math.min(1.0, t));
	}
}

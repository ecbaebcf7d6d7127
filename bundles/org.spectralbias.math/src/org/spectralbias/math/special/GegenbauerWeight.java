package org.spectralbias.math.special;

/**
 * The distribution of a projection t = ⟨x, ζ⟩ of a uniform point x on the unit sphere S^{D−1} ⊂ R^D onto a fixed
 * unit vector ζ: density c_D (1 − t²)^{(D−3)/2} on (−1, 1), with
 * c_D = Γ(D/2) / (sqrt(π) Γ((D−1)/2)) (science.md, Funk–Hecke). This is the weight under which the normalised
 * Gegenbauer polynomials of {@link Gegenbauer} are orthogonal.
 * <p>
 * c_D is evaluated without forming Γ values: for D ≤ 21 by the exact ratio c_D = c_{D−2} (D − 2)/(D − 3) from
 * c_2 = 1/π and c_3 = 1/2, for larger D from the asymptotic series of ln[Γ(x + 1/2)/Γ(x)] at x = (D − 1)/2, which
 * avoids the cancellation of a difference of two large log-gamma values. Relative accuracy ~1e−15 for every D.
 * <p>
 * Thread safety: stateless; safe for concurrent use.
 */
public final class GegenbauerWeight {

	private static final int SERIES_FROM = 22;
	private static final double[] SMALL = new double[SERIES_FROM];

	/**
	 * Coefficients of ln[Γ(x + 1/2)/Γ(x)] − (1/2) ln x in odd powers x^{−1}, x^{−3}, …, x^{−15}:
	 * (−1)^{n+1} (B_{n+1}(1/2) − B_{n+1}(0)) / (n(n+1)), from the Bernoulli-polynomial expansion of ln Γ(x + a)
	 * (DLMF 5.11.8).
	 */
	private static final double[] SERIES = { -1.0 / 8, 1.0 / 192, -1.0 / 640, 17.0 / 14336, -31.0 / 18432,
			691.0 / 180224, -5461.0 / 425984, 929569.0 / 15728640 };

	static {
		SMALL[2] = 1.0 / Math.PI;
		SMALL[3] = 0.5;
		for (int d = 4; d < SERIES_FROM; d++) {
			SMALL[d] = SMALL[d - 2] * (d - 2.0) / (d - 3.0);
		}
	}

	private GegenbauerWeight() {
	}

	/**
	 * The normalising constant c_D of the projection density.
	 *
	 * @param ambientDim D ≥ 2
	 * @return c_D; 1/π at D = 2, 1/2 at D = 3, ≈ sqrt(D/(2π)) for large D
	 * @throws IllegalArgumentException when D &lt; 2
	 */
	public static double constant(int ambientDim) {
		checkDimension(ambientDim);
		if (ambientDim < SERIES_FROM) {
			return SMALL[ambientDim];
		}
		return Math.exp(logConstant(ambientDim));
	}

	/**
	 * ln c_D, accurate to ~1e−15 absolute.
	 *
	 * @param ambientDim D ≥ 2
	 * @return ln c_D
	 * @throws IllegalArgumentException when D &lt; 2
	 */
	public static double logConstant(int ambientDim) {
		checkDimension(ambientDim);
		if (ambientDim < SERIES_FROM) {
			return Math.log(SMALL[ambientDim]);
		}
		double x = 0.5 * (ambientDim - 1.0);
		double inv = 1.0 / x;
		double inv2 = inv * inv;
		double sum = 0;
		for (int i = SERIES.length - 1; i >= 0; i--) {
			sum = sum * inv2 + SERIES[i];
		}
		return 0.5 * Math.log(x) + sum * inv - 0.5 * Math.log(Math.PI);
	}

	/**
	 * The projection density c_D (1 − t²)^{(D−3)/2}.
	 *
	 * @param ambientDim D ≥ 2
	 * @param t          in [−1, 1]
	 * @return the density; +∞ at t = ±1 when D = 2, 0 there when D > 3
	 * @throws IllegalArgumentException when D &lt; 2 or t is NaN or outside [−1, 1]
	 */
	public static double density(int ambientDim, double t) {
		checkDimension(ambientDim);
		if (!(t >= -1 && t <= 1)) {
			throw new IllegalArgumentException("t must be in [-1, 1], got " + t);
		}
		double oneMinusT2 = (1 - t) * (1 + t);
		if (ambientDim == 3) {
			return 0.5;
		}
		return Math.exp(logConstant(ambientDim) + 0.5 * (ambientDim - 3.0) * Math.log(oneMinusT2));
	}

	static void checkDimension(int ambientDim) {
		if (ambientDim < 2) {
			throw new IllegalArgumentException("ambient dimension D must be >= 2 (sphere S^{D-1}), got " + ambientDim);
		}
	}
}

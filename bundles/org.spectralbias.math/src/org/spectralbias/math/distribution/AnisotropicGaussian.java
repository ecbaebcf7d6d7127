package org.spectralbias.math.distribution;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * The paper's "non-isotropic Gaussian" input law (Cao et al. §5, Fig. 5): x = S z / |S z| with S = diag(scales) and
 * z ~ N(0, I_D). This is the angular central Gaussian law ACG(Σ), Σ = S² (Tyler 1987), whose density relative to the
 * uniform probability measure is, in closed form,
 * <pre>
 *   p(x) = |Σ|^{−1/2} (xᵀ Σ^{−1} x)^{−D/2} = Π_i s_i^{−1} · (Σ_i x_i²/s_i²)^{−D/2}     (|x| = 1).
 * </pre>
 * It is invariant under a common rescaling of the scales, so only their ratios matter; equal scales give the uniform
 * law. Points concentrate around ±e_i of the largest scales, with density ratio up to (s_max/s_min)^{D−1}.
 * <p>
 * Each point consumes D Gaussian draws (plus D per redraw of a practically impossible near-zero vector). Immutable
 * and safe for concurrent use.
 */
public final class AnisotropicGaussian implements SphereSampler {

	/** The largest allowed ratio between the largest and the smallest scale (keeps Σ x_i²/s_i² finite). */
	public static final double MAX_SCALE_RATIO = 1e150;

	private final double[] scales;
	/** scales / max scale, in (0, 1]. */
	private final double[] relative;
	/** Σ_i ln relative_i = ln |Σ|^{1/2} for the rescaled Σ. */
	private final double logRootDeterminant;
	private final boolean uniform;

	/**
	 * @param scales the standard deviations s_1..s_D along the coordinate axes, D ≥ 2 of them, each finite and &gt; 0,
	 *               with max/min ≤ {@link #MAX_SCALE_RATIO}
	 * @throws IllegalArgumentException when a scale is out of range or there are fewer than two
	 */
	public AnisotropicGaussian(double[] scales) {
		if (scales == null || scales.length < 2) {
			throw new IllegalArgumentException("scales must have length D >= 2, got "
					+ (scales == null ? "null" : scales.length));
		}
		double max = 0;
		double min = Double.POSITIVE_INFINITY;
		for (double s : scales) {
			if (!(s > 0) || !Double.isFinite(s)) {
				throw new IllegalArgumentException("scales entries must be in (0, inf), got " + s);
			}
			max = Math.max(max, s);
			min = Math.min(min, s);
		}
		if (max / min > MAX_SCALE_RATIO) {
			throw new IllegalArgumentException("scales max/min must be in [1, " + MAX_SCALE_RATIO + "], got "
					+ max / min);
		}
		this.scales = scales.clone();
		this.relative = new double[scales.length];
		double logSum = 0;
		for (int i = 0; i < scales.length; i++) {
			relative[i] = scales[i] / max;
			logSum += Math.log(relative[i]);
		}
		this.logRootDeterminant = logSum;
		this.uniform = min == max;
	}

	/**
	 * A geometric scale profile s_i = ratio^{i/(D−1)}, i = 0..D−1, so that one number states the anisotropy: the
	 * scales run from 1 to {@code ratio}.
	 *
	 * @param ambientDim D ≥ 2
	 * @param ratio      s_{D−1}/s_0 in [1/{@link #MAX_SCALE_RATIO}, {@link #MAX_SCALE_RATIO}]; 1 is the uniform law
	 * @return the distribution
	 * @throws IllegalArgumentException when D &lt; 2 or ratio is out of range
	 */
	public static AnisotropicGaussian geometric(int ambientDim, double ratio) {
		Vectors.checkDimension(ambientDim);
		if (!(ratio >= 1 / MAX_SCALE_RATIO && ratio <= MAX_SCALE_RATIO)) {
			throw new IllegalArgumentException("ratio must be in [" + 1 / MAX_SCALE_RATIO + ", " + MAX_SCALE_RATIO
					+ "], got " + ratio);
		}
		double[] s = new double[ambientDim];
		double logRatio = Math.log(ratio);
		for (int i = 0; i < ambientDim; i++) {
			s[i] = Math.exp(logRatio * i / (ambientDim - 1));
		}
		return new AnisotropicGaussian(s);
	}

	@Override
	public int ambientDim() {
		return scales.length;
	}

	/** @return a copy of the scales as given */
	public double[] scales() {
		return scales.clone();
	}

	@Override
	public double[] samplePoint(RandomGenerator rng) {
		Vectors.checkRng(rng);
		double[] y = new double[relative.length];
		do {
			for (int i = 0; i < y.length; i++) {
				y[i] = relative[i] * rng.nextGaussian();
			}
		} while (!Vectors.normaliseInPlace(y));
		return y;
	}

	@Override
	public boolean isUniform() {
		return uniform;
	}

	/**
	 * The ACG density Π s_i^{−1} (Σ x_i²/s_i²)^{−D/2} relative to the uniform probability measure, with the scales
	 * rescaled to max 1 (it is scale-invariant) and the sum formed with a common factor so it cannot overflow. The
	 * formula is evaluated at x/|x|.
	 *
	 * @param x a non-zero vector of length D (normally a unit vector)
	 * @return p(x) ≥ 0; may overflow to +∞ for extreme scale ratios (it reaches (max/min)^{D−1})
	 * @throws IllegalArgumentException when x is null, zero, has the wrong length or a non-finite entry
	 */
	public double density(double[] x) {
		Vectors.checkPoint(x, relative.length);
		double maxRatio = 0;
		double maxAbs = 0;
		for (int i = 0; i < x.length; i++) {
			maxRatio = Math.max(maxRatio, Math.abs(x[i]) / relative[i]);
			maxAbs = Math.max(maxAbs, Math.abs(x[i]));
		}
		if (maxAbs == 0) {
			throw new IllegalArgumentException("x must be a non-zero vector");
		}
		double weighted = 0;
		double plain = 0;
		for (int i = 0; i < x.length; i++) {
			double a = x[i] / relative[i] / maxRatio;
			double b = x[i] / maxAbs;
			weighted += a * a;
			plain += b * b;
		}
		// ln p = −Σ ln s_i − (D/2) ln(xᵀΣ⁻¹x / |x|²)
		double logQuadratic = 2 * Math.log(maxRatio / maxAbs) + Math.log(weighted / plain);
		return Math.exp(-logRootDeterminant - 0.5 * x.length * logQuadratic);
	}

	@Override
	public OptionalDouble relativeDensity(double[] x) {
		return OptionalDouble.of(density(x));
	}

	@Override
	public String toString() {
		return "non-isotropic Gaussian normalised onto S^" + (scales.length - 1) + ", scales "
				+ Arrays.toString(scales);
	}
}

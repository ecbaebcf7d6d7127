package org.spectralbias.math.distribution;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

import org.apache.commons.math3.special.Gamma;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * The paper's Gaussian-mixture input law (Cao et al. §5, Fig. 6): choose component j with probability w_j, draw
 * y = c_j + σ z with z ~ N(0, I_D), and return x = y/|y|. Each component is a projected normal law, whose density
 * relative to the uniform probability measure follows from integrating the Gaussian along the ray through x:
 * <pre>
 *   p_j(x) = |S^{D−1}| ∫_0^∞ r^{D−1} φ_σ(r x − c_j) dr
 *          = 2^{1−D/2}/Γ(D/2) · exp(−(|c_j|² − t²)/(2σ²)) · J_{D−1}(t/σ),   t = ⟨c_j, x⟩,
 *   J_m(a) = ∫_0^∞ s^m exp(−(s − a)²/2) ds,
 * </pre>
 * (s = r/σ). J_m is evaluated in logarithms by composite Gauss–Legendre quadrature around the maximum of the
 * log-concave integrand (relative accuracy ~1e−14), which is stable for every sign and size of a, unlike the
 * three-term recurrence J_m = a J_{m−1} + (m − 1) J_{m−2} for a &lt; 0. A centre at the origin gives the uniform law.
 * <p>
 * Each point consumes one uniform and D Gaussian draws (plus D per redraw of a practically impossible y ≈ 0).
 * Immutable and safe for concurrent use.
 */
public final class GaussianMixture implements SphereSampler {

	/** The smallest supported σ. */
	public static final double MIN_SIGMA = 1e-150;

	/** The largest supported σ. */
	public static final double MAX_SIGMA = 1e150;

	private final double[][] centres;
	private final double[] probabilities;
	private final double sigma;
	private final double[] centreNormsSquared;
	/** ln(2^{1−D/2}/Γ(D/2)). */
	private final double logConstant;

	/**
	 * @param centres K ≥ 1 centres c_j in R^D, D ≥ 2, finite with finite |c_j|² (need not be unit vectors)
	 * @param weights K mixture weights, finite, ≥ 0, with a positive sum (normalised on construction)
	 * @param sigma   the common standard deviation σ in [{@link #MIN_SIGMA}, {@link #MAX_SIGMA}], in the units of
	 *                the centres
	 * @throws IllegalArgumentException when an argument is out of range or the lengths disagree
	 */
	public GaussianMixture(double[][] centres, double[] weights, double sigma) {
		if (centres == null || centres.length == 0) {
			throw new IllegalArgumentException("centres must hold at least one centre");
		}
		if (centres[0] == null || centres[0].length < 2) {
			throw new IllegalArgumentException("centres[0] must have length D >= 2");
		}
		int dim = centres[0].length;
		this.centres = new double[centres.length][];
		this.centreNormsSquared = new double[centres.length];
		for (int j = 0; j < centres.length; j++) {
			double[] c = centres[j];
			if (c == null || c.length != dim) {
				throw new IllegalArgumentException("centres[" + j + "] must have length " + dim);
			}
			for (double e : c) {
				if (!Double.isFinite(e)) {
					throw new IllegalArgumentException("centres[" + j + "] entries must be finite, got " + e);
				}
			}
			this.centres[j] = c.clone();
			centreNormsSquared[j] = Vectors.dot(c, c);
			if (!Double.isFinite(centreNormsSquared[j])) {
				throw new IllegalArgumentException("centres[" + j + "] must have a finite squared norm");
			}
		}
		if (!(sigma >= MIN_SIGMA && sigma <= MAX_SIGMA)) {
			throw new IllegalArgumentException("sigma must be in [" + MIN_SIGMA + ", " + MAX_SIGMA + "], got " + sigma);
		}
		this.probabilities = Vectors.probabilities(weights, centres.length, "weights");
		this.sigma = sigma;
		this.logConstant = (1 - 0.5 * dim) * Math.log(2) - Gamma.logGamma(0.5 * dim);
	}

	/**
	 * K equally weighted components centred at independent uniform unit vectors.
	 *
	 * @param ambientDim D ≥ 2
	 * @param components K ≥ 1
	 * @param sigma      σ in [{@link #MIN_SIGMA}, {@link #MAX_SIGMA}] (relative to the unit norm of the centres)
	 * @param rng        the randomness for the centres (D Gaussian draws each), not null
	 * @return the mixture
	 */
	public static GaussianMixture randomUnitCentres(int ambientDim, int components, double sigma, RandomGenerator rng) {
		Vectors.checkDimension(ambientDim);
		Vectors.checkRng(rng);
		if (components < 1) {
			throw new IllegalArgumentException("components must be in [1, " + Integer.MAX_VALUE + "], got "
					+ components);
		}
		double[] weights = new double[components];
		Arrays.fill(weights, 1.0);
		return new GaussianMixture(SphereSampling.uniform(components, ambientDim, rng), weights, sigma);
	}

	@Override
	public int ambientDim() {
		return centres[0].length;
	}

	/** @return the number of components K */
	public int components() {
		return centres.length;
	}

	/**
	 * @param j component index in [0, K)
	 * @return a copy of centre c_j
	 */
	public double[] centre(int j) {
		return centres[j].clone();
	}

	/** @return a copy of the normalised weights (summing to 1) */
	public double[] weights() {
		return probabilities.clone();
	}

	/** @return σ */
	public double sigma() {
		return sigma;
	}

	@Override
	public double[] samplePoint(RandomGenerator rng) {
		Vectors.checkRng(rng);
		double[] c = centres[Vectors.choose(probabilities, rng)];
		double[] y = new double[c.length];
		do {
			for (int i = 0; i < y.length; i++) {
				y[i] = c[i] + sigma * rng.nextGaussian();
			}
		} while (!Vectors.normaliseInPlace(y));
		return y;
	}

	/** @return whether every centre with positive weight is the origin (then each component is uniform) */
	@Override
	public boolean isUniform() {
		for (int j = 0; j < centres.length; j++) {
			if (probabilities[j] > 0 && centreNormsSquared[j] != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * p(x) = Σ_j w_j p_j(x) with the projected-normal densities p_j of the class comment, relative to the uniform
	 * probability measure. Costs a few hundred logarithms per component.
	 *
	 * @param x a unit vector of length D
	 * @return p(x) ≥ 0
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	public double density(double[] x) {
		Vectors.checkPoint(x, centres[0].length);
		double sum = 0;
		for (int j = 0; j < centres.length; j++) {
			if (probabilities[j] == 0) {
				continue;
			}
			double t = Vectors.dot(centres[j], x);
			// |c|² − t² ≥ 0 for unit x (Cauchy–Schwarz); clamp the round-off
			double offAxis = Math.max(0.0, centreNormsSquared[j] - t * t) / (2 * sigma * sigma);
			int m = x.length - 1;
			sum += probabilities[j] * Math.exp(logConstant - offAxis + logRadialIntegral(m, t / sigma));
		}
		return sum;
	}

	@Override
	public OptionalDouble relativeDensity(double[] x) {
		return OptionalDouble.of(density(x));
	}

	/**
	 * ln J_m(a), J_m(a) = ∫_0^∞ s^m exp(−(s − a)²/2) ds. The log-integrand h(s) = m ln s − (s − a)²/2 is strictly
	 * concave with maximum at s* = (a + sqrt(a² + 4m))/2 (written as 2m/(sqrt(a² + 4m) − a) for a &lt; 0) and
	 * curvature −h''(s*) = m/s*² + 1.
	 *
	 * @param m the power, ≥ 1
	 * @param a the shift, finite
	 * @return ln J_m(a)
	 */
	static double logRadialIntegral(int m, double a) {
		double root = Math.hypot(a, 2.0 * Math.sqrt(m));
		double mode = a >= 0 ? 0.5 * (a + root) : 2.0 * m / (root - a);
		double width = 1.0 / Math.sqrt(m / (mode * mode) + 1.0);
		return UnimodalQuadrature.rule(s -> {
			double d = s - a;
			return m * Math.log(s) - 0.5 * d * d;
		}, 0.0, Double.POSITIVE_INFINITY, mode, width).logIntegral();
	}

	@Override
	public String toString() {
		return "Gaussian mixture normalised onto S^" + (ambientDim() - 1) + ", K = " + centres.length + ", sigma = "
				+ sigma;
	}
}

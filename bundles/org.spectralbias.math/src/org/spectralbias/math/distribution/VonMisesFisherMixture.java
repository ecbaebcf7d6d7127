package org.spectralbias.math.distribution;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

import org.spectralbias.math.sphere.SphereSampling;

/**
 * A mixture of von Mises–Fisher laws on S^{D−1}: component j has mean direction μ_j, concentration κ_j ≥ 0 and
 * weight w_j, with density relative to the uniform probability measure
 * <pre>
 *   p(x) = Σ_j w_j exp(κ_j ⟨μ_j, x⟩) / M_D(κ_j),   M_D(κ) = Γ(D/2) (κ/2)^{1−D/2} I_{D/2−1}(κ),
 * </pre>
 * i.e. the usual normaliser C_D(κ) = κ^{D/2−1} / ((2π)^{D/2} I_{D/2−1}(κ)) times the sphere area
 * |S^{D−1}| = 2π^{D/2}/Γ(D/2) equals 1/M_D(κ). κ = 0 is the uniform law; the mean resultant length is
 * A_D(κ) = E[⟨μ, x⟩] = I_{D/2}(κ)/I_{D/2−1}(κ).
 * <p>
 * ln M_D(κ) is computed once per component by one-dimensional quadrature over the angle to μ (Commons Math has no
 * modified Bessel function I): {@link #logPartition(int, double)}. Points are drawn exactly by Wood's (1994)
 * rejection algorithm; see {@link #samplePoint(RandomGenerator)}.
 * <p>
 * Immutable and safe for concurrent use.
 */
public final class VonMisesFisherMixture implements SphereSampler {

	/** The largest supported concentration. */
	public static final double MAX_KAPPA = 1e12;

	private final double[][] means;
	private final double[] kappas;
	private final double[] probabilities;
	/** ln M_D(κ_j) − κ_j. */
	private final double[] scaledLogPartitions;
	/** Wood's b = (D − 1)/(2κ + sqrt(4κ² + (D − 1)²)), the stable form of (−2κ + sqrt(4κ² + (D−1)²))/(D − 1). */
	private final double[] b;
	/** 1 − x0 with x0 = (1 − b)/(1 + b), i.e. 2b/(1 + b). */
	private final double[] oneMinusX0;
	/** ln(1 − x0²) = ln(4b) − 2 ln(1 + b). */
	private final double[] logOneMinusX0Squared;

	/**
	 * @param means   K ≥ 1 mean directions, each of length D ≥ 2, finite and non-zero (normalised on construction)
	 * @param kappas  K concentrations in [0, {@link #MAX_KAPPA}]
	 * @param weights K mixture weights, finite, ≥ 0, with a positive sum (normalised on construction)
	 * @throws IllegalArgumentException when an argument is out of range or the lengths disagree
	 */
	public VonMisesFisherMixture(double[][] means, double[] kappas, double[] weights) {
		if (means == null || means.length == 0) {
			throw new IllegalArgumentException("means must hold at least one direction");
		}
		int k = means.length;
		this.means = new double[k][];
		this.means[0] = Vectors.unit(means[0], 0, "means[0]");
		int dim = this.means[0].length;
		for (int j = 1; j < k; j++) {
			this.means[j] = Vectors.unit(means[j], dim, "means[" + j + "]");
		}
		if (kappas == null || kappas.length != k) {
			throw new IllegalArgumentException("kappas must have length " + k + ", got "
					+ (kappas == null ? "null" : kappas.length));
		}
		for (double kappa : kappas) {
			if (!(kappa >= 0 && kappa <= MAX_KAPPA)) {
				throw new IllegalArgumentException("kappas entries must be in [0, " + MAX_KAPPA + "], got " + kappa);
			}
		}
		this.kappas = kappas.clone();
		this.probabilities = Vectors.probabilities(weights, k, "weights");
		this.scaledLogPartitions = new double[k];
		this.b = new double[k];
		this.oneMinusX0 = new double[k];
		this.logOneMinusX0Squared = new double[k];
		double m = dim - 1.0;
		for (int j = 0; j < k; j++) {
			double kappa = kappas[j];
			scaledLogPartitions[j] = integrals(dim, kappa)[1];
			b[j] = m / (2 * kappa + Math.sqrt(4 * kappa * kappa + m * m));
			oneMinusX0[j] = 2 * b[j] / (1 + b[j]);
			logOneMinusX0Squared[j] = Math.log(4 * b[j]) - 2 * Math.log1p(b[j]);
		}
	}

	/**
	 * One von Mises–Fisher law.
	 *
	 * @param mean  the mean direction, length D ≥ 2, non-zero (normalised)
	 * @param kappa the concentration in [0, {@link #MAX_KAPPA}]
	 * @return the single-component mixture
	 */
	public static VonMisesFisherMixture single(double[] mean, double kappa) {
		return new VonMisesFisherMixture(new double[][] { mean }, new double[] { kappa }, new double[] { 1 });
	}

	/**
	 * K equally weighted components of one concentration with independent uniform mean directions.
	 *
	 * @param ambientDim D ≥ 2
	 * @param components K ≥ 1
	 * @param kappa      the concentration in [0, {@link #MAX_KAPPA}]
	 * @param rng        the randomness for the means (D Gaussian draws each), not null
	 * @return the mixture
	 */
	public static VonMisesFisherMixture randomMeans(int ambientDim, int components, double kappa, RandomGenerator rng) {
		Vectors.checkDimension(ambientDim);
		Vectors.checkRng(rng);
		if (components < 1) {
			throw new IllegalArgumentException("components must be in [1, " + Integer.MAX_VALUE + "], got "
					+ components);
		}
		double[] kappas = new double[components];
		double[] weights = new double[components];
		Arrays.fill(kappas, kappa);
		Arrays.fill(weights, 1.0);
		return new VonMisesFisherMixture(SphereSampling.uniform(components, ambientDim, rng), kappas, weights);
	}

	/**
	 * ln M_D(κ) = ln E_σ[exp(κ ⟨μ, x⟩)] = ln[Γ(D/2) (κ/2)^{1−D/2} I_{D/2−1}(κ)] for x uniform: minus the log of the
	 * vMF normaliser relative to the uniform probability measure. Computed by the power series of ₀F₁(; D/2; κ²/4)
	 * for κ² ≤ max(1, D) and otherwise by composite Gauss–Legendre quadrature in the angle θ of c_D ∫ e^{κ cos θ}
	 * sin^{D−2}θ dθ, cut where the integrand is e^{−60} below its peak. Relative accuracy ~1e−15 (at most 2e−14
	 * against the closed forms at D = 3, 5 and the series at D ≤ 1000); no overflow for any supported κ.
	 *
	 * @param ambientDim D ≥ 2
	 * @param kappa      κ in [0, {@link #MAX_KAPPA}]
	 * @return ln M_D(κ) ≥ 0; 0 at κ = 0, ≈ κ − ((D − 1)/2) ln κ + ((D − 3)/2) ln 2 − (ln π)/2 + ln Γ(D/2) for
	 *         large κ
	 */
	public static double logPartition(int ambientDim, double kappa) {
		return integrals(ambientDim, kappa)[0];
	}

	/**
	 * The mean resultant length A_D(κ) = E[⟨μ, x⟩] = I_{D/2}(κ)/I_{D/2−1}(κ) of a vMF law, computed as for
	 * {@link #logPartition(int, double)}.
	 *
	 * @param ambientDim D ≥ 2
	 * @param kappa      κ in [0, {@link #MAX_KAPPA}]
	 * @return A in [0, 1); ≈ κ/D for small κ, ≈ 1 − (D − 1)/(2κ) for large κ
	 */
	public static double meanResultantLength(int ambientDim, double kappa) {
		return integrals(ambientDim, kappa)[2];
	}

	private static double[] integrals(int ambientDim, double kappa) {
		Vectors.checkDimension(ambientDim);
		if (!(kappa >= 0 && kappa <= MAX_KAPPA)) {
			throw new IllegalArgumentException("kappa must be in [0, " + MAX_KAPPA + "], got " + kappa);
		}
		return VonMisesFisherIntegrals.logPartitionAndMeanLength(ambientDim, kappa);
	}

	@Override
	public int ambientDim() {
		return means[0].length;
	}

	/** @return the number of components K */
	public int components() {
		return means.length;
	}

	/**
	 * @param j component index in [0, K)
	 * @return a copy of the unit mean direction μ_j
	 */
	public double[] mean(int j) {
		return means[j].clone();
	}

	/** @return a copy of the concentrations */
	public double[] kappas() {
		return kappas.clone();
	}

	/** @return a copy of the normalised weights (summing to 1) */
	public double[] weights() {
		return probabilities.clone();
	}

	/**
	 * Draws a component j with probability w_j, then a point of vMF(μ_j, κ_j) by Wood (1994):
	 * <ol>
	 * <li>b = (D − 1)/(2κ + sqrt(4κ² + (D − 1)²)), x0 = (1 − b)/(1 + b), c = κ x0 + (D − 1) ln(1 − x0²)
	 * (precomputed);</li>
	 * <li>draw Z ~ Beta((D−1)/2, (D−1)/2), here as Z = (1 + t1)/2 with t1 the first coordinate of a uniform point of
	 * S^{D−1} (whose density ∝ (1 − t1²)^{(D−3)/2} is exactly that Beta law), and U ~ U(0, 1);</li>
	 * <li>W = (1 − (1 + b) Z)/(1 − (1 − b) Z);</li>
	 * <li>accept W if κ W + (D − 1) ln(1 − x0 W) − c ≥ ln U, else return to step 2;</li>
	 * <li>draw V uniform on the unit sphere of μ^⊥ and return x = W μ + sqrt(1 − W²) V.</li>
	 * </ol>
	 * The accepted W has the vMF marginal density ∝ e^{κW} (1 − W²)^{(D−3)/2}, so the draw is exact. 1 − W, 1 + W
	 * and the test are formed without cancellation, which keeps large κ accurate. Each attempt consumes D Gaussian and
	 * one uniform draw, the mixture choice one uniform and V D Gaussian draws.
	 *
	 * @param rng the randomness, not null
	 * @return a new unit vector
	 */
	@Override
	public double[] samplePoint(RandomGenerator rng) {
		Vectors.checkRng(rng);
		int j = Vectors.choose(probabilities, rng);
		double kappa = kappas[j];
		int dim = means[j].length;
		double bj = b[j];
		double[] g = new double[dim];
		while (true) {
			// 1 + t1 and 1 − t1 from a Gaussian vector g: t1 = g0/|g|, the small one as |g_rest|²/(|g|(|g| ± g0))
			double rest = 0;
			g[0] = rng.nextGaussian();
			for (int i = 1; i < dim; i++) {
				g[i] = rng.nextGaussian();
				rest += g[i] * g[i];
			}
			double norm = Math.sqrt(rest + g[0] * g[0]);
			if (!(norm > 1e-150)) {
				continue;
			}
			double small = rest / (norm * (norm + Math.abs(g[0])));
			double large = (norm + Math.abs(g[0])) / norm;
			double onePlusT = g[0] >= 0 ? large : small;
			double oneMinusT = g[0] >= 0 ? small : large;
			double u = rng.nextDouble();
			// with Z = (1 + t1)/2: 1 − W = 2b(1 + t1)/den, 1 + W = 2(1 − t1)/den, where
			// den = (1 + b) − (1 − b) t1 = 2b + (1 − b)(1 − t1) has no cancellation
			double denominator = 2 * bj + oneMinusT * (1 - bj);
			double oneMinusW = 2 * bj * onePlusT / denominator;
			double onePlusW = 2 * oneMinusT / denominator;
			double w = 1 - oneMinusW;
			// κ(W − x0) + (D − 1) ln((1 − x0 W)/(1 − x0²)) with 1 − x0 W = (1 − W) + W (1 − x0)
			double test = kappa * (oneMinusX0[j] - oneMinusW)
					+ (dim - 1) * (Math.log(oneMinusW + w * oneMinusX0[j]) - logOneMinusX0Squared[j]);
			if (test >= Math.log(u)) {
				double[] v = Vectors.orthogonalUnit(means[j], rng);
				return Vectors.atCosine(means[j], w, oneMinusW * onePlusW, v);
			}
		}
	}

	@Override
	public boolean isUniform() {
		for (double kappa : kappas) {
			if (kappa != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * p(x) = Σ_j w_j exp(κ_j ⟨μ_j, x⟩ − ln M_D(κ_j)), relative to the uniform probability measure.
	 *
	 * @param x a unit vector of length D (⟨μ_j, x⟩ is clamped to [−1, 1])
	 * @return p(x) ≥ 0
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	public double density(double[] x) {
		Vectors.checkPoint(x, means[0].length);
		double sum = 0;
		for (int j = 0; j < means.length; j++) {
			// κ t − ln M = κ (t − 1) − (ln M − κ): both parts stay small for large κ
			sum += probabilities[j] * Math.exp(kappas[j] * (Vectors.cosine(means[j], x) - 1) - scaledLogPartitions[j]);
		}
		return sum;
	}

	@Override
	public OptionalDouble relativeDensity(double[] x) {
		return OptionalDouble.of(density(x));
	}

	@Override
	public String toString() {
		return "von Mises-Fisher mixture on S^" + (ambientDim() - 1) + ", K = " + means.length + ", kappas "
				+ Arrays.toString(kappas);
	}
}

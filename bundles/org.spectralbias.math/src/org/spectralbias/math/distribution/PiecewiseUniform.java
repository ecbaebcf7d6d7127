package org.spectralbias.math.distribution;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * The paper's piecewise-uniform input law (Cao et al. §5, Fig. 4): a density relative to the uniform probability
 * measure that is constant on each band e_j ≤ t &lt; e_{j+1} of t = ⟨ζ, x⟩, with edges −1 = e_0 &lt; … &lt; e_J = 1:
 * <pre>
 *   p(x) = p_j = w_j / Σ_i w_i m_i   when t ∈ band j,
 * </pre>
 * where m_j = P_σ(e_j ≤ t ≤ e_{j+1}) is the uniform mass of band j ({@link #bandUniformMass(int)}), so that
 * Σ_j p_j m_j = 1. Under this law band j has probability π_j = p_j m_j ({@link #bandMass(int)}), and the local
 * density p_j ({@link #bandDensity(int)}) is what Basri et al. (2020) relate convergence time to (time ∝ 1/p).
 * <p>
 * Sampling is exact (no approximation of the law; quantiles to the ~1e−14 accuracy of its distribution function): a
 * band is chosen with probability π_j; t is drawn from the uniform law's marginal c_D (1 − t²)^{(D−3)/2} restricted
 * to the band by inverting its distribution function (regularised incomplete beta function of Commons Math,
 * safeguarded Newton iteration); then x = t ζ + sqrt(1 − t²) u with u uniform on the unit sphere of ζ^⊥.
 * Given its band, x is then uniform on the band, as the law requires. Each point consumes two uniform and D Gaussian
 * draws. Immutable and safe for concurrent use.
 */
public final class PiecewiseUniform implements SphereSampler {

	private final double[] zeta;
	private final double[] edges;
	private final double[] weights;
	private final ProjectionLaw law;
	private final ProjectionLaw.Band[] bands;
	private final double[] densities;
	private final double[] probabilities;

	/**
	 * @param zeta        the axis ζ, length D ≥ 2, finite, non-zero (normalised on construction)
	 * @param bandEdges   J + 1 ≥ 2 edges, strictly increasing, the first exactly −1 and the last exactly 1
	 * @param bandWeights J relative densities w_j, finite, ≥ 0, with Σ_j w_j m_j &gt; 0 (only ratios matter)
	 * @throws IllegalArgumentException when an argument is out of range or the lengths disagree
	 */
	public PiecewiseUniform(double[] zeta, double[] bandEdges, double[] bandWeights) {
		this.zeta = Vectors.unit(zeta, 0, "zeta");
		if (bandEdges == null || bandEdges.length < 2) {
			throw new IllegalArgumentException("bandEdges must have length >= 2, got "
					+ (bandEdges == null ? "null" : bandEdges.length));
		}
		int count = bandEdges.length - 1;
		if (bandEdges[0] != -1 || bandEdges[count] != 1) {
			throw new IllegalArgumentException("bandEdges must start at -1 and end at 1, got " + bandEdges[0] + " and "
					+ bandEdges[count]);
		}
		for (int j = 0; j < count; j++) {
			if (!(bandEdges[j] < bandEdges[j + 1])) {
				throw new IllegalArgumentException("bandEdges must be strictly increasing in [-1, 1], got "
						+ bandEdges[j] + " before " + bandEdges[j + 1]);
			}
		}
		if (bandWeights == null || bandWeights.length != count) {
			throw new IllegalArgumentException("bandWeights must have length " + count + " (one per band), got "
					+ (bandWeights == null ? "null" : bandWeights.length));
		}
		for (double w : bandWeights) {
			if (!(w >= 0) || !Double.isFinite(w)) {
				throw new IllegalArgumentException("bandWeights entries must be in [0, inf), got " + w);
			}
		}
		this.edges = bandEdges.clone();
		this.weights = bandWeights.clone();
		this.law = new ProjectionLaw(this.zeta.length);
		this.bands = new ProjectionLaw.Band[count];
		double normaliser = 0;
		for (int j = 0; j < count; j++) {
			bands[j] = law.band(edges[j], edges[j + 1]);
			normaliser += weights[j] * bands[j].mass();
		}
		if (!(normaliser > 0) || !Double.isFinite(normaliser)) {
			throw new IllegalArgumentException("bandWeights must give a positive, finite total Σ w_j m_j, got "
					+ normaliser);
		}
		this.densities = new double[count];
		this.probabilities = new double[count];
		for (int j = 0; j < count; j++) {
			densities[j] = weights[j] / normaliser;
			probabilities[j] = densities[j] * bands[j].mass();
		}
	}

	/**
	 * J bands of equal width 2/J in t.
	 *
	 * @param zeta        the axis, length D ≥ 2, non-zero
	 * @param bandWeights J ≥ 1 relative densities, as in the constructor
	 * @return the law
	 */
	public static PiecewiseUniform equalWidth(double[] zeta, double[] bandWeights) {
		if (bandWeights == null || bandWeights.length < 1) {
			throw new IllegalArgumentException("bandWeights must have length >= 1");
		}
		int count = bandWeights.length;
		double[] e = new double[count + 1];
		for (int j = 0; j <= count; j++) {
			e[j] = j == count ? 1.0 : -1.0 + 2.0 * j / count;
		}
		return new PiecewiseUniform(zeta, e, bandWeights);
	}

	/**
	 * Two hemispheres t &lt; 0 and t ≥ 0, the second {@code ratio} times as dense as the first: one number states the
	 * non-uniformity (densities 2/(1 + ratio) and 2 ratio/(1 + ratio)).
	 *
	 * @param zeta  the axis, length D ≥ 2, non-zero
	 * @param ratio p(t ≥ 0)/p(t &lt; 0), finite, &gt; 0
	 * @return the law
	 */
	public static PiecewiseUniform hemispheres(double[] zeta, double ratio) {
		if (!(ratio > 0) || !Double.isFinite(ratio)) {
			throw new IllegalArgumentException("ratio must be in (0, inf), got " + ratio);
		}
		return new PiecewiseUniform(zeta, new double[] { -1, 0, 1 }, new double[] { 1, ratio });
	}

	@Override
	public int ambientDim() {
		return zeta.length;
	}

	/** @return a copy of the unit axis ζ */
	public double[] zeta() {
		return zeta.clone();
	}

	/** @return the number of bands J */
	public int bandCount() {
		return bands.length;
	}

	/** @return a copy of the J + 1 band edges */
	public double[] bandEdges() {
		return edges.clone();
	}

	/** @return a copy of the band weights as given */
	public double[] bandWeights() {
		return weights.clone();
	}

	/**
	 * @param j band index in [0, J)
	 * @return m_j, the probability of band j under the uniform law (the m_j sum to 1)
	 */
	public double bandUniformMass(int j) {
		return bands[j].mass();
	}

	/**
	 * @param j band index in [0, J)
	 * @return π_j = p_j m_j, the probability of band j under this law (the π_j sum to 1)
	 */
	public double bandMass(int j) {
		return probabilities[j];
	}

	/**
	 * @param j band index in [0, J)
	 * @return p_j, the density on band j relative to the uniform probability measure
	 */
	public double bandDensity(int j) {
		return densities[j];
	}

	/**
	 * @param x a unit vector of length D
	 * @return the index j of the band with e_j ≤ ⟨ζ, x⟩ &lt; e_{j+1} (the last band includes t = 1)
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	public int bandOf(double[] x) {
		Vectors.checkPoint(x, zeta.length);
		return bandOfCosine(Vectors.cosine(zeta, x));
	}

	private int bandOfCosine(double t) {
		int index = Arrays.binarySearch(edges, t);
		int j = index >= 0 ? index : -index - 2;
		return Math.max(0, Math.min(bands.length - 1, j));
	}

	@Override
	public double[] samplePoint(RandomGenerator rng) {
		Vectors.checkRng(rng);
		ProjectionLaw.Band band = bands[Vectors.choose(probabilities, rng)];
		double t = law.inverse(band, rng.nextDouble());
		double[] u = Vectors.orthogonalUnit(zeta, rng);
		return Vectors.atCosine(zeta, t, (1 - t) * (1 + t), u);
	}

	/** @return whether all bands have the same weight */
	@Override
	public boolean isUniform() {
		for (double w : weights) {
			if (w != weights[0]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param x a unit vector of length D
	 * @return p_j for the band j of ⟨ζ, x⟩ ({@link #bandOf(double[])})
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	public double density(double[] x) {
		return densities[bandOf(x)];
	}

	@Override
	public OptionalDouble relativeDensity(double[] x) {
		return OptionalDouble.of(density(x));
	}

	@Override
	public String toString() {
		return "piecewise uniform on S^" + (zeta.length - 1) + ", edges " + Arrays.toString(edges) + ", weights "
				+ Arrays.toString(weights);
	}
}

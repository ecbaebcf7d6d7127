package org.example.spectralbias;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

import org.spectralbias.math.distribution.PiecewiseUniform;
import org.spectralbias.math.distribution.SphereSampler;

/**
 * The uniform distribution on the polar cap {x ∈ S^{D−1} : ⟨x, e⟩ ≥ cos θ} around the first coordinate axis
 * e = (1, 0, …, 0), for an angular radius 0 &lt; θ ≤ π (θ = π is the whole sphere).
 * <p>
 * The cap is the workbench's piecewise-uniform law in t = ⟨x, e⟩ with two bands, weight 0 on [−1, cos θ) and 1 on
 * [cos θ, 1]: sampling is exact (t by inverting the uniform law's marginal c_D (1 − t²)^{(D−3)/2} on the band, then
 * a uniform direction orthogonal to e), with no rejection, so small caps cost no more than large ones. The density
 * relative to the uniform measure is 1/m(θ) on the cap and 0 outside, m(θ) being the cap's uniform mass. Immutable
 * and safe for concurrent use.
 */
public final class PolarCap implements SphereSampler {

	private final double theta;
	private final SphereSampler law;

	/**
	 * @param ambientDim D ≥ 2
	 * @param theta      the angular radius θ in (0, π]
	 * @throws IllegalArgumentException when D &lt; 2 or θ is outside (0, π]
	 */
	public PolarCap(int ambientDim, double theta) {
		if (ambientDim < 2) {
			throw new IllegalArgumentException("ambientDim (D) must be >= 2, got " + ambientDim);
		}
		if (!(theta > 0 && theta <= Math.PI)) {
			throw new IllegalArgumentException("theta must be in (0, pi], got " + theta);
		}
		this.theta = theta;
		double[] axis = new double[ambientDim];
		axis[0] = 1;
		double edge = Math.cos(theta);
		this.law = edge <= -1 ? new PiecewiseUniform(axis, new double[] { -1, 1 }, new double[] { 1 })
				: new PiecewiseUniform(axis, new double[] { -1, edge, 1 }, new double[] { 0, 1 });
	}

	/** @return the angular radius θ */
	public double theta() {
		return theta;
	}

	@Override
	public int ambientDim() {
		return law.ambientDim();
	}

	@Override
	public double[] samplePoint(RandomGenerator rng) {
		return law.samplePoint(rng);
	}

	/** @return whether the cap is the whole sphere (θ = π) */
	@Override
	public boolean isUniform() {
		return law.isUniform();
	}

	@Override
	public OptionalDouble relativeDensity(double[] x) {
		return law.relativeDensity(x);
	}

	@Override
	public String toString() {
		return "uniform on the polar cap <x, e_1> >= cos(" + theta + ") of S^" + (ambientDim() - 1);
	}
}

package org.spectralbias.math.distribution;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

import org.spectralbias.math.sphere.SphereSampling;

/**
 * The uniform distribution on S^{D−1} ⊂ R^D, the setting of the paper's main theorem: spherical harmonics are the
 * exact eigenfunctions of the NTK integral operator. Draws are those of {@link SphereSampling} (normalised standard
 * Gaussian vectors, D Gaussian draws per point), so the same seed gives the same points as
 * {@link SphereSampling#uniform(int, int, RandomGenerator)}.
 * <p>
 * Immutable and safe for concurrent use.
 */
public final class UniformSphere implements SphereSampler {

	private final int ambientDim;

	/**
	 * @param ambientDim D ≥ 2
	 * @throws IllegalArgumentException when D &lt; 2
	 */
	public UniformSphere(int ambientDim) {
		this.ambientDim = Vectors.checkDimension(ambientDim);
	}

	@Override
	public int ambientDim() {
		return ambientDim;
	}

	@Override
	public double[] samplePoint(RandomGenerator rng) {
		Vectors.checkRng(rng);
		return SphereSampling.uniformPoint(ambientDim, rng);
	}

	@Override
	public boolean isUniform() {
		return true;
	}

	/**
	 * @param x a unit vector of length D
	 * @return 1 (the density of the uniform law relative to itself)
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	public double density(double[] x) {
		Vectors.checkPoint(x, ambientDim);
		return 1.0;
	}

	@Override
	public OptionalDouble relativeDensity(double[] x) {
		return OptionalDouble.of(density(x));
	}

	@Override
	public String toString() {
		return "uniform on S^" + (ambientDim - 1) + " (D = " + ambientDim + ")";
	}
}

package org.spectralbias.math.distribution;

import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * A probability distribution on the unit sphere S^{D−1} ⊂ R^D that can be sampled and, where a closed form (or a
 * one-dimensional integral evaluated to near machine precision) exists, evaluated as a density.
 * <p>
 * Densities are relative to the uniform probability measure σ on the sphere: a distribution P with
 * dP = p dσ has {@code relativeDensity(x) = p(x)}, so E_σ[p] = 1, p ≡ 1 for the uniform law, and an analysis can
 * relate local convergence time to 1/p(x) (Basri et al. 2020).
 * <p>
 * Contract for implementations: immutable and safe for concurrent use; the ambient dimension D ≥ 2 is fixed at
 * construction; all randomness is taken from the generator argument, in an order that depends only on the
 * generator's output, so equal seeds give equal samples. The generator itself is not thread-safe and must not be
 * shared between threads without synchronisation.
 */
public interface SphereSampler {

	/** @return the ambient dimension D ≥ 2 (points are unit vectors of R^D; the sphere dimension is d = D − 1) */
	int ambientDim();

	/**
	 * Draws one point.
	 *
	 * @param rng the randomness, not null
	 * @return a new unit vector of length D
	 * @throws IllegalArgumentException when rng is null
	 */
	double[] samplePoint(RandomGenerator rng);

	/**
	 * Draws n independent points: the same as n calls of {@link #samplePoint(RandomGenerator)} in order.
	 *
	 * @param n   number of points, ≥ 0
	 * @param rng the randomness, not null
	 * @return an n × D array of unit vectors, each row newly allocated
	 * @throws IllegalArgumentException when n &lt; 0 or rng is null
	 */
	default double[][] sample(int n, RandomGenerator rng) {
		if (n < 0) {
			throw new IllegalArgumentException("n (number of points) must be in [0, " + Integer.MAX_VALUE + "], got "
					+ n);
		}
		Vectors.checkRng(rng);
		double[][] points = new double[n][];
		for (int i = 0; i < n; i++) {
			points[i] = samplePoint(rng);
		}
		return points;
	}

	/** @return whether this is exactly the uniform distribution (so that spherical harmonics are eigenfunctions) */
	boolean isUniform();

	/**
	 * The density at x relative to the uniform probability measure on the sphere, when it is available.
	 *
	 * @param x a unit vector of length D (not re-normalised)
	 * @return p(x) ≥ 0, or empty when this distribution has no density formula
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	OptionalDouble relativeDensity(double[] x);
}

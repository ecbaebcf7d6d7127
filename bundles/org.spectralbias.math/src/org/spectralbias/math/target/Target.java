package org.spectralbias.math.target;

import java.util.List;
import java.util.Optional;

/**
 * A target function f*: S^{D−1} → R for regression on the sphere.
 * <p>
 * Implementations are immutable and safe for concurrent use.
 */
public interface Target {

	/** @return the ambient dimension D ≥ 2 (inputs are unit vectors of R^D; the sphere dimension is d = D − 1) */
	int ambientDim();

	/**
	 * f*(x).
	 *
	 * @param x a unit vector of length D (not re-normalised: off the sphere the formula's natural extension is
	 *          evaluated)
	 * @return f*(x)
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	double value(double[] x);

	/**
	 * f* at each row of a point set.
	 *
	 * @param points n × D unit vectors
	 * @return a new array of the n values
	 * @throws IllegalArgumentException when points is null or a row is invalid for {@link #value(double[])}
	 */
	default double[] values(double[][] points) {
		if (points == null) {
			throw new IllegalArgumentException("points must not be null");
		}
		double[] y = new double[points.length];
		for (int i = 0; i < y.length; i++) {
			y[i] = value(points[i]);
		}
		return y;
	}

	/**
	 * The exact decomposition f*(x) = Σ_i a_i P_{k_i}(⟨ζ_i, x⟩), when f* is a finite sum of zonal Gegenbauer
	 * terms, so that an engine can project residuals per degree (science.md: v_k = (P_k(⟨ζ_k, x_i⟩))_i).
	 *
	 * @return the terms (unmodifiable), or empty when f* has no finite decomposition
	 */
	Optional<List<ZonalTerm>> zonalTerms();
}

package org.spectralbias.math.network;

import org.spectralbias.math.special.Gegenbauer;

/**
 * The paper's measurement of spectral bias (Cao et al. 2021, §5; science.md): the magnitude â_k = |v_kᵀ r| of a
 * residual r along unit vectors v_k, typically v_k = (P_k(⟨ζ_k, x_i⟩))_i normalised, the sampled zonal harmonic of
 * degree k. Thread safety: stateless.
 */
public final class ResidualProjections {

	private static final double UNIT_TOLERANCE = 1e-8;

	private ResidualProjections() {
	}

	/**
	 * @param residual    r, length n
	 * @param unitVectors K vectors of length n and unit Euclidean norm (to 1e−8)
	 * @return |v_kᵀ r| for each k, summed in index order
	 * @throws IllegalArgumentException when a length differs or a vector is not unit
	 */
	public static double[] project(double[] residual, double[][] unitVectors) {
		double[] out = new double[unitVectors.length];
		for (int k = 0; k < unitVectors.length; k++) {
			double[] v = unitVectors[k];
			if (v.length != residual.length) {
				throw new IllegalArgumentException("vector " + k + " has length " + v.length + ", residual "
						+ residual.length);
			}
			double norm2 = 0.0;
			double dot = 0.0;
			for (int i = 0; i < v.length; i++) {
				norm2 += v[i] * v[i];
				dot += v[i] * residual[i];
			}
			if (!(Math.abs(norm2 - 1.0) <= UNIT_TOLERANCE)) {
				throw new IllegalArgumentException("vector " + k + " is not a unit vector: |v|² = " + norm2);
			}
			out[k] = Math.abs(dot);
		}
		return out;
	}

	/**
	 * The normalised sampled zonal harmonic v = p/|p|, p_i = P_k(⟨ζ, x_i⟩) with the Gegenbauer polynomial of
	 * ambient dimension D = ζ.length ({@link Gegenbauer}, P_k(1) = 1).
	 *
	 * @param degree k ≥ 0
	 * @param zeta   the unit direction ζ ∈ R^D, D ≥ 2
	 * @param x      n ≥ 1 points of R^D (normally unit vectors)
	 * @return a unit vector of length n
	 * @throws IllegalArgumentException when dimensions differ or p = 0 (e.g. odd degree on symmetric samples)
	 */
	public static double[] zonalHarmonic(int degree, double[] zeta, double[][] x) {
		int dim = zeta.length;
		Gegenbauer polynomials = new Gegenbauer(dim, degree);
		double[] values = new double[degree + 1];
		double[] p = new double[x.length];
		double norm2 = 0.0;
		for (int i = 0; i < x.length; i++) {
			if (x[i].length != dim) {
				throw new IllegalArgumentException("point " + i + " has " + x[i].length + " components, ζ has " + dim);
			}
			double t = 0.0;
			for (int k = 0; k < dim; k++) {
				t += zeta[k] * x[i][k];
			}
			p[i] = polynomials.evaluate(t, values)[degree];
			norm2 += p[i] * p[i];
		}
		if (!(norm2 > 0.0) || !Double.isFinite(norm2)) {
			throw new IllegalArgumentException("the sampled harmonic has norm " + Math.sqrt(norm2));
		}
		double scale = 1.0 / Math.sqrt(norm2);
		for (int i = 0; i < p.length; i++) {
			p[i] *= scale;
		}
		return p;
	}
}

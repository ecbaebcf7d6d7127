package org.spectralbias.math.target;

import org.spectralbias.math.distribution.Vectors;

/** Validation and small vector operations shared by the targets. Stateless. */
final class Checks {

	private Checks() {
	}

	static int dimension(int ambientDim) {
		if (ambientDim < 2) {
			throw new IllegalArgumentException("ambientDim (D) must be in [2, " + Integer.MAX_VALUE + "], got "
					+ ambientDim);
		}
		return ambientDim;
	}

	static int degree(int degree, String name) {
		if (degree < 0) {
			throw new IllegalArgumentException(name + " must be in [0, " + Integer.MAX_VALUE + "], got " + degree);
		}
		return degree;
	}

	static double finite(double value, String name) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be finite, got " + value);
		}
		return value;
	}

	/**
	 * A unit copy of a direction: finite, non-zero, of length ambientDim (any length ≥ 2 when ambientDim is 0).
	 */
	static double[] unit(double[] v, int ambientDim, String name) {
		return Vectors.unit(v, ambientDim, name);
	}

	/** ⟨ζ, x⟩ after checking x: non-null, length D, finite entries. */
	static double cosine(double[] zeta, double[] x) {
		if (x == null) {
			throw new IllegalArgumentException("x must not be null");
		}
		if (x.length != zeta.length) {
			throw new IllegalArgumentException("x must have length D = " + zeta.length + ", got " + x.length);
		}
		double s = 0;
		for (int i = 0; i < x.length; i++) {
			s += zeta[i] * x[i];
		}
		if (!Double.isFinite(s)) {
			throw new IllegalArgumentException("x entries must be finite");
		}
		return s;
	}

	static int maxDegree(int maxDegree) {
		return degree(maxDegree, "maxDegree");
	}
}

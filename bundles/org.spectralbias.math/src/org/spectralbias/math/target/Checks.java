package org.spectralbias.math.target;

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
		if (v == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		if (ambientDim == 0 ? v.length < 2 : v.length != ambientDim) {
			throw new IllegalArgumentException(name + " must have length " + (ambientDim == 0 ? ">= 2" : ambientDim)
					+ ", got " + v.length);
		}
		double max = 0;
		for (double e : v) {
			finite(e, name + " entries");
			max = Math.max(max, Math.abs(e));
		}
		if (max == 0) {
			throw new IllegalArgumentException(name + " must be a non-zero vector");
		}
		double[] u = new double[v.length];
		double sumSquares = 0;
		for (int i = 0; i < v.length; i++) {
			u[i] = v[i] / max;
			sumSquares += u[i] * u[i];
		}
		double inverse = 1.0 / Math.sqrt(sumSquares);
		for (int i = 0; i < v.length; i++) {
			u[i] *= inverse;
		}
		return u;
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

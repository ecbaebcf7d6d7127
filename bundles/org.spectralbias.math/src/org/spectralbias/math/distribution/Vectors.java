package org.spectralbias.math.distribution;

import java.util.random.RandomGenerator;

/** Validation and small vector operations shared by the samplers and the targets. Stateless. */
public final class Vectors {

	/** Below this squared norm a Gaussian draw is redrawn (it practically never happens). */
	private static final double TINY = 1e-150;

	private Vectors() {
	}

	static int checkDimension(int ambientDim) {
		if (ambientDim < 2) {
			throw new IllegalArgumentException("ambientDim (D) must be in [2, " + Integer.MAX_VALUE + "], got "
					+ ambientDim);
		}
		return ambientDim;
	}

	static void checkRng(RandomGenerator rng) {
		if (rng == null) {
			throw new IllegalArgumentException("rng must not be null (pass e.g. a seeded SplittableRandom)");
		}
	}

	/**
	 * A unit copy of a direction.
	 *
	 * @param v          finite, non-zero, of length {@code ambientDim} (any length ≥ 2 when ambientDim is 0)
	 * @param ambientDim the required length, or 0 for any length ≥ 2
	 * @param name       the parameter name for messages
	 */
	public static double[] unit(double[] v, int ambientDim, String name) {
		if (v == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		if (ambientDim == 0 ? v.length < 2 : v.length != ambientDim) {
			throw new IllegalArgumentException(name + " must have length " + (ambientDim == 0 ? ">= 2" : ambientDim)
					+ ", got " + v.length);
		}
		double max = 0;
		for (double e : v) {
			if (!Double.isFinite(e)) {
				throw new IllegalArgumentException(name + " entries must be finite, got " + e);
			}
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

	/** Checks an evaluation point: non-null, length D, finite entries. */
	static void checkPoint(double[] x, int ambientDim) {
		if (x == null) {
			throw new IllegalArgumentException("x must not be null");
		}
		if (x.length != ambientDim) {
			throw new IllegalArgumentException("x must have length D = " + ambientDim + ", got " + x.length);
		}
		for (double e : x) {
			if (!Double.isFinite(e)) {
				throw new IllegalArgumentException("x entries must be finite, got " + e);
			}
		}
	}

	static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	/** ⟨a, b⟩ clamped to [−1, 1], the cosine between unit vectors. */
	static double cosine(double[] a, double[] b) {
		return Math.max(-1.0, Math.min(1.0, dot(a, b)));
	}

	/**
	 * A uniform unit vector of the great sphere orthogonal to a unit vector ζ: a standard Gaussian vector with its
	 * ζ-component removed, normalised (the projected Gaussian is isotropic in ζ^⊥). Consumes D Gaussian draws.
	 */
	static double[] orthogonalUnit(double[] zeta, RandomGenerator rng) {
		int dim = zeta.length;
		double[] v = new double[dim];
		while (true) {
			for (int i = 0; i < dim; i++) {
				v[i] = rng.nextGaussian();
			}
			// Gram–Schmidt twice: one pass leaves a component of ε|v|/|v_⊥| along ζ, large when v is nearly
			// parallel to ζ (likely in low D); the second pass reduces it to ε ("twice is enough")
			for (int pass = 0; pass < 2; pass++) {
				double along = dot(v, zeta);
				for (int i = 0; i < dim; i++) {
					v[i] -= along * zeta[i];
				}
			}
			double sumSquares = dot(v, v);
			if (sumSquares > TINY) {
				scale(v, 1.0 / Math.sqrt(sumSquares));
				return v;
			}
		}
	}

	/**
	 * t ζ + sqrt(1 − t²) u for unit ζ ⊥ u: the point at cosine t from ζ. {@code oneMinusT2} is 1 − t², passed in
	 * so that callers can form it without cancellation. Overwrites and returns u.
	 */
	static double[] atCosine(double[] zeta, double t, double oneMinusT2, double[] u) {
		double s = Math.sqrt(Math.max(0.0, oneMinusT2));
		for (int i = 0; i < u.length; i++) {
			u[i] = t * zeta[i] + s * u[i];
		}
		return u;
	}

	/** Normalises v in place when |v|² exceeds a tiny threshold; returns false (v unchanged) otherwise. */
	static boolean normaliseInPlace(double[] v) {
		double sumSquares = dot(v, v);
		if (!(sumSquares > TINY) || !Double.isFinite(sumSquares)) {
			return false;
		}
		scale(v, 1.0 / Math.sqrt(sumSquares));
		return true;
	}

	private static void scale(double[] v, double factor) {
		for (int i = 0; i < v.length; i++) {
			v[i] *= factor;
		}
	}

	/**
	 * Validated mixture weights normalised to sum 1.
	 *
	 * @param weights finite, ≥ 0, positive sum, of the given length
	 * @param length  the number of components
	 * @param name    the parameter name for messages
	 */
	static double[] probabilities(double[] weights, int length, String name) {
		if (weights == null || weights.length != length) {
			throw new IllegalArgumentException(name + " must have length " + length + ", got "
					+ (weights == null ? "null" : weights.length));
		}
		double sum = 0;
		for (double w : weights) {
			if (!(w >= 0) || !Double.isFinite(w)) {
				throw new IllegalArgumentException(name + " entries must be in [0, inf), got " + w);
			}
			sum += w;
		}
		if (!(sum > 0) || !Double.isFinite(sum)) {
			throw new IllegalArgumentException(name + " must have a positive, finite sum, got " + sum);
		}
		double[] p = new double[length];
		for (int i = 0; i < length; i++) {
			p[i] = weights[i] / sum;
		}
		return p;
	}

	/**
	 * Index j with probability p_j, from one uniform draw against cumulative sums; components of probability 0
	 * are never chosen.
	 */
	static int choose(double[] p, RandomGenerator rng) {
		double u = rng.nextDouble();
		double cumulative = 0;
		int last = 0;
		for (int j = 0; j < p.length; j++) {
			if (p[j] > 0) {
				cumulative += p[j];
				last = j;
				if (u < cumulative) {
					return j;
				}
			}
		}
		return last;
	}
}

package org.spectralbias.math.linalg;

/**
 * The inner loops of the dense solvers. The axpy forms use one index for every array, which is what C2 needs to
 * vectorise them; the dot products keep several partial sums in a fixed order (C2 does not vectorise
 * floating-point reductions), so their results do not depend on how callers split work between threads.
 */
final class DenseKernels {

	private DenseKernels() {
	}

	/** y[j] += a·x[j] for j in [from, to). */
	static void axpy(double[] y, double a, double[] x, int from, int to) {
		for (int j = from; j < to; j++) {
			y[j] += a * x[j];
		}
	}

	/** y[j] += a·x[j] + b·z[j] for j in [from, to). */
	static void axpy2(double[] y, double a, double[] x, double b, double[] z, int from, int to) {
		for (int j = from; j < to; j++) {
			y[j] += a * x[j] + b * z[j];
		}
	}

	/** y[j] += (a·x[j] + b·z[j]) + (c·v[j] + d·w[j]) for j in [from, to). */
	static void axpy4(double[] y, double a, double[] x, double b, double[] z, double c, double[] v, double d,
			double[] w, int from, int to) {
		for (int j = from; j < to; j++) {
			y[j] += (a * x[j] + b * z[j]) + (c * v[j] + d * w[j]);
		}
	}

	/** out[at + q] += Σ_j x_q[j]·u[j] for q = 0…3, two partial sums each (fixed order, so deterministic). */
	static void dot4(double[] out, int at, double[] x0, double[] x1, double[] x2, double[] x3, double[] u,
			int from, int to) {
		double p0 = 0.0;
		double p1 = 0.0;
		double p2 = 0.0;
		double p3 = 0.0;
		double q0 = 0.0;
		double q1 = 0.0;
		double q2 = 0.0;
		double q3 = 0.0;
		int j = from;
		for (; j + 1 < to; j += 2) {
			double u0 = u[j];
			double u1 = u[j + 1];
			p0 += x0[j] * u0;
			p1 += x1[j] * u0;
			p2 += x2[j] * u0;
			p3 += x3[j] * u0;
			q0 += x0[j + 1] * u1;
			q1 += x1[j + 1] * u1;
			q2 += x2[j + 1] * u1;
			q3 += x3[j + 1] * u1;
		}
		if (j < to) {
			double u0 = u[j];
			p0 += x0[j] * u0;
			p1 += x1[j] * u0;
			p2 += x2[j] * u0;
			p3 += x3[j] * u0;
		}
		out[at] += p0 + q0;
		out[at + 1] += p1 + q1;
		out[at + 2] += p2 + q2;
		out[at + 3] += p3 + q3;
	}

	/** Dot product with four partial sums (fixed order, so deterministic). */
	static double dot(double[] x, double[] y, int from, int to) {
		double s0 = 0.0;
		double s1 = 0.0;
		double s2 = 0.0;
		double s3 = 0.0;
		int j = from;
		for (; j + 3 < to; j += 4) {
			s0 += x[j] * y[j];
			s1 += x[j + 1] * y[j + 1];
			s2 += x[j + 2] * y[j + 2];
			s3 += x[j + 3] * y[j + 3];
		}
		for (; j < to; j++) {
			s0 += x[j] * y[j];
		}
		return (s0 + s1) + (s2 + s3);
	}
}

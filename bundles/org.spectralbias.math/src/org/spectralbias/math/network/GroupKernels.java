package org.spectralbias.math.network;

/**
 * Register-blocked inner loops of {@link NetworkKernel} for a group of {@value #GROUP} samples and one block of
 * neurons, written so that C2's auto-vectoriser turns each loop over the neuron index j into packed FMA
 * instructions: every array of a loop is indexed by the same j, the loop body has no reduction, and each body
 * combines four samples and up to four input components, so that one load of a weight vector serves four
 * samples and one load of an accumulator serves four products (about 0.75 memory accesses per FMA instead of 3).
 * <p>
 * All sums use {@link Math#fma}, which is exactly rounded: results do not depend on whether or how wide C2
 * vectorises, nor on the thread that runs a task.
 * <p>
 * Notation: {@code w[k]} holds input component k's weights over the block's neurons, {@code h0..h3} the
 * pre-activations of the group's samples, {@code xt} the x̃ rows (row q of the group starts at {@code o + q·d}).
 * Stateless.
 */
final class GroupKernels {

	/** Samples per group. */
	static final int GROUP = 4;

	/** Input components per pass. */
	private static final int CHUNK = 4;

	private GroupKernels() {
	}

	/**
	 * h_q[j] = Σ_k x̃_{q,k} w_k[j] for the four samples whose x̃ rows start at {@code o}, {@code o + d}, …: a first
	 * pass over 1–4 components initialises h, then passes of four components accumulate, in increasing k.
	 *
	 * @param xt  x̃ rows, row-major with stride d
	 * @param o   offset of the group's first row
	 * @param d   D̃ ≥ 1
	 * @param w   D̃ rows of the block's weights
	 * @param len neurons in the block
	 */
	static void preActivations(double[] xt, int o, int d, double[][] w, double[] h0, double[] h1, double[] h2,
			double[] h3, int len) {
		int first = (d - 1) % CHUNK + 1;
		switch (first) {
		case 1 -> init1(xt, o, d, w[0], h0, h1, h2, h3, len);
		case 2 -> init2(xt, o, d, w[0], w[1], h0, h1, h2, h3, len);
		case 3 -> init3(xt, o, d, w[0], w[1], w[2], h0, h1, h2, h3, len);
		default -> init4(xt, o, d, w[0], w[1], w[2], w[3], h0, h1, h2, h3, len);
		}
		for (int k = first; k < d; k += CHUNK) {
			accumulate4(xt, o + k, d, w[k], w[k + 1], w[k + 2], w[k + 3], h0, h1, h2, h3, len);
		}
	}

	private static void init1(double[] xt, int o, int d, double[] wa, double[] h0, double[] h1, double[] h2,
			double[] h3, int len) {
		double x0a = xt[o];
		double x1a = xt[o + d];
		double x2a = xt[o + 2 * d];
		double x3a = xt[o + 3 * d];
		for (int j = 0; j < len; j++) {
			double a = wa[j];
			h0[j] = x0a * a;
			h1[j] = x1a * a;
			h2[j] = x2a * a;
			h3[j] = x3a * a;
		}
	}

	private static void init2(double[] xt, int o, int d, double[] wa, double[] wb, double[] h0, double[] h1,
			double[] h2, double[] h3, int len) {
		double x0a = xt[o];
		double x0b = xt[o + 1];
		double x1a = xt[o + d];
		double x1b = xt[o + d + 1];
		double x2a = xt[o + 2 * d];
		double x2b = xt[o + 2 * d + 1];
		double x3a = xt[o + 3 * d];
		double x3b = xt[o + 3 * d + 1];
		for (int j = 0; j < len; j++) {
			double a = wa[j];
			double b = wb[j];
			h0[j] = Math.fma(x0b, b, x0a * a);
			h1[j] = Math.fma(x1b, b, x1a * a);
			h2[j] = Math.fma(x2b, b, x2a * a);
			h3[j] = Math.fma(x3b, b, x3a * a);
		}
	}

	private static void init3(double[] xt, int o, int d, double[] wa, double[] wb, double[] wc, double[] h0,
			double[] h1, double[] h2, double[] h3, int len) {
		double x0a = xt[o];
		double x0b = xt[o + 1];
		double x0c = xt[o + 2];
		double x1a = xt[o + d];
		double x1b = xt[o + d + 1];
		double x1c = xt[o + d + 2];
		double x2a = xt[o + 2 * d];
		double x2b = xt[o + 2 * d + 1];
		double x2c = xt[o + 2 * d + 2];
		double x3a = xt[o + 3 * d];
		double x3b = xt[o + 3 * d + 1];
		double x3c = xt[o + 3 * d + 2];
		for (int j = 0; j < len; j++) {
			double a = wa[j];
			double b = wb[j];
			double c = wc[j];
			h0[j] = Math.fma(x0c, c, Math.fma(x0b, b, x0a * a));
			h1[j] = Math.fma(x1c, c, Math.fma(x1b, b, x1a * a));
			h2[j] = Math.fma(x2c, c, Math.fma(x2b, b, x2a * a));
			h3[j] = Math.fma(x3c, c, Math.fma(x3b, b, x3a * a));
		}
	}

	private static void init4(double[] xt, int o, int d, double[] wa, double[] wb, double[] wc, double[] wd,
			double[] h0, double[] h1, double[] h2, double[] h3, int len) {
		double x0a = xt[o];
		double x0b = xt[o + 1];
		double x0c = xt[o + 2];
		double x0d = xt[o + 3];
		double x1a = xt[o + d];
		double x1b = xt[o + d + 1];
		double x1c = xt[o + d + 2];
		double x1d = xt[o + d + 3];
		double x2a = xt[o + 2 * d];
		double x2b = xt[o + 2 * d + 1];
		double x2c = xt[o + 2 * d + 2];
		double x2d = xt[o + 2 * d + 3];
		double x3a = xt[o + 3 * d];
		double x3b = xt[o + 3 * d + 1];
		double x3c = xt[o + 3 * d + 2];
		double x3d = xt[o + 3 * d + 3];
		for (int j = 0; j < len; j++) {
			double a = wa[j];
			double b = wb[j];
			double c = wc[j];
			double e = wd[j];
			h0[j] = Math.fma(x0d, e, Math.fma(x0c, c, Math.fma(x0b, b, x0a * a)));
			h1[j] = Math.fma(x1d, e, Math.fma(x1c, c, Math.fma(x1b, b, x1a * a)));
			h2[j] = Math.fma(x2d, e, Math.fma(x2c, c, Math.fma(x2b, b, x2a * a)));
			h3[j] = Math.fma(x3d, e, Math.fma(x3c, c, Math.fma(x3b, b, x3a * a)));
		}
	}

	/** h_q += Σ of four components starting at column {@code o − (group's first row offset)}. */
	private static void accumulate4(double[] xt, int o, int d, double[] wa, double[] wb, double[] wc, double[] wd,
			double[] h0, double[] h1, double[] h2, double[] h3, int len) {
		double x0a = xt[o];
		double x0b = xt[o + 1];
		double x0c = xt[o + 2];
		double x0d = xt[o + 3];
		double x1a = xt[o + d];
		double x1b = xt[o + d + 1];
		double x1c = xt[o + d + 2];
		double x1d = xt[o + d + 3];
		double x2a = xt[o + 2 * d];
		double x2b = xt[o + 2 * d + 1];
		double x2c = xt[o + 2 * d + 2];
		double x2d = xt[o + 2 * d + 3];
		double x3a = xt[o + 3 * d];
		double x3b = xt[o + 3 * d + 1];
		double x3c = xt[o + 3 * d + 2];
		double x3d = xt[o + 3 * d + 3];
		for (int j = 0; j < len; j++) {
			double a = wa[j];
			double b = wb[j];
			double c = wc[j];
			double e = wd[j];
			h0[j] = Math.fma(x0d, e, Math.fma(x0c, c, Math.fma(x0b, b, Math.fma(x0a, a, h0[j]))));
			h1[j] = Math.fma(x1d, e, Math.fma(x1c, c, Math.fma(x1b, b, Math.fma(x1a, a, h1[j]))));
			h2[j] = Math.fma(x2d, e, Math.fma(x2c, c, Math.fma(x2b, b, Math.fma(x2a, a, h2[j]))));
			h3[j] = Math.fma(x3d, e, Math.fma(x3c, c, Math.fma(x3b, b, Math.fma(x3a, a, h3[j]))));
		}
	}

	/**
	 * ReLU outputs into per-sample lanes: lanes_q[j] += a[j]·max(h_q[j], 0), computed as
	 * (a[j]/2)·(h + |h|) from {@code halfA} = a/2: h + |h| = 2·max(h, 0) and a/2 are exact (barring overflow
	 * beyond 2^1023 and subnormal a), so the product is the same double, and the loop avoids {@link Math#max}'s
	 * NaN and signed-zero handling, which C2 expands into five vector instructions. Neurons 2j and 2j + 1 of a
	 * symmetric pair (a, −a, equal w) get exactly opposite lane values.
	 */
	static void reluLanes(double[] halfA, double[] h0, double[] h1, double[] h2, double[] h3, double[] l0,
			double[] l1, double[] l2, double[] l3, int len) {
		for (int j = 0; j < len; j++) {
			double aj = halfA[j];
			double z0 = h0[j];
			double z1 = h1[j];
			double z2 = h2[j];
			double z3 = h3[j];
			l0[j] = Math.fma(aj, z0 + Math.abs(z0), l0[j]);
			l1[j] = Math.fma(aj, z1 + Math.abs(z1), l1[j]);
			l2[j] = Math.fma(aj, z2 + Math.abs(z2), l2[j]);
			l3[j] = Math.fma(aj, z3 + Math.abs(z3), l3[j]);
		}
	}

	/**
	 * The ReLU backward factors of four samples with output gradients g_q: c_q[j] = g_q·[h_q[j] &gt; 0]. The
	 * indicator is written branch-free as (s + |s|)/2 with s = signum(h) (exactly 1 for h &gt; 0, 0 for h ≤ 0).
	 * The factor a_r of ∂f/∂w_r, and the second-layer gradient, are applied once per block afterwards
	 * ({@link NetworkKernel#backward}).
	 */
	static void reluMask(double g0, double g1, double g2, double g3, double[] h0, double[] h1, double[] h2,
			double[] h3, double[] c0, double[] c1, double[] c2, double[] c3, int len) {
		for (int j = 0; j < len; j++) {
			double s0 = Math.signum(h0[j]);
			double s1 = Math.signum(h1[j]);
			double s2 = Math.signum(h2[j]);
			double s3 = Math.signum(h3[j]);
			c0[j] = g0 * (0.5 * (s0 + Math.abs(s0)));
			c1[j] = g1 * (0.5 * (s1 + Math.abs(s1)));
			c2[j] = g2 * (0.5 * (s2 + Math.abs(s2)));
			c3[j] = g3 * (0.5 * (s3 + Math.abs(s3)));
		}
	}

	/**
	 * dw_k[j] += Σ_q x̃_{q,k} c_q[j] for all k: components in passes of four, then of two, then one, each sum in
	 * increasing q.
	 */
	static void weightGradients(double[] xt, int o, int d, double[] c0, double[] c1, double[] c2, double[] c3,
			double[][] dw, int len) {
		int k = 0;
		for (; k + CHUNK <= d; k += CHUNK) {
			gradient4(xt, o + k, d, c0, c1, c2, c3, dw[k], dw[k + 1], dw[k + 2], dw[k + 3], len);
		}
		if (k + 2 <= d) {
			gradient2(xt, o + k, d, c0, c1, c2, c3, dw[k], dw[k + 1], len);
			k += 2;
		}
		if (k < d) {
			gradient1(xt, o + k, d, c0, c1, c2, c3, dw[k], len);
		}
	}

	private static void gradient1(double[] xt, int o, int d, double[] c0, double[] c1, double[] c2, double[] c3,
			double[] dk, int len) {
		double x0 = xt[o];
		double x1 = xt[o + d];
		double x2 = xt[o + 2 * d];
		double x3 = xt[o + 3 * d];
		for (int j = 0; j < len; j++) {
			dk[j] = Math.fma(x3, c3[j], Math.fma(x2, c2[j], Math.fma(x1, c1[j], Math.fma(x0, c0[j], dk[j]))));
		}
	}

	private static void gradient2(double[] xt, int o, int d, double[] c0, double[] c1, double[] c2, double[] c3,
			double[] da, double[] db, int len) {
		double x0a = xt[o];
		double x0b = xt[o + 1];
		double x1a = xt[o + d];
		double x1b = xt[o + d + 1];
		double x2a = xt[o + 2 * d];
		double x2b = xt[o + 2 * d + 1];
		double x3a = xt[o + 3 * d];
		double x3b = xt[o + 3 * d + 1];
		for (int j = 0; j < len; j++) {
			double q0 = c0[j];
			double q1 = c1[j];
			double q2 = c2[j];
			double q3 = c3[j];
			da[j] = Math.fma(x3a, q3, Math.fma(x2a, q2, Math.fma(x1a, q1, Math.fma(x0a, q0, da[j]))));
			db[j] = Math.fma(x3b, q3, Math.fma(x2b, q2, Math.fma(x1b, q1, Math.fma(x0b, q0, db[j]))));
		}
	}

	private static void gradient4(double[] xt, int o, int d, double[] c0, double[] c1, double[] c2, double[] c3,
			double[] da, double[] db, double[] dc, double[] dd, int len) {
		double x0a = xt[o];
		double x0b = xt[o + 1];
		double x0c = xt[o + 2];
		double x0d = xt[o + 3];
		double x1a = xt[o + d];
		double x1b = xt[o + d + 1];
		double x1c = xt[o + d + 2];
		double x1d = xt[o + d + 3];
		double x2a = xt[o + 2 * d];
		double x2b = xt[o + 2 * d + 1];
		double x2c = xt[o + 2 * d + 2];
		double x2d = xt[o + 2 * d + 3];
		double x3a = xt[o + 3 * d];
		double x3b = xt[o + 3 * d + 1];
		double x3c = xt[o + 3 * d + 2];
		double x3d = xt[o + 3 * d + 3];
		for (int j = 0; j < len; j++) {
			double q0 = c0[j];
			double q1 = c1[j];
			double q2 = c2[j];
			double q3 = c3[j];
			da[j] = Math.fma(x3a, q3, Math.fma(x2a, q2, Math.fma(x1a, q1, Math.fma(x0a, q0, da[j]))));
			db[j] = Math.fma(x3b, q3, Math.fma(x2b, q2, Math.fma(x1b, q1, Math.fma(x0b, q0, db[j]))));
			dc[j] = Math.fma(x3c, q3, Math.fma(x2c, q2, Math.fma(x1c, q1, Math.fma(x0c, q0, dc[j]))));
			dd[j] = Math.fma(x3d, q3, Math.fma(x2d, q2, Math.fma(x1d, q1, Math.fma(x0d, q0, dd[j]))));
		}
	}
}

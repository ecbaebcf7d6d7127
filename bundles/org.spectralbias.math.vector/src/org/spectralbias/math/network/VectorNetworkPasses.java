package org.spectralbias.math.network;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The gradient-descent passes of a ReLU {@link NetworkKernel} on the Vector API: register tiles of
 * {@value GroupKernels#GROUP} samples × {@value #VECTORS} vectors of neurons keep the pre-activations in
 * registers (16 accumulators), so each weight vector loaded serves four samples and each broadcast input serves
 * four vectors; each tile is one small method, with every Vector API call written out in it, so that C2 inlines
 * them all (helper methods taking vectors were compiled as calls that box the vectors). No loop has a scalar
 * prologue or epilogue: blocks are whole multiples of the vector length and the zero padding of the network's
 * arrays stays zero. The tiles need about 24 vector registers: right for AVX-512 (32 registers); with AVX2 (16)
 * some spill to the stack, which is slower but gives the same results.
 * <p>
 * Determinism: every neuron and sample goes through exactly the operations of {@link NetworkKernel}'s documented
 * order (products, {@code fma}, the ReLU lane update a/2·(h + |h|) and the mask h &gt; 0), lane by lane, so the
 * results are the same doubles as the plain-Java passes whatever the vector length. The task partition (sample
 * blocks forward, neuron blocks backward) is that of the plain passes.
 * <p>
 * Thread safety: as {@link NetworkPasses}.
 */
final class VectorNetworkPasses extends NetworkPasses<VectorNetworkPasses.Scratch> {

	private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
	private static final int L = SPECIES.length();
	/** Vectors of neurons per register tile. */
	private static final int VECTORS = 4;
	private static final int TILE = VECTORS * L;
	private static final int BLOCK = NetworkKernel.NEURON_BLOCK;
	private static final int SAMPLES = NetworkKernel.SAMPLE_BLOCK;
	private static final int GROUP = GroupKernels.GROUP;

	/** Per-thread scratch: lanes of a sample block (forward), gradient sums of a neuron block (backward). */
	static final class Scratch {
		final double[] lanes = new double[SAMPLES * BLOCK];
		final double[] u;

		Scratch(int inputDim) {
			u = new double[inputDim * BLOCK];
		}
	}

	VectorNetworkPasses(NetworkKernel net) {
		super(net);
		if (!net.relu) {
			throw new IllegalArgumentException("the Vector API passes support ReLU only");
		}
		if (BLOCK % TILE != 0 || net.stride % BLOCK != 0 || SAMPLES % GROUP != 0 || GROUP != 4) {
			throw new IllegalStateException("unsupported vector length " + L);
		}
	}

	@Override
	Scratch newScratch() {
		return new Scratch(net.inputDim);
	}

	@Override
	int forwardTasks(int n) {
		return NetworkKernel.sampleBlocks(n);
	}

	@Override
	int backwardTasks() {
		return net.neuronBlocks();
	}

	@Override
	String describe() {
		return "Vector API, " + L + " lanes of float64 (" + SPECIES.vectorBitSize() + "-bit vectors)";
	}

	@Override
	void forward(double[] xt, int n, int task, double[] f, Scratch s) {
		int i0 = task * SAMPLES;
		int count = Math.min(SAMPLES, NetworkKernel.paddedRows(n) - i0);
		double[] lanes = s.lanes;
		java.util.Arrays.fill(lanes, 0, count * BLOCK, 0.0);
		int d = net.inputDim;
		for (int r0 = 0; r0 < net.stride; r0 += BLOCK) {
			for (int q = 0; q < count; q += GROUP) {
				int o = (i0 + q) * d;
				for (int p = 0; p < BLOCK; p += TILE) {
					forwardTile(xt, o, d, r0 + p, lanes, q * BLOCK + p);
				}
			}
		}
		double[] one = new double[BLOCK];
		for (int q = 0; q < count && i0 + q < n; q++) {
			System.arraycopy(lanes, q * BLOCK, one, 0, BLOCK);
			f[i0 + q] = NetworkKernel.sumLanes(one) * net.invSqrtWidth;
		}
	}

	/**
	 * The lanes of four samples (x̃ rows from {@code o}) and two vectors of neurons from r: h in registers, then
	 * lanes[l …] = fma(a/2, h + |h|, lanes[l …]) with sample q's lanes at l + q·{@value #BLOCK}.
	 */
	private void forwardTile(double[] xt, int o, int d, int r, double[] lanes, int l) {
		int stride = net.stride;
		double[] w = net.wT;
		DoubleVector x0 = DoubleVector.broadcast(SPECIES, xt[o]);
		DoubleVector x1 = DoubleVector.broadcast(SPECIES, xt[o + d]);
		DoubleVector x2 = DoubleVector.broadcast(SPECIES, xt[o + 2 * d]);
		DoubleVector x3 = DoubleVector.broadcast(SPECIES, xt[o + 3 * d]);
		DoubleVector wa = DoubleVector.fromArray(SPECIES, w, r);
		DoubleVector wb = DoubleVector.fromArray(SPECIES, w, r + L);
		DoubleVector wc = DoubleVector.fromArray(SPECIES, w, r + 2 * L);
		DoubleVector wd = DoubleVector.fromArray(SPECIES, w, r + 3 * L);
		DoubleVector h0a = wa.mul(x0);
		DoubleVector h0b = wb.mul(x0);
		DoubleVector h0c = wc.mul(x0);
		DoubleVector h0d = wd.mul(x0);
		DoubleVector h1a = wa.mul(x1);
		DoubleVector h1b = wb.mul(x1);
		DoubleVector h1c = wc.mul(x1);
		DoubleVector h1d = wd.mul(x1);
		DoubleVector h2a = wa.mul(x2);
		DoubleVector h2b = wb.mul(x2);
		DoubleVector h2c = wc.mul(x2);
		DoubleVector h2d = wd.mul(x2);
		DoubleVector h3a = wa.mul(x3);
		DoubleVector h3b = wb.mul(x3);
		DoubleVector h3c = wc.mul(x3);
		DoubleVector h3d = wd.mul(x3);
		for (int k = 1; k < d; k++) {
			int row = k * stride + r;
			x0 = DoubleVector.broadcast(SPECIES, xt[o + k]);
			x1 = DoubleVector.broadcast(SPECIES, xt[o + d + k]);
			x2 = DoubleVector.broadcast(SPECIES, xt[o + 2 * d + k]);
			x3 = DoubleVector.broadcast(SPECIES, xt[o + 3 * d + k]);
			wa = DoubleVector.fromArray(SPECIES, w, row);
			wb = DoubleVector.fromArray(SPECIES, w, row + L);
			wc = DoubleVector.fromArray(SPECIES, w, row + 2 * L);
			wd = DoubleVector.fromArray(SPECIES, w, row + 3 * L);
			h0a = wa.fma(x0, h0a);
			h0b = wb.fma(x0, h0b);
			h0c = wc.fma(x0, h0c);
			h0d = wd.fma(x0, h0d);
			h1a = wa.fma(x1, h1a);
			h1b = wb.fma(x1, h1b);
			h1c = wc.fma(x1, h1c);
			h1d = wd.fma(x1, h1d);
			h2a = wa.fma(x2, h2a);
			h2b = wb.fma(x2, h2b);
			h2c = wc.fma(x2, h2c);
			h2d = wd.fma(x2, h2d);
			h3a = wa.fma(x3, h3a);
			h3b = wb.fma(x3, h3b);
			h3c = wc.fma(x3, h3c);
			h3d = wd.fma(x3, h3d);
		}
		// lanes[l …] = fma(a/2, h + |h|, lanes[l …]), written out: C2 must see every Vector API call in one method
		DoubleVector halfa = DoubleVector.fromArray(SPECIES, net.a, r).mul(0.5);
		DoubleVector halfb = DoubleVector.fromArray(SPECIES, net.a, r + L).mul(0.5);
		DoubleVector halfc = DoubleVector.fromArray(SPECIES, net.a, r + 2 * L).mul(0.5);
		DoubleVector halfd = DoubleVector.fromArray(SPECIES, net.a, r + 3 * L).mul(0.5);
		halfa.fma(h0a.add(h0a.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l))
				.intoArray(lanes, l);
		halfb.fma(h0b.add(h0b.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + L))
				.intoArray(lanes, l + L);
		halfc.fma(h0c.add(h0c.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + 2 * L))
				.intoArray(lanes, l + 2 * L);
		halfd.fma(h0d.add(h0d.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + 3 * L))
				.intoArray(lanes, l + 3 * L);
		halfa.fma(h1a.add(h1a.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + BLOCK))
				.intoArray(lanes, l + BLOCK);
		halfb.fma(h1b.add(h1b.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + BLOCK + L))
				.intoArray(lanes, l + BLOCK + L);
		halfc.fma(h1c.add(h1c.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + BLOCK + 2 * L))
				.intoArray(lanes, l + BLOCK + 2 * L);
		halfd.fma(h1d.add(h1d.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + BLOCK + 3 * L))
				.intoArray(lanes, l + BLOCK + 3 * L);
		halfa.fma(h2a.add(h2a.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + 2 * BLOCK))
				.intoArray(lanes, l + 2 * BLOCK);
		halfb.fma(h2b.add(h2b.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + 2 * BLOCK + L))
				.intoArray(lanes, l + 2 * BLOCK + L);
		halfc.fma(h2c.add(h2c.lanewise(VectorOperators.ABS)),
				DoubleVector.fromArray(SPECIES, lanes, l + 2 * BLOCK + 2 * L))
				.intoArray(lanes, l + 2 * BLOCK + 2 * L);
		halfd.fma(h2d.add(h2d.lanewise(VectorOperators.ABS)),
				DoubleVector.fromArray(SPECIES, lanes, l + 2 * BLOCK + 3 * L))
				.intoArray(lanes, l + 2 * BLOCK + 3 * L);
		halfa.fma(h3a.add(h3a.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + 3 * BLOCK))
				.intoArray(lanes, l + 3 * BLOCK);
		halfb.fma(h3b.add(h3b.lanewise(VectorOperators.ABS)), DoubleVector.fromArray(SPECIES, lanes, l + 3 * BLOCK + L))
				.intoArray(lanes, l + 3 * BLOCK + L);
		halfc.fma(h3c.add(h3c.lanewise(VectorOperators.ABS)),
				DoubleVector.fromArray(SPECIES, lanes, l + 3 * BLOCK + 2 * L))
				.intoArray(lanes, l + 3 * BLOCK + 2 * L);
		halfd.fma(h3d.add(h3d.lanewise(VectorOperators.ABS)),
				DoubleVector.fromArray(SPECIES, lanes, l + 3 * BLOCK + 3 * L))
				.intoArray(lanes, l + 3 * BLOCK + 3 * L);
	}

	@Override
	void backward(double[] xt, double[] gs, boolean trainSecond, int task, Scratch s) {
		int d = net.inputDim;
		double[] u = s.u;
		java.util.Arrays.fill(u, 0.0);
		int r0 = task * BLOCK;
		for (int i = 0; i < gs.length; i += GROUP) {
			for (int p = 0; p < BLOCK; p += TILE) {
				backwardTile(xt, i * d, d, gs, i, r0 + p, u, p);
			}
		}
		update(trainSecond, r0, u);
	}

	/**
	 * Adds four samples' terms (x̃ rows from {@code o}, output gradients gs[i …]) to the gradient sums of two
	 * vectors of neurons from r: u_k[p …] += Σ_q x̃_qk c_q with c_q = gs_q where h_q &gt; 0, else 0.
	 */
	private void backwardTile(double[] xt, int o, int d, double[] gs, int i, int r, double[] u, int p) {
		int stride = net.stride;
		double[] w = net.wT;
		DoubleVector x0 = DoubleVector.broadcast(SPECIES, xt[o]);
		DoubleVector x1 = DoubleVector.broadcast(SPECIES, xt[o + d]);
		DoubleVector x2 = DoubleVector.broadcast(SPECIES, xt[o + 2 * d]);
		DoubleVector x3 = DoubleVector.broadcast(SPECIES, xt[o + 3 * d]);
		DoubleVector wa = DoubleVector.fromArray(SPECIES, w, r);
		DoubleVector wb = DoubleVector.fromArray(SPECIES, w, r + L);
		DoubleVector wc = DoubleVector.fromArray(SPECIES, w, r + 2 * L);
		DoubleVector wd = DoubleVector.fromArray(SPECIES, w, r + 3 * L);
		DoubleVector h0a = wa.mul(x0);
		DoubleVector h0b = wb.mul(x0);
		DoubleVector h0c = wc.mul(x0);
		DoubleVector h0d = wd.mul(x0);
		DoubleVector h1a = wa.mul(x1);
		DoubleVector h1b = wb.mul(x1);
		DoubleVector h1c = wc.mul(x1);
		DoubleVector h1d = wd.mul(x1);
		DoubleVector h2a = wa.mul(x2);
		DoubleVector h2b = wb.mul(x2);
		DoubleVector h2c = wc.mul(x2);
		DoubleVector h2d = wd.mul(x2);
		DoubleVector h3a = wa.mul(x3);
		DoubleVector h3b = wb.mul(x3);
		DoubleVector h3c = wc.mul(x3);
		DoubleVector h3d = wd.mul(x3);
		for (int k = 1; k < d; k++) {
			int row = k * stride + r;
			x0 = DoubleVector.broadcast(SPECIES, xt[o + k]);
			x1 = DoubleVector.broadcast(SPECIES, xt[o + d + k]);
			x2 = DoubleVector.broadcast(SPECIES, xt[o + 2 * d + k]);
			x3 = DoubleVector.broadcast(SPECIES, xt[o + 3 * d + k]);
			wa = DoubleVector.fromArray(SPECIES, w, row);
			wb = DoubleVector.fromArray(SPECIES, w, row + L);
			wc = DoubleVector.fromArray(SPECIES, w, row + 2 * L);
			wd = DoubleVector.fromArray(SPECIES, w, row + 3 * L);
			h0a = wa.fma(x0, h0a);
			h0b = wb.fma(x0, h0b);
			h0c = wc.fma(x0, h0c);
			h0d = wd.fma(x0, h0d);
			h1a = wa.fma(x1, h1a);
			h1b = wb.fma(x1, h1b);
			h1c = wc.fma(x1, h1c);
			h1d = wd.fma(x1, h1d);
			h2a = wa.fma(x2, h2a);
			h2b = wb.fma(x2, h2b);
			h2c = wc.fma(x2, h2c);
			h2d = wd.fma(x2, h2d);
			h3a = wa.fma(x3, h3a);
			h3b = wb.fma(x3, h3b);
			h3c = wc.fma(x3, h3c);
			h3d = wd.fma(x3, h3d);
		}
		DoubleVector zero = DoubleVector.zero(SPECIES);
		DoubleVector g0 = DoubleVector.broadcast(SPECIES, gs[i]);
		h0a = zero.blend(g0, h0a.compare(VectorOperators.GT, 0.0));
		h0b = zero.blend(g0, h0b.compare(VectorOperators.GT, 0.0));
		h0c = zero.blend(g0, h0c.compare(VectorOperators.GT, 0.0));
		h0d = zero.blend(g0, h0d.compare(VectorOperators.GT, 0.0));
		DoubleVector g1 = DoubleVector.broadcast(SPECIES, gs[i + 1]);
		h1a = zero.blend(g1, h1a.compare(VectorOperators.GT, 0.0));
		h1b = zero.blend(g1, h1b.compare(VectorOperators.GT, 0.0));
		h1c = zero.blend(g1, h1c.compare(VectorOperators.GT, 0.0));
		h1d = zero.blend(g1, h1d.compare(VectorOperators.GT, 0.0));
		DoubleVector g2 = DoubleVector.broadcast(SPECIES, gs[i + 2]);
		h2a = zero.blend(g2, h2a.compare(VectorOperators.GT, 0.0));
		h2b = zero.blend(g2, h2b.compare(VectorOperators.GT, 0.0));
		h2c = zero.blend(g2, h2c.compare(VectorOperators.GT, 0.0));
		h2d = zero.blend(g2, h2d.compare(VectorOperators.GT, 0.0));
		DoubleVector g3 = DoubleVector.broadcast(SPECIES, gs[i + 3]);
		h3a = zero.blend(g3, h3a.compare(VectorOperators.GT, 0.0));
		h3b = zero.blend(g3, h3b.compare(VectorOperators.GT, 0.0));
		h3c = zero.blend(g3, h3c.compare(VectorOperators.GT, 0.0));
		h3d = zero.blend(g3, h3d.compare(VectorOperators.GT, 0.0));
		for (int k = 0; k < d; k++) {
			int row = k * BLOCK + p;
			x0 = DoubleVector.broadcast(SPECIES, xt[o + k]);
			x1 = DoubleVector.broadcast(SPECIES, xt[o + d + k]);
			x2 = DoubleVector.broadcast(SPECIES, xt[o + 2 * d + k]);
			x3 = DoubleVector.broadcast(SPECIES, xt[o + 3 * d + k]);
			h3a.fma(x3, h2a.fma(x2, h1a.fma(x1, h0a.fma(x0, DoubleVector.fromArray(SPECIES, u, row)))))
					.intoArray(u, row);
			h3b.fma(x3, h2b.fma(x2, h1b.fma(x1, h0b.fma(x0, DoubleVector.fromArray(SPECIES, u, row + L)))))
					.intoArray(u, row + L);
			h3c.fma(x3, h2c.fma(x2, h1c.fma(x1, h0c.fma(x0, DoubleVector.fromArray(SPECIES, u, row + 2 * L)))))
					.intoArray(u, row + 2 * L);
			h3d.fma(x3, h2d.fma(x2, h1d.fma(x1, h0d.fma(x0, DoubleVector.fromArray(SPECIES, u, row + 3 * L)))))
					.intoArray(u, row + 3 * L);
		}
	}

	/** da_r = Σ_k w_rk u_rk (old w, increasing k), w_rk −= a_r u_rk, a_r −= da_r. */
	private void update(boolean trainSecond, int r0, double[] u) {
		int d = net.inputDim;
		int stride = net.stride;
		double[] w = net.wT;
		double[] a = net.a;
		for (int p = 0; p < BLOCK; p += L) {
			int r = r0 + p;
			DoubleVector ar = DoubleVector.fromArray(SPECIES, a, r);
			DoubleVector da = DoubleVector.zero(SPECIES);
			for (int k = 0; k < d; k++) {
				DoubleVector wk = DoubleVector.fromArray(SPECIES, w, k * stride + r);
				DoubleVector uk = DoubleVector.fromArray(SPECIES, u, k * BLOCK + p);
				if (trainSecond) {
					da = wk.fma(uk, da);
				}
				wk.sub(ar.mul(uk)).intoArray(w, k * stride + r);
			}
			if (trainSecond) {
				ar.sub(da).intoArray(a, r);
			}
		}
	}
}

package org.spectralbias.math.kernel;

import org.spectralbias.math.activation.AngularIntegrals;
import org.spectralbias.math.special.Arccos;

/**
 * Closed-form neural tangent kernels of the two-layer ReLU network, on the unit sphere and (homogeneously) off it.
 * <p>
 * With θ the angle between the (augmented) inputs and J_n from {@link AngularIntegrals}:
 * <ul>
 * <li>{@link Variant#PAPER}: Cao et al. (IJCAI 2021), f(x) = √m W₂ σ(W₁x), W₁ ~ N(0, 2/m), W₂ ~ N(0, 1/m):
 * κ(x, y) = ⟨x, y⟩ J₀(θ)/(2π) + |x||y| J₁(θ)/π; on the sphere κ(t) = t κ₁(t) + 2 κ₂(t)
 * = [3t(π − arccos t) + 2√(1 − t²)]/(2π), κ(1) = 3/2, κ(0) = 1/π.</li>
 * <li>{@link Variant#PAPER_WITH_BIAS}: the same network with a bias, i.e. the same kernel on x̃ = (x, 1). On the
 * unit sphere |x̃|² = 2 and ⟨x̃, ỹ⟩ = t + 1, so it is still a function of t: κ(t) = (t + 1) J₀(θ̃)/(2π) + 2 J₁(θ̃)/π
 * with cos θ̃ = (t + 1)/2; κ(1) = 3. Unlike {@link Variant#PAPER} its odd harmonics do not vanish.</li>
 * <li>{@link Variant#BIETTI_MAIRAL}: Bietti &amp; Mairal (NeurIPS 2019) normalisation κ_BM(t) = 2(t κ₁ + κ₂)
 * = t k₀(t) + k₁(t), extended as |x||y| κ_BM(⟨x, y⟩/(|x||y|)); κ_BM(1) = 2.</li>
 * </ul>
 * {@link #value} uses the homogeneous forms, exact for any inputs; {@link #kappa} assumes unit vectors.
 * <p>
 * Thread safety: immutable.
 */
public final class ReluNtk implements DotProductKernel {

	/** Which normalisation of the two-layer ReLU NTK. */
	public enum Variant {
		/** Cao et al. 2021, no bias: t κ₁ + 2 κ₂. */
		PAPER,
		/** Cao et al. 2021 with a first-layer bias (input x̃ = (x, 1)). */
		PAPER_WITH_BIAS,
		/** Bietti &amp; Mairal 2019: 2(t κ₁ + κ₂). */
		BIETTI_MAIRAL
	}

	private static final ReluNtk PAPER = new ReluNtk(Variant.PAPER);
	private static final ReluNtk PAPER_WITH_BIAS = new ReluNtk(Variant.PAPER_WITH_BIAS);
	private static final ReluNtk BIETTI_MAIRAL = new ReluNtk(Variant.BIETTI_MAIRAL);

	/** Entries per batch of {@link #kappaInPlace}. */
	private static final int CHUNK = 256;
	/**
	 * Cosines at or below this go entry by entry: J₁ takes its series for φ &lt; {@link AngularIntegrals#SERIES_THRESHOLD}
	 * = 0.01, i.e. t &lt; −cos 0.01 ≈ −0.99995.
	 */
	private static final double BULK_LOWEST = -0.9999;
	private static final double INV_PI = 1.0 / Math.PI;
	private static final double INV_TWO_PI = 0.5 / Math.PI;

	private final Variant variant;

	private ReluNtk(Variant variant) {
		this.variant = variant;
	}

	/** @return the paper's NTK without bias, κ(t) = t κ₁(t) + 2 κ₂(t) */
	public static ReluNtk paper() {
		return PAPER;
	}

	/** @return the paper's NTK with a first-layer bias (kernel on x̃ = (x, 1)) */
	public static ReluNtk paperWithBias() {
		return PAPER_WITH_BIAS;
	}

	/** @return the Bietti–Mairal normalisation κ_BM = 2(t κ₁ + κ₂) */
	public static ReluNtk biettiMairal() {
		return BIETTI_MAIRAL;
	}

	/**
	 * @param variant the normalisation
	 * @return the shared instance for that variant
	 */
	public static ReluNtk of(Variant variant) {
		return switch (variant) {
		case PAPER -> PAPER;
		case PAPER_WITH_BIAS -> PAPER_WITH_BIAS;
		case BIETTI_MAIRAL -> BIETTI_MAIRAL;
		};
	}

	/** @return the normalisation */
	public Variant variant() {
		return variant;
	}

	@Override
	public double kappa(double t) {
		double c = AngularIntegrals.clampCosine(t);
		return switch (variant) {
		case PAPER -> homogeneous(c, 1.0, 1.0, 1.0);
		case PAPER_WITH_BIAS -> homogeneous(c + 1.0, 2.0, 2.0, 1.0);
		case BIETTI_MAIRAL -> homogeneous(c, 1.0, 1.0, 2.0);
		};
	}

	/**
	 * For {@link Variant#PAPER}: the entries in chunks of {@value #CHUNK}, each with one batch {@link Arccos} call and
	 * small loops that C2 vectorises; the arithmetic is that of {@link #kappa} (so the same values bit for bit). A
	 * chunk holding an invalid cosine, or one within 1e−4 of −1 (where J₁ takes its series), is computed entry by
	 * entry by {@link #kappa}. The other variants use {@link #kappa}.
	 */
	@Override
	public void kappaInPlace(double[] t, int from, int to) {
		if (variant != Variant.PAPER) {
			DotProductKernel.super.kappaInPlace(t, from, to);
			return;
		}
		int size = Math.min(CHUNK, to - from);
		if (size <= 0) {
			return;
		}
		double[] negated = new double[size];
		double[] values = new double[size];
		for (int start = from; start < to; start += CHUNK) {
			int n = Math.min(CHUNK, to - start);
			if (!closedFormApplies(t, start, n)) {
				for (int i = start; i < start + n; i++) {
					t[i] = kappa(t[i]);
				}
				continue;
			}
			// the loops only touch the local arrays (C2 does not vectorise a loop that stores into t at an offset)
			for (int i = 0; i < n; i++) {
				negated[i] = -Math.min(t[start + i], 1.0); // −clampCosine(t), as t > BULK_LOWEST
			}
			Arccos.acos(negated, values, n); // φ = π − θ = J₀
			for (int i = 0; i < n; i++) {
				double c = -negated[i];
				double phi = values[i];
				// homogeneous(c, 1, 1, 1) with J₁ = √((1 − c)(1 + c)) + φc (AngularIntegrals.j1 above its series)
				values[i] = c * phi * INV_TWO_PI + (Math.sqrt((1.0 - c) * (1.0 + c)) + phi * c) * INV_PI;
			}
			System.arraycopy(values, 0, t, start, n);
		}
	}

	/** Whether every t[start + i], i &lt; n, is a valid cosine above {@link #BULK_LOWEST} (NaN is not). */
	private static boolean closedFormApplies(double[] t, int start, int n) {
		for (int i = start; i < start + n; i++) {
			if (!(t[i] > BULK_LOWEST && t[i] <= 1.0 + 1e-9)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public double value(double[] x, double[] y) {
		double xy = DotProductKernel.dot(x, y);
		double xx = DotProductKernel.dot(x, x);
		double yy = DotProductKernel.dot(y, y);
		if (variant == Variant.PAPER_WITH_BIAS) {
			return homogeneous(xy + 1.0, xx + 1.0, yy + 1.0, 1.0);
		}
		return homogeneous(xy, xx, yy, variant == Variant.BIETTI_MAIRAL ? 2.0 : 1.0);
	}

	/**
	 * gradientWeight·⟨x, y⟩ J₀(θ)/(2π) + |x||y| J₁(θ)/π, the NTK of the ReLU net with c_w = 2 (E[σσ] = 2|x||y|J₁/(2π),
	 * E[σ'σ'] = J₀/(2π)); gradientWeight = 2 gives Bietti–Mairal.
	 */
	private static double homogeneous(double xy, double xx, double yy, double gradientWeight) {
		double normProduct = Math.sqrt(xx * yy);
		if (normProduct == 0.0) {
			return 0.0;
		}
		double t = xy / normProduct;
		return gradientWeight * xy * AngularIntegrals.j0(t) * INV_TWO_PI + normProduct * AngularIntegrals.j1(t) * INV_PI;
	}

	@Override
	public String toString() {
		return "ReluNtk(" + variant + ")";
	}
}

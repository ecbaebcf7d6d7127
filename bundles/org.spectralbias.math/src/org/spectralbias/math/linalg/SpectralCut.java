package org.spectralbias.math.linalg;

import java.util.Locale;
import java.util.Objects;

/**
 * Where to cut a spectrum so that the leading eigenvectors are well defined. The top-k eigenvectors of a symmetric
 * matrix are determined (as a subspace) only when λ_k &gt; λ_{k+1}; their error is about residual/(λ_k − λ_{k+1})
 * (Davis–Kahan; Parlett, The Symmetric Eigenvalue Problem, §11.7). Kernels diagonalised by spherical harmonics have
 * clusters of equal eigenvalues (the ReLU NTK on S⁹: degree 2 has 54, degree 4 has 660), which a finite sample
 * splits only by sampling noise; a cut inside such a cluster picks an arbitrary part of it.
 * <p>
 * A cut after index k (1-based) counts as a gap when the relative drop (λ_k − λ_{k+1})/|λ_k| is at least the
 * threshold ({@value #DEFAULT_THRESHOLD} by default: the drops between the NTK's degree blocks are 50–90 %, those
 * inside a block of a few thousand samples well under 1 %).
 *
 * @param requested   the k asked for
 * @param chosen      the nearest k at a gap (the requested one when it is at a gap, or when no gap was found)
 * @param relativeGap (λ_k − λ_{k+1})/|λ_k| at the requested k
 * @param atGap       whether the requested k is at a gap
 * @param threshold   the relative drop that counts as a gap
 */
public record SpectralCut(int requested, int chosen, double relativeGap, boolean atGap, double threshold) {

	/** Default relative drop that counts as a gap. */
	public static final double DEFAULT_THRESHOLD = 0.05;

	/**
	 * @param descending eigenvalues λ_1 ≥ λ_2 ≥ …, at least k + 1 of them (more lets a gap above k be found)
	 * @param k          the requested number of leading eigenpairs, in [1, descending.length − 1]
	 * @param threshold  the relative drop that counts as a gap, in (0, 1]
	 * @return the cut: the nearest k' with a relative drop ≥ threshold (ties go to the smaller k'), among
	 *         k' in [1, descending.length − 1]
	 * @throws IllegalArgumentException when k or the threshold is out of range
	 */
	public static SpectralCut choose(double[] descending, int k, double threshold) {
		Objects.requireNonNull(descending, "descending");
		if (k < 1 || k >= descending.length) {
			throw new IllegalArgumentException("need 1 <= k < " + descending.length + " (one eigenvalue past k), got "
					+ k);
		}
		if (!(threshold > 0.0 && threshold <= 1.0)) {
			throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
		}
		double here = relativeDrop(descending, k);
		if (here >= threshold) {
			return new SpectralCut(k, k, here, true, threshold);
		}
		for (int distance = 1; distance < descending.length; distance++) {
			int below = k - distance;
			int above = k + distance;
			if (below >= 1 && relativeDrop(descending, below) >= threshold) {
				return new SpectralCut(k, below, here, false, threshold);
			}
			if (above < descending.length && relativeDrop(descending, above) >= threshold) {
				return new SpectralCut(k, above, here, false, threshold);
			}
		}
		return new SpectralCut(k, k, here, false, threshold);
	}

	/** @return (λ_k − λ_{k+1})/|λ_k| (1-based k), 0 when λ_k = 0 */
	public static double relativeDrop(double[] descending, int k) {
		double a = descending[k - 1];
		double b = descending[k];
		return a == 0.0 ? 0.0 : (a - b) / Math.abs(a);
	}

	/** @return whether a gap other than the requested k was found */
	public boolean moved() {
		return chosen != requested;
	}

	/** @return a sentence for a person: whether the cut is at a gap and, if not, where the nearest one is */
	public String describe() {
		if (atGap) {
			return String.format(Locale.ROOT, "k = %d is at a spectral gap (λ_k − λ_k+1 = %.3g of λ_k)", requested,
					relativeGap);
		}
		return String.format(Locale.ROOT, "k = %d cuts inside a cluster of nearly equal eigenvalues "
				+ "(λ_k − λ_k+1 = %.2g of λ_k, below %.2g): the eigenvectors at the cut are ill-defined; %s",
				requested, relativeGap, threshold,
				moved() ? "the nearest gap is at k = " + chosen : "no gap was found among the eigenvalues computed");
	}
}

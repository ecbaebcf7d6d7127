package org.spectralbias.math.linalg;

import java.util.Arrays;
import java.util.Objects;

/**
 * The leading eigenpairs found by {@link LanczosEigensolver}, with what a caller needs to judge them.
 * <p>
 * {@code gap} is λ_k − λ_{k+1}, the distance from the last returned eigenvalue to the next one (also computed to the
 * tolerance). Eigenvectors are well defined only when it is large compared with the residuals: if λ_k and λ_{k+1}
 * are equal or nearly so, the top-k cut lies inside a cluster and the returned vectors span an arbitrary part of
 * it (the error of a Ritz vector is about residual/gap, Davis–Kahan; Parlett, The Symmetric Eigenvalue Problem,
 * §11.7). Choose k at a spectral gap, e.g. from a first values-only run with a larger k.
 *
 * @param eigen     the k leading eigenvalues, descending, and the n × k unit eigenvectors when requested
 * @param gap       λ_k − λ_{k+1} ≥ 0, or NaN when k = 0 or k = n
 * @param residuals estimated residual norms ‖A x_c − λ_c x_c‖ of the k pairs (Ritz estimates β·|y_mc|)
 * @param restarts  number of thick restarts performed
 * @param products  number of operator products (matrix-vector multiplications)
 * @param converged whether the k + 1 leading pairs met the tolerance before the restart limit
 */
public record LanczosResult(Eigen eigen, double gap, double[] residuals, int restarts, int products,
		boolean converged) {

	/**
	 * @throws IllegalArgumentException when residuals does not have one entry per eigenvalue
	 */
	public LanczosResult {
		Objects.requireNonNull(eigen, "eigen");
		Objects.requireNonNull(residuals, "residuals");
		if (residuals.length != eigen.count()) {
			throw new IllegalArgumentException("need one residual per eigenvalue");
		}
	}

	/** @return gap / |λ₁|: the gap relative to the largest eigenvalue (NaN when undefined) */
	public double relativeGap() {
		double largest = eigen.count() == 0 ? Double.NaN : Math.abs(eigen.values()[0]);
		return gap / largest;
	}

	/** @return the largest estimated residual norm, 0 when k = 0 */
	public double maxResidual() {
		return Arrays.stream(residuals).max().orElse(0.0);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LanczosResult r && r.eigen.equals(eigen) && Double.compare(r.gap, gap) == 0
				&& Arrays.equals(r.residuals, residuals) && r.restarts == restarts && r.products == products
				&& r.converged == converged;
	}

	@Override
	public int hashCode() {
		return Objects.hash(eigen, gap, Arrays.hashCode(residuals), restarts, products, converged);
	}

	@Override
	public String toString() {
		return "LanczosResult[k=" + eigen.count() + ", gap=" + gap + ", maxResidual=" + maxResidual() + ", restarts="
				+ restarts + ", products=" + products + (converged ? "" : ", NOT converged") + "]";
	}
}

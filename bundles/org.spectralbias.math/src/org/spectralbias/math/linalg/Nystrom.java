package org.spectralbias.math.linalg;

import java.util.Objects;

import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.PairKernel;

/**
 * Nyström estimates of the integral operator L_κ f(s) = ∫ κ(x, s) f(x) dτ(x) from n sample points x_i ~ τ: the
 * eigenvalues of K/n (K the Gram matrix) approximate the operator's λ₁ ≥ λ₂ ≥ …, and an eigenvector v of K/n
 * samples the eigenfunction as φ(x_i) ≈ √n·v_i (normalised in L² of the empirical measure). At finite n the small
 * eigenvalues are biased upward (science.md).
 * <p>
 * Progress: the Gram matrix reports per tile, then the eigensolver restarts the task. Thread safety: stateless.
 */
public final class Nystrom {

	private Nystrom() {
	}

	/**
	 * The {@code top} largest eigenvalues of K/n, with the default eigensolver and all processors.
	 *
	 * @param kernel   the kernel
	 * @param points   the n sample points, equal dimensions
	 * @param top      how many, in [0, n]
	 * @param progress progress and cancellation
	 * @return the eigenvalues in descending order
	 * @throws IllegalArgumentException                 when top is out of range
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	public static double[] eigenvalues(PairKernel kernel, double[][] points, int top, Progress progress) {
		return eigen(kernel, points, top, false, progress).values();
	}

	/**
	 * The {@code top} leading eigenpairs of K/n, with the default eigensolver and all processors.
	 *
	 * @param kernel      the kernel
	 * @param points      the n sample points, equal dimensions
	 * @param top         how many, in [0, n]
	 * @param wantVectors whether to return the unit eigenvectors (n × top, layout of {@link Eigen})
	 * @param progress    progress and cancellation
	 * @return the eigenpairs
	 */
	public static Eigen eigen(PairKernel kernel, double[][] points, int top, boolean wantVectors, Progress progress) {
		requireTop(top, points.length);
		GramMatrix gram = GramMatrix.compute(kernel, points, progress);
		return eigen(gram, top, wantVectors, SymmetricEigensolver.defaultSolver(), progress);
	}

	/**
	 * The {@code top} leading eigenpairs of K/n for a computed Gram matrix.
	 *
	 * @param gram        K; not modified
	 * @param top         how many, in [0, n]
	 * @param wantVectors whether to return the unit eigenvectors
	 * @param solver      the eigensolver
	 * @param progress    progress and cancellation
	 * @return the eigenpairs: eigenvalues of K divided by n, eigenvectors of K
	 */
	public static Eigen eigen(GramMatrix gram, int top, boolean wantVectors, SymmetricEigensolver solver,
			Progress progress) {
		Objects.requireNonNull(solver, "solver");
		int n = gram.n();
		requireTop(top, n);
		Eigen eigen = solver.decomposeTop(gram.data(), n, top, wantVectors, progress);
		double[] values = eigen.values().clone();
		for (int k = 0; k < values.length; k++) {
			values[k] /= n;
		}
		return new Eigen(n, values, eigen.vectors());
	}

	private static void requireTop(int top, int n) {
		if (top < 0 || top > n) {
			throw new IllegalArgumentException("top must be in [0, n=" + n + "], got " + top);
		}
	}
}

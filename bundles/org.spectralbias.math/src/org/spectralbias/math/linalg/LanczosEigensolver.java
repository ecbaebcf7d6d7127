package org.spectralbias.math.linalg;

import java.util.Objects;

import org.spectralbias.math.Progress;

/**
 * The k largest eigenpairs of a symmetric operator by thick-restart Lanczos with full reorthogonalisation (Wu &amp;
 * Simon, SIAM J. Matrix Anal. Appl. 22(2), 2000; equivalently Stewart's Krylov–Schur method for symmetric matrices,
 * SIAM J. Matrix Anal. Appl. 23(3), 2001). Each cycle extends an orthonormal Krylov basis to m vectors
 * (m = max(2(k + 1), k + 21), at most n) by classical Gram–Schmidt applied twice, solves the m × m projected problem
 * with {@link HouseholderQlEigensolver}, and restarts from the leading Ritz vectors and the residual direction.
 * <p>
 * The k + 1 leading pairs are iterated to convergence so that {@link LanczosResult#gap()} reports λ_k − λ_{k+1}: a
 * cut inside a cluster of (nearly) equal eigenvalues gives ill-defined eigenvectors, so callers should choose k at a
 * gap. A pair counts as converged when its Ritz residual estimate is at most tolerance·max|θ| (θ the Ritz values,
 * approximating ‖A‖); eigenvalue errors are then about residual²/gap, eigenvector errors residual/gap. Because a
 * single start vector is used, an eigenvalue of multiplicity r &gt; 1 is resolved r times only through rounding
 * and restarts, slowly; for exactly repeated leading eigenvalues prefer the dense solver.
 * <p>
 * Cost per cycle: m − p operator products plus O(n·m²) for orthogonalisation and restart; memory about 2(m + 1)·n
 * doubles. Progress: one unit per restart out of maxRestarts + 1; cancellation is polled before every product.
 * The start vector is pseudo-random with a fixed seed, so results are reproducible and, with a deterministic
 * operator such as {@link DenseSymmetricOperator}, independent of its thread count.
 * <p>
 * Thread safety: immutable; concurrent calls on different operators are independent.
 */
public final class LanczosEigensolver {

	/** Default relative residual tolerance. */
	public static final double DEFAULT_TOLERANCE = 1e-12;
	/** Default limit on thick restarts. */
	public static final int DEFAULT_MAX_RESTARTS = 500;

	private final double tolerance;
	private final int maxRestarts;

	/** A solver with {@link #DEFAULT_TOLERANCE} and {@link #DEFAULT_MAX_RESTARTS}. */
	public LanczosEigensolver() {
		this(DEFAULT_TOLERANCE, DEFAULT_MAX_RESTARTS);
	}

	/**
	 * @param tolerance   relative residual tolerance, in [1e−15, 1e−1]
	 * @param maxRestarts limit on thick restarts, ≥ 0; when reached the result has {@code converged() == false}
	 * @throws IllegalArgumentException when a parameter is out of range
	 */
	public LanczosEigensolver(double tolerance, int maxRestarts) {
		if (!(tolerance >= 1e-15 && tolerance <= 1e-1)) {
			throw new IllegalArgumentException("tolerance must be in [1e-15, 1e-1], got " + tolerance);
		}
		if (maxRestarts < 0) {
			throw new IllegalArgumentException("maxRestarts must be >= 0, got " + maxRestarts);
		}
		this.tolerance = tolerance;
		this.maxRestarts = maxRestarts;
	}

	/**
	 * The k largest eigenpairs of a dense row-major matrix, with products on all available processors.
	 *
	 * @param symmetricRowMajor the n × n matrix, entry (i, j) at i·n + j; not modified
	 * @param n                 the order, ≥ 0
	 * @param k                 how many, in [0, n]
	 * @param wantVectors       whether to return the eigenvectors
	 * @param progress          progress and cancellation
	 * @return the eigenpairs, the gap below them and convergence information
	 */
	public LanczosResult solve(double[] symmetricRowMajor, int n, int k, boolean wantVectors, Progress progress) {
		try (DenseSymmetricOperator operator = new DenseSymmetricOperator(symmetricRowMajor, n)) {
			return solve(operator, k, wantVectors, progress);
		}
	}

	/**
	 * The k largest eigenpairs of a symmetric operator.
	 *
	 * @param operator    the operator; {@link SymmetricOperator#multiply} is called from this thread
	 * @param k           how many, in [0, n]
	 * @param wantVectors whether to return the eigenvectors (n × k, layout of {@link Eigen}, unit norm)
	 * @param progress    one unit per restart; polled before every operator product
	 * @return the eigenpairs, the gap λ_k − λ_{k+1} and convergence information; check
	 *         {@link LanczosResult#converged()}
	 * @throws IllegalArgumentException                 when k is out of range
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	public LanczosResult solve(SymmetricOperator operator, int k, boolean wantVectors, Progress progress) {
		Objects.requireNonNull(operator, "operator");
		Objects.requireNonNull(progress, "progress");
		int n = operator.size();
		if (k < 0 || k > n) {
			throw new IllegalArgumentException("k must be in [0, n=" + n + "], got " + k);
		}
		progress.begin("Lanczos: top " + k + " of " + n, maxRestarts + 1L);
		progress.checkCancelled();
		if (k == 0) {
			return new LanczosResult(new Eigen(n, new double[0], wantVectors ? new double[0] : null), Double.NaN,
					new double[0], 0, 0, true);
		}
		int wanted = Math.min(k + 1, n);
		int basis = Math.min(n, Math.max(2 * wanted, wanted + 20));
		return new ThickRestartLanczos(operator, k, wanted, basis, tolerance, maxRestarts, progress).run(wantVectors);
	}

	@Override
	public String toString() {
		return "Thick-restart Lanczos (tolerance " + tolerance + ", at most " + maxRestarts + " restarts)";
	}
}

package org.spectralbias.math.linalg;

import org.spectralbias.math.Progress;

/**
 * Eigen-decomposition of a dense real symmetric matrix. A facade: callers take {@link #defaultSolver()} (native
 * LAPACK when available, else pure Java) or {@link #pureJavaSolver()}, so the choice is one line.
 * <p>
 * Implementations must not modify the input, must return eigenvalues in descending order with orthonormal
 * eigenvectors laid out as in {@link Eigen}, and must be safe for concurrent use on different inputs.
 * <p>
 * A third-party solver implements {@link #decompose}; one that can compute a partial spectrum also overrides
 * {@link #decomposeTop}:
 *
 * <pre>{@code
 * SymmetricEigensolver solver = (a, n, wantVectors, progress) -> {
 * 	double[] values = ...; // descending
 * 	double[] vectors = wantVectors ? ... : null; // n × n, column c for values[c]
 * 	return new Eigen(n, values, vectors);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface SymmetricEigensolver {

	/**
	 * The solver used by default: LAPACK {@code dsyevd} through {@link NativeBackend} when a native library is
	 * available (about 0.8–1× numpy's {@code eigh}, OpenBLAS's threads), else {@link #pureJavaSolver()}. Which one
	 * is in use is {@link NativeBackend#status()}; its {@code toString()} names it for provenance.
	 *
	 * @return the default solver
	 */
	static SymmetricEigensolver defaultSolver() {
		return NativeBackend.denseSolver().orElseGet(SymmetricEigensolver::pureJavaSolver);
	}

	/**
	 * The pure-Java solver, {@link HouseholderQlEigensolver} on all processors (about 0.5 s at n = 1000 and 2.5–3.5 s
	 * at n = 2000 with eigenvectors, bit-identical for any thread count; {@link CommonsMathEigensolver} needs about
	 * 4 s and 100 s).
	 *
	 * @return a new pure-Java solver
	 */
	static SymmetricEigensolver pureJavaSolver() {
		return new HouseholderQlEigensolver();
	}

	/**
	 * All eigenpairs.
	 *
	 * @param symmetricRowMajor the n × n matrix, row-major (entry (i, j) at i·n + j), symmetric; not modified
	 * @param n                 the order, ≥ 0
	 * @param wantVectors       whether to return eigenvectors
	 * @param progress          progress and cancellation (granularity is up to the implementation)
	 * @return n eigenvalues in descending order and, if requested, the n × n eigenvector matrix
	 * @throws IllegalArgumentException                 when the array does not have n² entries or is not
	 *                                                  symmetric
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	Eigen decompose(double[] symmetricRowMajor, int n, boolean wantVectors, Progress progress);

	/**
	 * The {@code top} leading eigenpairs. The default decomposes fully and truncates.
	 *
	 * @param symmetricRowMajor the n × n matrix as in {@link #decompose}; not modified
	 * @param n                 the order, ≥ 0
	 * @param top               how many leading eigenpairs, in [0, n]
	 * @param wantVectors       whether to return eigenvectors
	 * @param progress          progress and cancellation
	 * @return {@code top} eigenvalues in descending order and, if requested, the n × top eigenvectors
	 */
	default Eigen decomposeTop(double[] symmetricRowMajor, int n, int top, boolean wantVectors, Progress progress) {
		if (top < 0 || top > n) {
			throw new IllegalArgumentException("top must be in [0, n=" + n + "], got " + top);
		}
		return decompose(symmetricRowMajor, n, wantVectors, progress).truncate(top);
	}
}

package org.spectralbias.math.linalg;

import org.spectralbias.math.Progress;

/**
 * Eigen-decomposition of a dense real symmetric matrix. A facade: callers take {@link #defaultSolver()}
 * (reproducible pure Java unless native LAPACK is chosen), {@link #fastestSolver()} (native LAPACK when available) or
 * {@link #pureJavaSolver()}, so the choice is one line.
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
	 * The solver used by default: {@link #pureJavaSolver()}, whose results are bit-identical for any thread count and
	 * across runs, so that the same seed gives the same run. Opt in to native LAPACK with the system property
	 * {@value #SOLVER_PROPERTY}{@code =native} (or the environment variable {@value #SOLVER_ENVIRONMENT}{@code
	 * =native}): then this is {@link #fastestSolver()}, whose last bits can change from call to call. Its
	 * {@code toString()} names the solver for provenance; {@link NativeBackend#status()} says whether native code is
	 * available and why not.
	 *
	 * @return the default solver
	 */
	static SymmetricEigensolver defaultSolver() {
		String choice = System.getProperty(SOLVER_PROPERTY, System.getenv(SOLVER_ENVIRONMENT));
		return "native".equals(choice) ? fastestSolver() : pureJavaSolver();
	}

	/** System property choosing {@link #defaultSolver()}: {@code native} or {@code java} (the default). */
	String SOLVER_PROPERTY = "spectralbias.eigensolver";

	/** Environment variable read when {@link #SOLVER_PROPERTY} is not set. */
	String SOLVER_ENVIRONMENT = "SPECTRALBIAS_EIGENSOLVER";

	/**
	 * The fastest solver available: LAPACK {@code dsyevd} through {@link NativeBackend} when a native library is
	 * available (close to numpy's {@code eigh}, on OpenBLAS's threads), else {@link #pureJavaSolver()}. Not
	 * reproducible bit for bit: OpenBLAS's kernels depend on the memory alignment of the arrays, which the JVM
	 * chooses, so two calls on the same matrix can differ in the last bits (eigenvalues by a few ulp·‖A‖).
	 *
	 * @return native LAPACK if available, else the pure-Java solver
	 */
	static SymmetricEigensolver fastestSolver() {
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

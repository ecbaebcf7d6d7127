package org.spectralbias.math.linalg;

import java.util.Objects;

import org.netlib.util.intW;
import org.spectralbias.math.Progress;

import dev.ludovic.netlib.lapack.LAPACK;

/**
 * {@link SymmetricEigensolver} on LAPACK's {@code dsyevd} (divide and conquer; Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., §8.4.4) through netlib-java, as numpy's {@code eigh} does. With Debian's OpenBLAS on the
 * 2-core build machines: n = 2000 with eigenvectors in about 0.6–0.8 s (numpy 0.7–0.9 s; {@code dsyev}, QL/QR, is
 * about 3.5× slower, hence dsyevd). OpenBLAS uses its own threads ({@code OPENBLAS_NUM_THREADS}). Not reproducible bit for
 * bit, unlike {@link HouseholderQlEigensolver}: OpenBLAS's kernels depend on the memory alignment of the arrays,
 * which the JVM chooses (in a probe at n = 300, 4 of 7 repeated calls on the same matrix differed in the last bits,
 * also with one thread; at n = 1200, whose arrays G1 aligns to its regions, none did). Hence it is
 * {@link SymmetricEigensolver#fastestSolver()} and only an opt-in default.
 * <p>
 * The input must be symmetric to within 1e−12 of its largest entry; LAPACK works on a copy of (A + Aᵀ)/2.
 * Working memory about 4n² doubles with eigenvectors (the copy, LAPACK's 1 + 6n + 2n² workspace and the result),
 * n + 1 without. Progress is one unit; cancellation is checked before and after the native call, which cannot be
 * interrupted. Throws {@link ArithmeticException} if LAPACK reports that the algorithm failed to converge.
 * <p>
 * Thread safety: immutable; concurrent calls are independent.
 */
final class LapackEigensolver implements SymmetricEigensolver {

	/**
	 * The triangle LAPACK reads (column-major; the copy is exactly symmetric, so either is the matrix): "L" measured
	 * 4–10 % faster than "U" at n = 2000 with Debian's OpenBLAS 0.3.21 (interleaved calls on an NTK Gram matrix).
	 */
	private static final String TRIANGLE = "L";

	/** Square blocks of the transposition into the result's layout. */
	private static final int BLOCK = 32;

	private final LAPACK lapack;
	private final String library;

	LapackEigensolver(LAPACK lapack, String library) {
		this.lapack = Objects.requireNonNull(lapack, "lapack");
		this.library = Objects.requireNonNull(library, "library");
	}

	@Override
	public Eigen decompose(double[] symmetricRowMajor, int n, boolean wantVectors, Progress progress) {
		return solve(symmetricRowMajor, n, n, wantVectors, progress);
	}

	/** Computes all eigenpairs and keeps the {@code top} leading ones. */
	@Override
	public Eigen decomposeTop(double[] symmetricRowMajor, int n, int top, boolean wantVectors, Progress progress) {
		if (top < 0 || top > n) {
			throw new IllegalArgumentException("top must be in [0, n=" + n + "], got " + top);
		}
		return solve(symmetricRowMajor, n, top, wantVectors, progress);
	}

	private Eigen solve(double[] a, int n, int top, boolean wantVectors, Progress progress) {
		Objects.requireNonNull(a, "symmetricRowMajor");
		Objects.requireNonNull(progress, "progress");
		HouseholderQlEigensolver.validate(a, n);
		progress.begin("Eigen-decomposition " + n + " × " + n + " (LAPACK dsyevd)", 1);
		progress.checkCancelled();
		if (n == 0) {
			return new Eigen(0, new double[0], wantVectors ? new double[0] : null);
		}
		double[] w = symmetrised(a, n);
		double[] ascending = new double[n];
		String job = wantVectors ? "V" : "N";
		intW info = new intW(0);
		double[] workSize = new double[1];
		int[] iworkSize = new int[1];
		lapack.dsyevd(job, TRIANGLE, n, w, n, ascending, workSize, -1, iworkSize, -1, info);
		check(info.val);
		if (workSize[0] > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("n = " + n + " is too large for dsyevd's workspace in one Java array");
		}
		double[] work = new double[(int) workSize[0]];
		int[] iwork = new int[Math.max(1, iworkSize[0])];
		lapack.dsyevd(job, TRIANGLE, n, w, n, ascending, work, work.length, iwork, iwork.length, info);
		check(info.val);
		work = null; // LAPACK's workspace is not needed any more
		progress.checkCancelled();
		double[] values = new double[top];
		for (int c = 0; c < top; c++) {
			values[c] = ascending[n - 1 - c];
		}
		double[] vectors = wantVectors ? descendingRowMajor(w, n, top) : null;
		progress.worked(1);
		return new Eigen(n, values, vectors);
	}

	/** @return (A + Aᵀ)/2, exactly symmetric, so its row-major and column-major layouts agree */
	private static double[] symmetrised(double[] a, int n) {
		double[] s = new double[n * n];
		for (int i = 0; i < n; i++) {
			s[i * n + i] = a[i * n + i];
			for (int j = i + 1; j < n; j++) {
				double mean = 0.5 * (a[i * n + j] + a[j * n + i]);
				s[i * n + j] = mean;
				s[j * n + i] = mean;
			}
		}
		return s;
	}

	/**
	 * LAPACK leaves eigenvector c (ascending order) in column c of the column-major matrix, i.e. at z[c·n + i];
	 * {@link Eigen} wants column c' = n − 1 − c of a row-major n × top matrix.
	 */
	private static double[] descendingRowMajor(double[] z, int n, int top) {
		double[] out = new double[n * top];
		for (int c0 = 0; c0 < top; c0 += BLOCK) {
			int c1 = Math.min(top, c0 + BLOCK);
			for (int i0 = 0; i0 < n; i0 += BLOCK) {
				int i1 = Math.min(n, i0 + BLOCK);
				for (int c = c0; c < c1; c++) {
					int source = (n - 1 - c) * n;
					for (int i = i0; i < i1; i++) {
						out[i * top + c] = z[source + i];
					}
				}
			}
		}
		return out;
	}

	private static void check(int info) {
		if (info < 0) {
			throw new IllegalStateException("LAPACK dsyevd rejected argument " + (-info));
		}
		if (info > 0) {
			throw new ArithmeticException("LAPACK dsyevd failed to converge (info = " + info + ")");
		}
	}

	@Override
	public String toString() {
		return "LAPACK dsyevd (" + library + ")";
	}
}

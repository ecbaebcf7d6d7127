package org.spectralbias.math.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.spectralbias.math.Progress;

/**
 * {@link SymmetricEigensolver} on Apache Commons Math 3.6.1 {@link EigenDecomposition} (Householder
 * tridiagonalisation and implicit QL, single-threaded). It always accumulates eigenvectors, even when only eigenvalues
 * are requested, and that step's column-wise access to a {@code double[][]} dominates: measured 3.4–5.5 s at
 * n = 1000 and about 100 s at n = 2000 (one core of the development machine; O(n³)), with about 3 n² doubles of
 * working memory besides the input. Acceptable for the paper's n = 1000; replace it (behind
 * {@link SymmetricEigensolver#defaultSolver()}) for larger n.
 * <p>
 * The input must be symmetric to within 1e−12 of its largest entry; the solver works on the exactly symmetric
 * (A + Aᵀ)/2. Progress is one unit; cancellation is honoured before and after the decomposition only. Throws
 * Commons Math's unchecked {@code MaxCountExceededException} if QL iteration does not converge.
 * <p>
 * Thread safety: stateless; concurrent calls are independent.
 */
public final class CommonsMathEigensolver implements SymmetricEigensolver {

	private static final double SYMMETRY_TOLERANCE = 1e-12;

	/** Creates the solver. */
	public CommonsMathEigensolver() {
		// stateless
	}

	@Override
	public Eigen decompose(double[] symmetricRowMajor, int n, boolean wantVectors, Progress progress) {
		double[][] matrix = symmetrised(symmetricRowMajor, n);
		progress.begin("Eigen-decomposition " + n + " × " + n, 1);
		progress.checkCancelled();
		if (n == 0) {
			return new Eigen(0, new double[0], wantVectors ? new double[0] : null);
		}
		EigenDecomposition decomposition = new EigenDecomposition(new Array2DRowRealMatrix(matrix, false));
		double[] raw = decomposition.getRealEigenvalues();
		Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer k) -> raw[k]).reversed());
		double[] values = new double[n];
		for (int c = 0; c < n; c++) {
			values[c] = raw[order[c]];
		}
		double[] vectors = null;
		if (wantVectors) {
			RealMatrix v = decomposition.getV();
			vectors = new double[n * n];
			for (int c = 0; c < n; c++) {
				int source = order[c];
				for (int i = 0; i < n; i++) {
					vectors[i * n + c] = v.getEntry(i, source);
				}
			}
		}
		progress.checkCancelled();
		progress.worked(1);
		return new Eigen(n, values, vectors);
	}

	private static double[][] symmetrised(double[] a, int n) {
		if (n < 0 || n > GramMatrix.MAX_N || a.length != n * n) {
			throw new IllegalArgumentException("need an n*n array with 0 <= n <= " + GramMatrix.MAX_N + ", got n=" + n
					+ " and " + a.length + " entries");
		}
		double largest = 0.0;
		for (double x : a) {
			if (!Double.isFinite(x)) {
				throw new IllegalArgumentException("matrix entries must be finite");
			}
			largest = Math.max(largest, Math.abs(x));
		}
		double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i; j < n; j++) {
				double upper = a[i * n + j];
				double lower = a[j * n + i];
				if (Math.abs(upper - lower) > SYMMETRY_TOLERANCE * largest) {
					throw new IllegalArgumentException("matrix is not symmetric at (" + i + ", " + j + "): " + upper
							+ " vs " + lower);
				}
				double mean = 0.5 * (upper + lower);
				m[i][j] = mean;
				m[j][i] = mean;
			}
		}
		return m;
	}

	@Override
	public String toString() {
		return "Commons Math EigenDecomposition";
	}
}

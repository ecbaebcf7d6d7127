package org.spectralbias.math.quadrature;

import java.util.Arrays;

/**
 * Eigenvalues of a real symmetric tridiagonal matrix by the implicit QL algorithm with Wilkinson-type shifts
 * (Bowdler, Martin, Reinsch & Wilkinson, Numer. Math. 11, 1968, "tql1"), without eigenvectors: O(n²) work. Used for
 * the Golub–Welsch starting values of Gaussian rules.
 */
final class TridiagonalEigenvalues {

	private static final int MAX_SWEEPS = 60;

	private TridiagonalEigenvalues() {
	}

	/**
	 * @param diagonal    the n diagonal entries (not modified)
	 * @param offDiagonal the n − 1 sub-diagonal entries (not modified)
	 * @return the eigenvalues in ascending order
	 * @throws ArithmeticException when an eigenvalue fails to converge
	 */
	static double[] of(double[] diagonal, double[] offDiagonal) {
		int n = diagonal.length;
		double[] d = diagonal.clone();
		double[] e = Arrays.copyOf(offDiagonal, n);
		for (int l = 0; l < n; l++) {
			int sweeps = 0;
			int m;
			do {
				for (m = l; m < n - 1; m++) {
					double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
					if (Math.abs(e[m]) <= Math.ulp(1.0) * dd) {
						break;
					}
				}
				if (m != l) {
					if (sweeps++ == MAX_SWEEPS) {
						throw new ArithmeticException("tridiagonal QL did not converge at index " + l);
					}
					chase(d, e, l, m);
				}
			} while (m != l);
		}
		Arrays.sort(d);
		return d;
	}

	/** One implicit QL sweep on the unreduced block l..m with a shift from the leading 2 × 2 block. */
	private static void chase(double[] d, double[] e, int l, int m) {
		double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
		double r = Math.hypot(g, 1.0);
		g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
		double s = 1.0;
		double c = 1.0;
		double p = 0.0;
		for (int i = m - 1; i >= l; i--) {
			double f = s * e[i];
			double b = c * e[i];
			r = Math.hypot(f, g);
			e[i + 1] = r;
			if (r == 0.0) {
				// underflow: the block splits here; deflate and let the caller sweep again
				d[i + 1] -= p;
				e[m] = 0.0;
				return;
			}
			s = f / r;
			c = g / r;
			g = d[i + 1] - p;
			r = (d[i] - g) * s + 2.0 * c * b;
			p = s * r;
			d[i + 1] = g + p;
			g = c * r - b;
		}
		d[l] -= p;
		e[l] = g;
		e[m] = 0.0;
	}
}

package org.spectralbias.math.kernel;

import java.util.Objects;

import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.AngularIntegrals;

/**
 * A fast stand-in for an expensive dot-product kernel: the polynomial interpolant of κ at the N + 1 Chebyshev points
 * t_j = cos(jπ/N), evaluated with the barycentric formula (Berrut &amp; Trefethen, SIAM Review 46, 2004, eq. 5.2;
 * weights (−1)^j, halved at both ends) in O(N) operations.
 * <p>
 * Meant for kernels smooth on [−1, 1] whose κ costs milliseconds (an NTK with numerically integrated duals); the
 * interpolant then converges geometrically or faster in N. It is not suited to kernels with a √(1 − t) singularity
 * (ReLU NTK, Laplace), which converge only algebraically — those have cheap closed forms anyway. The construction
 * checks itself at the N Chebyshev midpoints cos((j + ½)π/N); {@link #checkError()} reports the largest deviation,
 * and callers should compare it with the accuracy they need.
 * <p>
 * Thread safety: immutable.
 */
public final class ChebyshevDotProductKernel implements DotProductKernel {

	/** The largest supported degree. */
	public static final int MAX_DEGREE = 4096;

	private final double[] nodes;
	private final double[] values;
	private final double[] weights;
	private final double checkError;
	private final String description;

	private ChebyshevDotProductKernel(double[] nodes, double[] values, double[] weights, double checkError,
			String description) {
		this.nodes = nodes;
		this.values = values;
		this.weights = weights;
		this.checkError = checkError;
		this.description = description;
	}

	/**
	 * Samples κ at 2N + 1 points (N + 1 nodes, N check points), reporting one unit per sample.
	 *
	 * @param kernel   the kernel to interpolate; its κ must be smooth on [−1, 1]
	 * @param degree   N, in [2, {@value #MAX_DEGREE}]; 64 suffices for tanh, erf or GELU NTKs at c_w ≤ 4 (see the tests)
	 * @param progress progress and cancellation, checked between samples
	 * @return the interpolant
	 * @throws IllegalArgumentException              when the degree is out of range
	 * @throws org.spectralbias.math.CancelledException when cancelled
	 */
	public static ChebyshevDotProductKernel of(DotProductKernel kernel, int degree, Progress progress) {
		Objects.requireNonNull(kernel, "kernel");
		if (degree < 2 || degree > MAX_DEGREE) {
			throw new IllegalArgumentException("degree must be in [2, " + MAX_DEGREE + "], got " + degree);
		}
		progress.begin("Chebyshev interpolation of " + kernel + " (degree " + degree + ")", 2L * degree + 1);
		double[] nodes = new double[degree + 1];
		double[] values = new double[degree + 1];
		double[] weights = new double[degree + 1];
		for (int j = 0; j <= degree; j++) {
			progress.checkCancelled();
			nodes[j] = Math.cos(j * Math.PI / degree);
			values[j] = kernel.kappa(nodes[j]);
			weights[j] = ((j & 1) == 0 ? 1.0 : -1.0) * (j == 0 || j == degree ? 0.5 : 1.0);
			progress.worked(1);
		}
		ChebyshevDotProductKernel draft = new ChebyshevDotProductKernel(nodes, values, weights, Double.NaN, "");
		double error = 0.0;
		for (int j = 0; j < degree; j++) {
			progress.checkCancelled();
			double t = Math.cos((j + 0.5) * Math.PI / degree);
			error = Math.max(error, Math.abs(draft.kappa(t) - kernel.kappa(t)));
			progress.worked(1);
		}
		return new ChebyshevDotProductKernel(nodes, values, weights, error,
				"Chebyshev(" + kernel + ", degree " + degree + ")");
	}

	/** @return the largest |interpolant − κ| found at the N Chebyshev midpoints during construction */
	public double checkError() {
		return checkError;
	}

	/** @return N */
	public int degree() {
		return nodes.length - 1;
	}

	@Override
	public double kappa(double t) {
		double c = AngularIntegrals.clampCosine(t);
		double numerator = 0.0;
		double denominator = 0.0;
		for (int j = 0; j < nodes.length; j++) {
			double difference = c - nodes[j];
			if (difference == 0.0) {
				return values[j];
			}
			double term = weights[j] / difference;
			numerator += term * values[j];
			denominator += term;
		}
		return numerator / denominator;
	}

	@Override
	public String toString() {
		return description;
	}
}

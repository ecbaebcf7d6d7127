package org.spectralbias.math.activation;

/**
 * A scalar activation σ together with its Gaussian duals, the two expectations that define the infinite-width
 * kernels of a two-layer network.
 * <p>
 * For a centred Gaussian pair (u, v) with Var u = a, Var v = b, Cov(u, v) = c:
 * <ul>
 * <li>{@link #dual} = E[σ(u) σ(v)] (the NNGP or conjugate kernel of one hidden layer)</li>
 * <li>{@link #derivativeDual} = E[σ'(u) σ'(v)] (the factor of the first-layer gradient term of the NTK)</li>
 * </ul>
 * The defaults compute both numerically with {@link GaussianExpectation} (about a millisecond per call; σ may have a
 * kink or jump at 0 only); implementations override them with closed forms where known and then report
 * {@link #hasClosedFormDuals()}. A closed form must agree with the numerical default to the accuracy stated in
 * {@link GaussianExpectation}.
 * <p>
 * Implementations must be immutable and safe for concurrent use. A third-party activation only needs
 * {@link #value} and {@link #derivative}; for example Swish σ(z) = z/(1 + e^{−z}):
 *
 * <pre>{@code
 * ActivationFunction swish = new ActivationFunction() {
 * 	public double value(double z) { return z / (1 + Math.exp(-z)); }
 * 	public double derivative(double z) {
 * 		double s = 1 / (1 + Math.exp(-z));
 * 		return s + z * s * (1 - s);
 * 	}
 * };
 * }</pre>
 */
public interface ActivationFunction {

	/**
	 * @param z pre-activation, any finite value
	 * @return σ(z)
	 */
	double value(double z);

	/**
	 * @param z pre-activation, any finite value
	 * @return σ'(z); at a kink, the one-sided value documented by the implementation
	 */
	double derivative(double z);

	/**
	 * E[σ(u) σ(v)] for a centred Gaussian pair.
	 *
	 * @param varU Var u, ≥ 0
	 * @param varV Var v, ≥ 0
	 * @param cov  Cov(u, v), cov² ≤ varU·varV
	 * @return the expectation
	 * @throws IllegalArgumentException when the parameters are not a covariance matrix
	 */
	default double dual(double varU, double varV, double cov) {
		return GaussianExpectation.bivariate(this::value, this::value, varU, varV, cov);
	}

	/**
	 * E[σ'(u) σ'(v)] for a centred Gaussian pair.
	 *
	 * @param varU Var u, ≥ 0
	 * @param varV Var v, ≥ 0
	 * @param cov  Cov(u, v), cov² ≤ varU·varV
	 * @return the expectation
	 * @throws IllegalArgumentException when the parameters are not a covariance matrix
	 */
	default double derivativeDual(double varU, double varV, double cov) {
		return GaussianExpectation.bivariate(this::derivative, this::derivative, varU, varV, cov);
	}

	/** @return whether {@link #dual} and {@link #derivativeDual} are closed forms (fast, exact to rounding) */
	default boolean hasClosedFormDuals() {
		return false;
	}

	/**
	 * The same σ and σ' with the numerical default duals, to check a closed form against quadrature.
	 *
	 * @param activation any activation
	 * @return a view that delegates {@link #value} and {@link #derivative} and computes the duals numerically
	 */
	static ActivationFunction withNumericalDuals(ActivationFunction activation) {
		return new ActivationFunction() {
			@Override
			public double value(double z) {
				return activation.value(z);
			}

			@Override
			public double derivative(double z) {
				return activation.derivative(z);
			}

			@Override
			public String toString() {
				return activation + " (numerical duals)";
			}
		};
	}
}

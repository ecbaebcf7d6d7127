package org.spectralbias.math.activation;

/**
 * The rectifier σ(z) = max(0, z), with σ'(z) = 1 for z &gt; 0 and 0 otherwise (the paper's 1{H &gt; 0}).
 * <p>
 * Closed-form duals (Cho &amp; Saul 2009, eq. 6, scaled by the standard deviations since ReLU is 1-homogeneous), with
 * ρ = c/√(ab) and J_n from {@link AngularIntegrals}:
 * <ul>
 * <li>E[σ(u)σ(v)] = √(ab)·J₁(ρ)/(2π)</li>
 * <li>E[σ'(u)σ'(v)] = J₀(ρ)/(2π) = (π − arccos ρ)/(2π)</li>
 * </ul>
 * A zero variance makes that variable 0, where σ = σ' = 0, so both duals are 0.
 * <p>
 * Thread safety: immutable.
 */
public final class Relu implements ActivationFunction {

	private static final double TWO_PI = 2.0 * Math.PI;

	/** Creates the activation. */
	public Relu() {
		// stateless
	}

	@Override
	public double value(double z) {
		return z > 0.0 ? z : 0.0;
	}

	@Override
	public double derivative(double z) {
		return z > 0.0 ? 1.0 : 0.0;
	}

	@Override
	public double dual(double varU, double varV, double cov) {
		double rho = GaussianExpectation.correlation(varU, varV, cov);
		if (varU == 0.0 || varV == 0.0) {
			return 0.0;
		}
		return Math.sqrt(varU * varV) * AngularIntegrals.j1(rho) / TWO_PI;
	}

	@Override
	public double derivativeDual(double varU, double varV, double cov) {
		double rho = GaussianExpectation.correlation(varU, varV, cov);
		if (varU == 0.0 || varV == 0.0) {
			return 0.0;
		}
		return AngularIntegrals.j0(rho) / TWO_PI;
	}

	@Override
	public boolean hasClosedFormDuals() {
		return true;
	}

	@Override
	public String toString() {
		return "ReLU";
	}
}

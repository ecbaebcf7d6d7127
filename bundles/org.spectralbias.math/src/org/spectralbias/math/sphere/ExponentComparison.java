package org.spectralbias.math.sphere;

/**
 * A measured log–log decay slope beside the exponent the paper states (Cao et al., IJCAI 2021): μ_k = Ω(k^{−d−1})
 * for k ≫ d and μ_k = Ω(d^{−k+1}) for d ≫ k, with d = D − 1 the sphere dimension. Ω is a lower bound, so a measured
 * slope above the paper's exponent is consistent with it and a slope clearly below it is a disagreement (or a
 * pre-asymptotic range); nothing here is fitted toward the paper. Immutable.
 *
 * @param measured       the fit over the points used
 * @param paperExponent  the paper's exponent for this regime (−d − 1 = −D over degree, −k + 1 over dimension)
 * @param paperStatement the paper's statement in words, with d and D spelled out, for display
 */
public record ExponentComparison(LogLogFit measured, double paperExponent, String paperStatement) {

	/**
	 * @throws IllegalArgumentException when the fit or the statement is null
	 */
	public ExponentComparison {
		if (measured == null || paperStatement == null) {
			throw new IllegalArgumentException("fit and statement are required");
		}
	}

	/** @return measured slope − paper exponent (negative: decays faster than the paper's rate) */
	public double difference() {
		return measured.slope() - paperExponent;
	}

	/**
	 * @param tolerance slack on the slope, ≥ 0 (e.g. 0.1 for a short, pre-asymptotic range)
	 * @return whether the measured slope lies below the paper's lower-bound exponent by more than the tolerance
	 */
	public boolean contradictsLowerBound(double tolerance) {
		return measured.slope() < paperExponent - tolerance;
	}
}

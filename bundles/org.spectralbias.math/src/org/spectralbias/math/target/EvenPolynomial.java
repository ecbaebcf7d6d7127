package org.spectralbias.math.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The paper's "simple function" f*(x) = Σ_{j=0}^{J} c_j ⟨ζ, x⟩^{2j}, an even polynomial of the cosine to a unit
 * direction ζ. Its Gegenbauer expansion is finite: only even degrees k ≤ 2J have non-zero coefficients.
 * <p>
 * The expansion is exact rather than quadrature-based: the coefficients of t^n in the basis P_0..P_n follow from
 * n multiplications by t with the three-term recurrence written as
 * t P_k = α_k P_{k+1} + β_k P_{k−1}, α_k = (k + D − 2)/(2k + D − 2), β_k = k/(2k + D − 2) (α_0 = 1, β_0 = 0),
 * which has only positive terms (no cancellation; relative accuracy a few ulps per multiplication), and gives exact
 * zeros at odd degrees and beyond 2J. They agree with b_k = N(D, k) E[f P_k] by Funk–Hecke quadrature. Immutable and
 * safe for concurrent use.
 */
public final class EvenPolynomial implements ZonalFunction {

	private final double[] coefficients;
	private final double[] direction;
	/** b_0..b_{2J}. */
	private final double[] expansion;
	private final List<ZonalTerm> terms;

	/**
	 * @param ambientDim   D ≥ 2
	 * @param coefficients c_0..c_J, J ≥ 0, finite (c_j multiplies t^{2j})
	 * @param direction    ζ of length D, finite, non-zero (normalised on construction)
	 * @throws IllegalArgumentException when an argument is out of range
	 */
	public EvenPolynomial(int ambientDim, double[] coefficients, double[] direction) {
		Checks.dimension(ambientDim);
		if (coefficients == null || coefficients.length == 0) {
			throw new IllegalArgumentException("coefficients must hold c_0..c_J, at least one");
		}
		for (int j = 0; j < coefficients.length; j++) {
			Checks.finite(coefficients[j], "coefficients[" + j + "]");
		}
		this.coefficients = coefficients.clone();
		this.direction = Checks.unit(direction, ambientDim, "direction");
		this.expansion = expand(ambientDim, this.coefficients);
		List<ZonalTerm> list = new ArrayList<>();
		for (int k = 0; k < expansion.length; k += 2) {
			if (expansion[k] != 0) {
				list.add(new ZonalTerm(k, expansion[k], this.direction));
			}
		}
		this.terms = Collections.unmodifiableList(list);
	}

	/** Σ_j c_j (coefficients of t^{2j} in the P basis), building t^n by repeated multiplication by t. */
	private static double[] expand(int dim, double[] c) {
		int top = 2 * (c.length - 1);
		double[] result = new double[top + 1];
		double[] power = new double[top + 2];
		double[] next = new double[top + 2];
		power[0] = 1;
		result[0] = c[0];
		for (int n = 1; n <= top; n++) {
			Arrays.fill(next, 0);
			for (int k = 0; k < n; k++) {
				if (power[k] == 0) {
					continue;
				}
				double denominator = 2.0 * k + dim - 2;
				double alpha = k == 0 ? 1.0 : (k + dim - 2.0) / denominator;
				double beta = k == 0 ? 0.0 : k / denominator;
				next[k + 1] += alpha * power[k];
				if (k > 0) {
					next[k - 1] += beta * power[k];
				}
			}
			double[] swap = power;
			power = next;
			next = swap;
			if (n % 2 == 0) {
				for (int k = 0; k <= n; k += 2) {
					result[k] += c[n / 2] * power[k];
				}
			}
		}
		return result;
	}

	@Override
	public int ambientDim() {
		return direction.length;
	}

	/** @return a copy of c_0..c_J */
	public double[] coefficients() {
		return coefficients.clone();
	}

	/** @return the polynomial degree 2J in t */
	public int degree() {
		return 2 * (coefficients.length - 1);
	}

	@Override
	public double[] direction() {
		return direction.clone();
	}

	/** @return Σ_j c_j t^{2j}, by Horner's rule in t² */
	@Override
	public double profile(double t) {
		double s = t * t;
		double sum = 0;
		for (int j = coefficients.length - 1; j >= 0; j--) {
			sum = sum * s + coefficients[j];
		}
		return sum;
	}

	@Override
	public double value(double[] x) {
		return profile(Checks.cosine(direction, x));
	}

	/**
	 * @param maxDegree K ≥ 0
	 * @return b_0..b_K of the exact expansion; odd degrees and degrees above 2J are exact zeros (when K &lt; 2J the
	 *         expansion is truncated)
	 */
	@Override
	public double[] gegenbauerCoefficients(int maxDegree) {
		double[] b = new double[Checks.maxDegree(maxDegree) + 1];
		System.arraycopy(expansion, 0, b, 0, Math.min(b.length, expansion.length));
		return b;
	}

	/** @return the non-zero terms b_k P_k(⟨ζ, x⟩), even k ≤ 2J (empty for the zero polynomial) */
	@Override
	public Optional<List<ZonalTerm>> zonalTerms() {
		return Optional.of(terms);
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder();
		for (int j = 0; j < coefficients.length; j++) {
			b.append(j == 0 ? "" : " + ").append(coefficients[j]).append("·t^").append(2 * j);
		}
		return b.append(", t = <zeta, x> on S^").append(direction.length - 1).toString();
	}
}

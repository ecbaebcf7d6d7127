package org.spectralbias.math.target;

import java.util.Arrays;

import org.spectralbias.math.special.Gegenbauer;

/**
 * One zonal Gegenbauer term a · P_k(⟨ζ, x⟩) on S^{D−1}, D = ζ.length, with P_k normalised so that P_k(1) = 1.
 * Its mean square under the uniform law is a²/N(D, k) (addition theorem), and terms of different degree are
 * orthogonal whatever their directions.
 * <p>
 * Immutable (the direction is copied in and out) and safe for concurrent use.
 *
 * @param degree      k ≥ 0
 * @param coefficient a, finite
 * @param direction   ζ, finite and non-zero, length D ≥ 2; normalised to a unit vector on construction
 */
public record ZonalTerm(int degree, double coefficient, double[] direction) {

	/**
	 * Validates, copies and normalises.
	 *
	 * @throws IllegalArgumentException when an argument is out of range
	 */
	public ZonalTerm {
		Checks.degree(degree, "degree");
		Checks.finite(coefficient, "coefficient");
		direction = Checks.unit(direction, 0, "direction");
	}

	/** @return a copy of the unit direction ζ */
	@Override
	public double[] direction() {
		return direction.clone();
	}

	/** @return D, the length of the direction */
	public int ambientDim() {
		return direction.length;
	}

	/**
	 * a · P_k(⟨ζ, x⟩).
	 *
	 * @param x a unit vector of length D
	 * @return the term's value
	 * @throws IllegalArgumentException when x is null, has the wrong length or a non-finite entry
	 */
	public double value(double[] x) {
		return coefficient * Gegenbauer.value(direction.length, degree, Checks.cosine(direction, x));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ZonalTerm t && t.degree == degree
				&& Double.doubleToLongBits(t.coefficient) == Double.doubleToLongBits(coefficient)
				&& Arrays.equals(t.direction, direction);
	}

	@Override
	public int hashCode() {
		return (31 * degree + Double.hashCode(coefficient)) * 31 + Arrays.hashCode(direction);
	}

	@Override
	public String toString() {
		return coefficient + "·P_" + degree + "(<zeta, x>), zeta = " + Arrays.toString(direction);
	}
}

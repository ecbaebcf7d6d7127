package org.spectralbias.core.contrib;

import java.util.List;

/**
 * A target function f* drawn for one run (its random directions fixed).
 * Immutable and thread-safe.
 */
public interface Target {

	/**
	 * @param x a unit vector of length D
	 * @return f*(x)
	 */
	double value(double[] x);

	/**
	 * @return the zonal terms the target is made of, if it is a sum of them (the paper's targets); empty for
	 *         targets that are not (their residual is then projected on the degrees the experiment names)
	 */
	default List<ZonalTerm> zonalTerms() {
		return List.of();
	}
}

package org.spectralbias.core.contrib;

import java.util.List;

/**
 * Common super-interface of every contribution point.
 * <p>
 * A contribution is an OSGi Declarative Services component that provides one of the point interfaces
 * ({@link Activation}, {@link Kernel}, {@link InputDistribution}, {@link TargetFunction}) and carries the
 * {@link ContributionInfo} properties. It is a stateless factory: the objects it creates hold the parameters.
 * Implementations must be thread-safe, must not do heavy work in their constructor or activate method, and report a
 * user-level problem as a {@link ParameterException} whose message names the parameter.
 */
public interface Contribution {

	/**
	 * @return the parameters this contribution takes, in the order a form shows them; empty by default. Must not
	 *         throw and must return the same list every time.
	 */
	default List<ParameterDescriptor> parameters() {
		return List.of();
	}
}

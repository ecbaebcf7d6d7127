package org.spectralbias.math;

import java.util.function.Supplier;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Loaded reflectively by {@link VectorApi} to find out whether the Vector API can run: loading this class fails when
 * the module {@code jdk.incubator.vector} is missing. Describes the preferred species of this CPU.
 */
public final class VectorApiProbe implements Supplier<String> {

	@Override
	public String get() {
		VectorSpecies<Double> species = DoubleVector.SPECIES_PREFERRED;
		DoubleVector probe = DoubleVector.broadcast(species, 2.0).mul(0.5);
		if (probe.reduceLanes(jdk.incubator.vector.VectorOperators.ADD) != species.length()) {
			throw new IllegalStateException("the Vector API computed a wrong sum");
		}
		return "Vector API (" + VectorApi.MODULE + "), " + species.length() + " lanes of float64 ("
				+ species.vectorBitSize() + "-bit vectors)";
	}
}

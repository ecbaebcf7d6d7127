package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.TargetFunction;
import org.spectralbias.math.target.Target;
import org.spectralbias.math.target.ZonalHarmonic;

/** Built-in target {@code zonal-harmonic}: one spherical harmonic √N(D,k)·P_k(⟨ζ, x⟩) of unit L² norm. */
@Component(service = TargetFunction.class)
@ContributionInfo(id = "zonal-harmonic", name = "Zonal spherical harmonic",
		description = "f*(x) = √N(D,k)·P_k(<ζ, x>), unit norm under the uniform measure, random unit ζ")
public final class ZonalHarmonicTarget implements TargetFunction {

	private static final List<ParameterDescriptor> PARAMETERS = List
			.of(ParameterDescriptor.ofInt("degree", 2, 0, 1000, "the degree k"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public Target create(int ambientDim, Parameters parameters, RandomGenerator random) {
		return ZonalHarmonic.random(ambientDim, parameters.getInt("degree"), random);
	}
}

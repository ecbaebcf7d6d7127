package org.example.spectralbias;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.distribution.SphereSampler;

/**
 * Contributes the input distribution {@code polar-cap}: uniform on {x : ⟨x, e_1⟩ ≥ cos θ}, parameter {@code theta}
 * (radians). It has no random structure, so it leaves the structure generator unused.
 */
@Component(service = InputDistribution.class)
@ContributionInfo(id = "polar-cap", name = "Polar cap (example plug-in)",
		description = "uniform on the cap <x, e_1> >= cos θ of the sphere; θ = π is the whole sphere")
public final class PolarCapDistribution implements InputDistribution {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(ParameterDescriptor.ofDouble("theta", 1.0,
			0.01, Math.PI, "rad", "angular radius θ of the cap around e_1"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SphereSampler create(int ambientDim, Parameters parameters, RandomGenerator structure) {
		return new PolarCap(ambientDim, parameters.getDouble("theta"));
	}
}

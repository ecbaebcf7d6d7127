package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.distribution.GaussianMixture;
import org.spectralbias.math.distribution.SphereSampler;

/** Built-in distribution {@code gaussian-mixture}: equal-weight Gaussians at random unit centres, normalised. */
@Component(service = InputDistribution.class)
@ContributionInfo(id = "gaussian-mixture", name = "Gaussian mixture, normalised",
		description = "x = normalise(c_j + σz), centres c_j random on the sphere (paper, Fig. 6)")
public final class GaussianMixtureDistribution implements InputDistribution {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.ofInt("components", 3, 1, 1000, "number of mixture components"),
			ParameterDescriptor.ofDouble("sigma", 0.5, 1e-4, 1e4, "", "standard deviation σ of each component"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SphereSampler create(int ambientDim, Parameters parameters, RandomGenerator structure) {
		return GaussianMixture.randomUnitCentres(ambientDim, parameters.getInt("components"),
				parameters.getDouble("sigma"), structure);
	}
}

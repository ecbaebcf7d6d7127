package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.distribution.SphereSampler;
import org.spectralbias.math.distribution.VonMisesFisherMixture;

/** Built-in distribution {@code vmf-mixture}: equal-weight von Mises–Fisher components at random mean directions. */
@Component(service = InputDistribution.class)
@ContributionInfo(id = "vmf-mixture", name = "von Mises–Fisher mixture",
		description = "density ∝ Σ_j exp(κ<μ_j,x>), random mean directions μ_j (exact sampling, Wood 1994)")
public final class VonMisesFisherMixtureDistribution implements InputDistribution {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.ofInt("components", 2, 1, 1000, "number of components"),
			ParameterDescriptor.ofDouble("kappa", 5.0, 0.0, 1e6, "", "concentration κ of every component"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SphereSampler create(int ambientDim, Parameters parameters, RandomGenerator structure) {
		return VonMisesFisherMixture.randomMeans(ambientDim, parameters.getInt("components"),
				parameters.getDouble("kappa"), structure);
	}
}

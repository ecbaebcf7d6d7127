package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.distribution.AnisotropicGaussian;
import org.spectralbias.math.distribution.SphereSampler;

/** Built-in distribution {@code anisotropic-gaussian}: normalise(diag(s)·z), geometric scales (paper, Fig. 5). */
@Component(service = InputDistribution.class)
@ContributionInfo(id = "anisotropic-gaussian", name = "Non-isotropic Gaussian, normalised",
		description = "x = diag(s)z/|diag(s)z|, z ~ N(0, I), scales s_i = ratio^(i/(D-1))")
public final class AnisotropicGaussianDistribution implements InputDistribution {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(ParameterDescriptor.ofDouble("ratio", 4.0,
			1.0, 1e6, "", "largest over smallest scale; 1 is the uniform distribution"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SphereSampler create(int ambientDim, Parameters parameters, RandomGenerator structure) {
		return AnisotropicGaussian.geometric(ambientDim, parameters.getDouble("ratio"));
	}
}

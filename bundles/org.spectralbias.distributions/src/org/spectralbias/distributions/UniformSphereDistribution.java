package org.spectralbias.distributions;

import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.distribution.SphereSampler;
import org.spectralbias.math.distribution.UniformSphere;

/** Built-in distribution {@code uniform-sphere}: the paper's assumption. */
@Component(service = InputDistribution.class)
@ContributionInfo(id = "uniform-sphere", name = "Uniform on the sphere",
		description = "uniform on S^(D-1); the NTK eigenfunctions are then spherical harmonics")
public final class UniformSphereDistribution implements InputDistribution {

	@Override
	public SphereSampler create(int ambientDim, Parameters parameters, RandomGenerator structure) {
		return new UniformSphere(ambientDim);
	}
}

package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.distribution.PiecewiseUniform;
import org.spectralbias.math.distribution.SphereSampler;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * Built-in distribution {@code piecewise-uniform}: density piecewise constant in t = ⟨ζ, x⟩ over equal-width bands
 * of [−1, 1], with a random direction ζ (paper, Fig. 4).
 */
@Component(service = InputDistribution.class)
@ContributionInfo(id = "piecewise-uniform", name = "Piecewise uniform",
		description = "density ∝ w_j on the band j of t = <ζ,x> (equal-width bands of [-1,1]), random ζ")
public final class PiecewiseUniformDistribution implements InputDistribution {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(ParameterDescriptor.ofDoubleList("weights",
			"1,4", 1e-6, 1e6, "relative densities of the bands, from t = -1 to t = 1"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SphereSampler create(int ambientDim, Parameters parameters, RandomGenerator structure) {
		return PiecewiseUniform.equalWidth(SphereSampling.uniformPoint(ambientDim, structure),
				parameters.getDoubleList("weights"));
	}
}

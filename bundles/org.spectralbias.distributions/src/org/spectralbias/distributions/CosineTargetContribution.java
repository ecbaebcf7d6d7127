package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.TargetFunction;
import org.spectralbias.math.sphere.SphereSampling;
import org.spectralbias.math.target.CosineTarget;
import org.spectralbias.math.target.Target;

/** Built-in target {@code cosine}: f*(x) = cos(ω⟨ζ, x⟩), one of the paper's "simple functions". */
@Component(service = TargetFunction.class)
@ContributionInfo(id = "cosine", name = "Cosine", description = "f*(x) = cos(ω <ζ, x>), random unit ζ (paper, Fig. 3)")
public final class CosineTargetContribution implements TargetFunction {

	private static final List<ParameterDescriptor> PARAMETERS = List
			.of(ParameterDescriptor.ofDouble("frequency", 4.0, 0.0, CosineTarget.MAX_FREQUENCY, "", "ω"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public Target create(int ambientDim, Parameters parameters, RandomGenerator random) {
		return new CosineTarget(ambientDim, parameters.getDouble("frequency"),
				SphereSampling.uniformPoint(ambientDim, random));
	}
}

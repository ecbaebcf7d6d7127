package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.TargetFunction;
import org.spectralbias.math.sphere.SphereSampling;
import org.spectralbias.math.target.EvenPolynomial;
import org.spectralbias.math.target.Target;

/** Built-in target {@code even-polynomial}: f*(x) = Σ_j c_j ⟨ζ, x⟩^{2j}, one of the paper's "simple functions". */
@Component(service = TargetFunction.class)
@ContributionInfo(id = "even-polynomial", name = "Even polynomial",
		description = "f*(x) = Σ_j c_j <ζ, x>^(2j), random unit ζ (paper, Fig. 3)")
public final class EvenPolynomialTarget implements TargetFunction {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(ParameterDescriptor.ofDoubleList(
			"coefficients", "0,1,2", -1e6, 1e6, "c_0, c_1, …: coefficients of t^0, t^2, t^4, …"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public Target create(int ambientDim, Parameters parameters, RandomGenerator random) {
		return new EvenPolynomial(ambientDim, parameters.getDoubleList("coefficients"),
				SphereSampling.uniformPoint(ambientDim, random));
	}
}

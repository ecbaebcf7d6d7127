package org.spectralbias.distributions;

import java.util.List;
import java.util.random.RandomGenerator;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.TargetFunction;
import org.spectralbias.math.target.GegenbauerSum;
import org.spectralbias.math.target.Target;

/** Built-in target {@code gegenbauer-sum}: f*(x) = Σ a_k P_k(⟨ζ_k, x⟩), one random unit ζ_k per degree (the paper's). */
@Component(service = TargetFunction.class)
@ContributionInfo(id = "gegenbauer-sum", name = "Sum of Gegenbauer polynomials",
		description = "f*(x) = Σ a_k P_k(<ζ_k, x>), normalised P_k(1) = 1, random unit ζ_k (Cao et al. 2021, §5)")
public final class GegenbauerSumTarget implements TargetFunction {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.ofDoubleList("degrees", "1,2,4", 0, 1000, "the degrees k (integers)"),
			ParameterDescriptor.ofDoubleList("coefficients", "1,1,1", -1e6, 1e6, "the coefficients a_k, one per degree"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public Target create(int ambientDim, Parameters parameters, RandomGenerator random) {
		double[] d = parameters.getDoubleList("degrees");
		double[] a = parameters.getDoubleList("coefficients");
		if (d.length != a.length) {
			throw new ParameterException("parameters 'degrees' (" + d.length + " values) and 'coefficients' ("
					+ a.length + " values) must have the same length");
		}
		int[] degrees = new int[d.length];
		for (int i = 0; i < d.length; i++) {
			if (d[i] != Math.rint(d[i])) {
				throw new ParameterException("parameter 'degrees' holds " + d[i] + ", which is not an integer");
			}
			degrees[i] = (int) d[i];
		}
		return GegenbauerSum.withRandomDirections(ambientDim, degrees, a, random);
	}
}

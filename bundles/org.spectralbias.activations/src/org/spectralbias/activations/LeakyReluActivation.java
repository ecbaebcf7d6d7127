package org.spectralbias.activations;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.LeakyRelu;

/** Built-in activation {@code leaky-relu}: σ(z) = max(z, slope·z). */
@Component(service = Activation.class)
@ContributionInfo(id = "leaky-relu", name = "Leaky ReLU",
		description = "σ(z) = z for z > 0, slope·z otherwise; closed-form duals")
public final class LeakyReluActivation implements Activation {

	private static final List<ParameterDescriptor> PARAMETERS = List
			.of(ParameterDescriptor.ofDouble("slope", 0.01, 0.0, 1.0, "", "slope for negative inputs"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new LeakyRelu(parameters.getDouble("slope"));
	}
}

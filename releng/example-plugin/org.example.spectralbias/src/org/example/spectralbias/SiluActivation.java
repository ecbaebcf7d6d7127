package org.example.spectralbias;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;

/** Contributes the activation {@code silu}: σ(u) = u·sigmoid(βu), parameter {@code beta} (1 = SiLU). */
@Component(service = Activation.class)
@ContributionInfo(id = "silu", name = "SiLU / Swish (example plug-in)",
		description = "σ(u) = u·sigmoid(βu), β = 1 is the SiLU; duals integrated numerically")
public final class SiluActivation implements Activation {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(ParameterDescriptor.ofDouble("beta", 1.0, 0.1,
			10.0, "", "slope β of the sigmoid gate; 1 gives the SiLU"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new Silu(parameters.getDouble("beta"));
	}
}

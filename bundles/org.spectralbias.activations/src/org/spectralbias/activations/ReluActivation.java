package org.spectralbias.activations;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;

/** Built-in activation {@code relu}: σ(z) = max(0, z); the paper's activation, closed-form arc-cosine duals. */
@Component(service = Activation.class)
@ContributionInfo(id = "relu", name = "ReLU", description = "σ(z) = max(0, z); the paper's activation, closed-form arc-cosine duals")
public final class ReluActivation implements Activation {

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new Relu();
	}
}

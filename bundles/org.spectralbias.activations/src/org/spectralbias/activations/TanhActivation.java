package org.spectralbias.activations;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Tanh;

/** Built-in activation {@code tanh}: σ(z) = tanh z; duals by Gaussian quadrature. */
@Component(service = Activation.class)
@ContributionInfo(id = "tanh", name = "tanh", description = "σ(z) = tanh z; duals by Gaussian quadrature")
public final class TanhActivation implements Activation {

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new Tanh();
	}
}

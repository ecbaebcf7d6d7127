package org.spectralbias.activations;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Sin;

/** Built-in activation {@code sin}: σ(z) = sin z; closed-form duals. */
@Component(service = Activation.class)
@ContributionInfo(id = "sin", name = "sin", description = "σ(z) = sin z; closed-form duals")
public final class SinActivation implements Activation {

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new Sin();
	}
}

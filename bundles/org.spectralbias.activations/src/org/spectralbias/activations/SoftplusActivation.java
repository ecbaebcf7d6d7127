package org.spectralbias.activations;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Softplus;

/** Built-in activation {@code softplus}: σ(z) = log(1 + e^z); duals by Gaussian quadrature. */
@Component(service = Activation.class)
@ContributionInfo(id = "softplus", name = "softplus", description = "σ(z) = log(1 + e^z); duals by Gaussian quadrature")
public final class SoftplusActivation implements Activation {

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new Softplus();
	}
}

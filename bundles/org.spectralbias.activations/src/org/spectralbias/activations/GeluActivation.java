package org.spectralbias.activations;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Gelu;

/** Built-in activation {@code gelu}: σ(z) = z·Φ(z); duals by Gaussian quadrature. */
@Component(service = Activation.class)
@ContributionInfo(id = "gelu", name = "GELU", description = "σ(z) = z·Φ(z); duals by Gaussian quadrature")
public final class GeluActivation implements Activation {

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new Gelu();
	}
}

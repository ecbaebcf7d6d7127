package org.spectralbias.activations;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Erf;

/** Built-in activation {@code erf}: σ(z) = erf z; closed-form duals (Williams 1997). */
@Component(service = Activation.class)
@ContributionInfo(id = "erf", name = "erf", description = "σ(z) = erf z; closed-form duals (Williams 1997)")
public final class ErfActivation implements Activation {

	@Override
	public ActivationFunction create(Parameters parameters) {
		return new Erf();
	}
}

package org.spectralbias.core.contrib;

import java.util.Objects;
import java.util.Optional;

import org.spectralbias.math.activation.ActivationFunction;

/**
 * What a {@link Kernel} contribution is asked to build.
 *
 * @param ambientDim D, the dimension of the space R^D holding the sphere S^{D−1}; at least 2
 * @param activation the activation for network kernels (NTK, NNGP); empty for kernels that take none
 * @param parameters the kernel's own parameters, resolved against {@link Kernel#parameters()}
 */
public record KernelRequest(int ambientDim, Optional<ActivationFunction> activation, Parameters parameters) {

	/** Validates the request. */
	public KernelRequest {
		Objects.requireNonNull(activation, "activation");
		Objects.requireNonNull(parameters, "parameters");
		if (ambientDim < 2) {
			throw new ParameterException("ambient dimension D = " + ambientDim + " is not an integer ≥ 2");
		}
	}
}

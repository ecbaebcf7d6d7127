package org.spectralbias.core.contrib;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.spectralbias.math.activation.ActivationFunction;

/**
 * What an {@link Architecture} contribution is asked to build.
 *
 * @param ambientDim D ≥ 2
 * @param width      m ≥ 2
 * @param activation σ, when the architecture takes one
 * @param parameters the architecture's parameters, resolved against {@link Architecture#parameters()}
 * @param random     the run's generator for the initial weights
 * @param threads    worker threads, ≥ 1
 */
public record NetworkRequest(int ambientDim, int width, Optional<ActivationFunction> activation, Parameters parameters,
		RandomGenerator random, int threads) {

	/** Validates the request. */
	public NetworkRequest {
		Objects.requireNonNull(activation, "activation");
		Objects.requireNonNull(parameters, "parameters");
		Objects.requireNonNull(random, "random");
		if (ambientDim < 2 || width < 2 || threads < 1) {
			throw new ParameterException("network request needs D ≥ 2, m ≥ 2 and threads ≥ 1; got D = " + ambientDim
					+ ", m = " + width + ", threads = " + threads);
		}
	}
}

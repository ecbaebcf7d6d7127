package org.spectralbias.core.contrib;

import org.spectralbias.math.network.TrainableNetwork;

/**
 * Contribution point for network architectures.
 * <p>
 * <b>Provides</b> a {@link TrainableNetwork} for (D, m, activation, parameters, seed): forward pass, gradient-descent
 * step, empirical NTK and the infinite-width kernel it converges to, so that the engine can compare the trained
 * network with the NTK theory.
 * <p>
 * <b>Component properties</b> ({@link ContributionInfo}): {@code spectralbias.id} (e.g. {@code two-layer}),
 * {@code spectralbias.name}, {@code spectralbias.description}. <b>Parameters</b>: from {@link #parameters()} (e.g.
 * {@code initialisation}, {@code trainedLayers}, {@code bias}).
 * <p>
 * <b>Contract</b>: all randomness from {@link NetworkRequest#random()}; bit-identical results for the same seed and
 * thread count; impossible combinations (odd width with symmetric initialisation, …) throw
 * {@link ParameterException} naming the parameter.
 * <p>
 * <b>Example</b>:
 *
 * <pre>
 * &#64;Component(service = Architecture.class)
 * &#64;ContributionInfo(id = "my-net", name = "My network", description = "…")
 * public final class MyArchitecture implements Architecture {
 * 	public TrainableNetwork create(NetworkRequest request) {
 * 		return new MyNetwork(request.ambientDim(), request.width(), request.activation().orElseThrow(),
 * 				request.random(), request.threads());
 * 	}
 * }
 * </pre>
 */
public interface Architecture extends Contribution {

	/** @return whether the architecture needs an activation */
	default boolean needsActivation() {
		return true;
	}

	/**
	 * @param request dimension, width, activation, parameters, generator, threads
	 * @return a new network at initialisation; the caller closes it
	 */
	TrainableNetwork create(NetworkRequest request);
}

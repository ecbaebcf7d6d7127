package org.spectralbias.core.contrib;

import org.spectralbias.math.activation.ActivationFunction;

/**
 * Contribution point for activation functions σ.
 * <p>
 * <b>Provides</b> σ, σ′ and, where known, the closed-form Gaussian dual kernels E[σ(u)σ(v)] and E[σ′(u)σ′(v)] for a
 * centred bivariate normal (u, v); where a function does not override them, the platform integrates them
 * numerically. These duals give the two-layer NTK κ = ⟨x,x′⟩·E[σ′σ′] + E[σσ] for any activation.
 * <p>
 * <b>Component properties</b> ({@link ContributionInfo}): {@code spectralbias.id} (e.g. {@code relu}),
 * {@code spectralbias.name}, {@code spectralbias.description}. <b>Parameters</b>: from {@link #parameters()}, e.g. the
 * negative slope of leaky ReLU.
 * <p>
 * <b>Contract</b>: {@link #create(Parameters)} returns a function that is immutable and thread-safe; it is
 * deterministic (no randomness). Invalid parameter combinations throw {@link ParameterException}.
 * <p>
 * <b>Example</b> (a complete contribution):
 *
 * <pre>
 * &#64;Component(service = Activation.class)
 * &#64;ContributionInfo(id = "swish", name = "Swish / SiLU", description = "σ(z) = z / (1 + e^{-z})")
 * public final class SwishActivation implements Activation {
 * 	&#64;Override
 * 	public ActivationFunction create(Parameters parameters) {
 * 		return new ActivationFunction() {
 * 			public double value(double z) { return z / (1 + Math.exp(-z)); }
 * 			public double derivative(double z) {
 * 				double s = 1 / (1 + Math.exp(-z));
 * 				return s * (1 + z * (1 - s));
 * 			}
 * 		};
 * 	}
 * }
 * </pre>
 */
public interface Activation extends Contribution {

	/**
	 * @param parameters values resolved against {@link #parameters()}
	 * @return the activation function
	 */
	ActivationFunction create(Parameters parameters);
}

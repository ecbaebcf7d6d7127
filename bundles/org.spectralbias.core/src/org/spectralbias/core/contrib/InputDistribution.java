package org.spectralbias.core.contrib;

import java.util.random.RandomGenerator;

/**
 * Contribution point for input distributions τ on (or normalised onto) the unit sphere S^{D−1} ⊂ R^D.
 * <p>
 * <b>Provides</b> samples x_1 … x_n. The paper's theory needs the uniform distribution (then the NTK eigenfunctions
 * are spherical harmonics); every other distribution is a misspecification whose effect the workbench measures.
 * <p>
 * <b>Component properties</b> ({@link ContributionInfo}): {@code spectralbias.id} (e.g. {@code uniform-sphere}),
 * {@code spectralbias.name}, {@code spectralbias.description}. <b>Parameters</b>: from {@link #parameters()}.
 * <p>
 * <b>Contract</b>: all randomness comes from the generator passed in, so a seed reproduces the sample bit for bit;
 * every returned point has unit Euclidean norm (to 1e−12) and length D; thread-safe.
 * <p>
 * <b>Example</b>:
 *
 * <pre>
 * &#64;Component(service = InputDistribution.class)
 * &#64;ContributionInfo(id = "polar-cap", name = "Polar cap", description = "uniform on ⟨e_1, x⟩ ≥ h")
 * public final class PolarCap implements InputDistribution {
 * 	public List&lt;ParameterDescriptor&gt; parameters() {
 * 		return List.of(ParameterDescriptor.ofDouble("height", 0.0, -1, 0.99, "", "cap starts at ⟨e_1,x⟩ = h"));
 * 	}
 * 	public double[][] sample(int n, int ambientDim, Parameters p, RandomGenerator rng) {
 * 		// rejection sampling from SphereSampling.uniformPoint(ambientDim, rng) …
 * 	}
 * }
 * </pre>
 */
public interface InputDistribution extends Contribution {

	/**
	 * @param n          number of points, ≥ 1
	 * @param ambientDim D ≥ 2
	 * @param parameters values resolved against {@link #parameters()}
	 * @param random     the run's generator for this component
	 * @return n unit vectors of length D
	 */
	double[][] sample(int n, int ambientDim, Parameters parameters, RandomGenerator random);

	/**
	 * @param parameters the resolved parameters
	 * @return whether the samples are exactly uniform on the sphere (the paper's assumption)
	 */
	default boolean isUniformOnSphere(Parameters parameters) {
		return false;
	}
}

package org.spectralbias.core.contrib;

import java.util.random.RandomGenerator;

import org.spectralbias.math.distribution.SphereSampler;

/**
 * Contribution point for input distributions τ on (or normalised onto) the unit sphere S^{D−1} ⊂ R^D.
 * <p>
 * <b>Provides</b> a {@link SphereSampler}: it draws points, says whether it is exactly uniform (the paper's
 * assumption, under which the NTK eigenfunctions are spherical harmonics) and, where known, gives the density
 * relative to the uniform measure (used to relate convergence time to local density). Every non-uniform distribution
 * is a misspecification whose effect the workbench measures.
 * <p>
 * <b>Component properties</b> ({@link ContributionInfo}): {@code spectralbias.id} (e.g. {@code uniform-sphere}),
 * {@code spectralbias.name}, {@code spectralbias.description}. <b>Parameters</b>: from {@link #parameters()}.
 * <p>
 * <b>Contract</b>: {@link #create} draws any random structure of the distribution (mixture centres, a preferred
 * direction) from the generator it is given, so a seed reproduces the distribution bit for bit; the sampler draws
 * points only from the generator passed to it; every point has unit norm (to 1e−12) and length D; samplers are
 * immutable and thread-safe. Impossible parameters throw {@link ParameterException}.
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
 * 	public SphereSampler create(int ambientDim, Parameters p, RandomGenerator structure) {
 * 		double h = p.getDouble("height");
 * 		UniformSphere uniform = new UniformSphere(ambientDim);
 * 		return new SphereSampler() {
 * 			public int ambientDim() { return ambientDim; }
 * 			public double[] samplePoint(RandomGenerator rng) {
 * 				double[] x;
 * 				do { x = uniform.samplePoint(rng); } while (x[0] &lt; h); // rejection
 * 				return x;
 * 			}
 * 			public boolean isUniform() { return false; }
 * 			public OptionalDouble relativeDensity(double[] x) { return OptionalDouble.empty(); }
 * 		};
 * 	}
 * }
 * </pre>
 */
public interface InputDistribution extends Contribution {

	/**
	 * @param ambientDim D ≥ 2
	 * @param parameters values resolved against {@link #parameters()}
	 * @param structure  the run's generator for this distribution's random structure (may be left unused)
	 * @return the sampler
	 */
	SphereSampler create(int ambientDim, Parameters parameters, RandomGenerator structure);
}

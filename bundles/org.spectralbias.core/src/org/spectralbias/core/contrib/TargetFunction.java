package org.spectralbias.core.contrib;

import java.util.random.RandomGenerator;

import org.spectralbias.math.target.Target;

/**
 * Contribution point for target functions f* on the sphere.
 * <p>
 * <b>Provides</b> a {@link Target} for a given dimension; random parts (directions ζ) are drawn from the generator
 * passed in. The paper's targets are sums a_k P_k(⟨ζ_k, x⟩) of Gegenbauer polynomials; such targets also expose
 * their {@link Target#zonalTerms()} so the engine can project the residual per degree (a zonal target f(⟨ζ, x⟩)
 * exposes its Gegenbauer expansion along ζ).
 * <p>
 * <b>Component properties</b> ({@link ContributionInfo}): {@code spectralbias.id} (e.g. {@code gegenbauer-sum}),
 * {@code spectralbias.name}, {@code spectralbias.description}. <b>Parameters</b>: from {@link #parameters()}.
 * <p>
 * <b>Contract</b>: deterministic given the generator; the target returned is immutable and thread-safe.
 * <p>
 * <b>Example</b>:
 *
 * <pre>
 * &#64;Component(service = TargetFunction.class)
 * &#64;ContributionInfo(id = "first-coordinate", name = "x₁", description = "f*(x) = x_1")
 * public final class FirstCoordinate implements TargetFunction {
 * 	public Target create(int ambientDim, Parameters p, RandomGenerator rng) {
 * 		double[] e1 = new double[ambientDim];
 * 		e1[0] = 1;
 * 		return new ZonalHarmonic(ambientDim, 1, e1); // √D·x_1, a degree-1 zonal harmonic
 * 	}
 * }
 * </pre>
 */
public interface TargetFunction extends Contribution {

	/**
	 * @param ambientDim D ≥ 2
	 * @param parameters values resolved against {@link #parameters()}
	 * @param random     the run's generator for this component
	 * @return the target
	 */
	Target create(int ambientDim, Parameters parameters, RandomGenerator random);
}

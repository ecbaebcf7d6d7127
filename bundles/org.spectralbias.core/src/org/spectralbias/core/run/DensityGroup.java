package org.spectralbias.core.run;

/**
 * The training points of one local input density and how fast the residual falls there: what Basri et al. (2020,
 * "Frequency bias in neural networks for input of non-uniform density") relate convergence time to (time ∝ 1/p).
 *
 * @param density p, the input density relative to the uniform measure on the sphere (the group's mean when the
 *                points' densities were binned)
 * @param count   how many training points the group holds
 * @param energy  (1/|g|) Σ_{i∈g} r_i(t)², the mean squared training residual of the group at each recorded step
 *                (indexed like {@link RunData#steps()}; NaN where not recorded)
 */
public record DensityGroup(double density, int count, double[] energy) {
}

package org.spectralbias.runs;

/**
 * The per-step convergence rates of one target degree as the {@code convergence-by-degree} analysis stored them: the
 * rate fitted to the measured projection and the two predictions. NaN where not stored.
 *
 * @param degree      k
 * @param measured    fitted rate of the measured training projection, per step
 * @param predictedMu −ln|1 − η_eff μ_k| from the sphere spectrum
 * @param linear      rate fitted to the linear model with the run's own Gram matrix
 */
public record DegreeRates(int degree, double measured, double predictedMu, double linear) {

	/** @return (measured − predicted)/predicted for the sphere-spectrum prediction, NaN when undefined */
	public double relativeErrorMu() {
		return predictedMu > 0 ? (measured - predictedMu) / predictedMu : Double.NaN;
	}
}

package org.spectralbias.core.run;

/**
 * Everything recorded and predicted for one target degree k over the recorded steps t_0 = 0 < t_1 < … of a run.
 * Arrays are indexed like {@link RunData#steps()}; a value is NaN where it was not computed (e.g. no test set).
 *
 * @param degree              k
 * @param mu                  μ_k, the uniform-sphere eigenvalue of the infinite-width kernel (Funk–Hecke)
 * @param effectiveEigenvalue v_kᵀ(K/n)v_k with the analytic Gram matrix of the run's own inputs
 * @param train               measured |v_kᵀ(y − f_t)| on the training points
 * @param test                measured |u_kᵀ(y_test − f_t(x_test))| on the test points (u_k the test-point vector)
 * @param predictedMu         |v_kᵀ r_0|·|1 − η_eff μ_k|^t, the per-degree factor from the sphere spectrum
 * @param predictedLinear     |v_kᵀ r_t| of the linear model r_t = (I − η_eff K/n)^t r_0 with the analytic kernel
 * @param predictedLinearTest the same model's test-point projection
 * @param predictedEmpirical  the linear model with the empirical NTK of the network at initialisation
 */
public record DegreeSeries(int degree, double mu, double effectiveEigenvalue, double[] train, double[] test,
		double[] predictedMu, double[] predictedLinear, double[] predictedLinearTest, double[] predictedEmpirical) {
}

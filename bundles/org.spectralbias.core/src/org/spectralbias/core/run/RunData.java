package org.spectralbias.core.run;

import java.util.List;
import java.util.Map;

/**
 * The measured trajectory of a run and the theory beside it: what analyses consume and what the run folder stores
 * ({@code trajectory.csv} holds the arrays, {@code run.json} the scalars). Arrays must not be modified.
 *
 * @param name           the experiment's name
 * @param ambientDim     D
 * @param width          m
 * @param trainSize      n
 * @param testSize       n_test (0 when there is no test set)
 * @param etaEff         η_eff = η·m
 * @param lambdaMax      λ_max(K/n) of the analytic Gram matrix; 2/λ_max is the stability bound of η_eff
 * @param uniformInputs  whether the inputs were exactly uniform on the sphere (the theory's assumption)
 * @param bias           whether the network had a bias (then odd degrees are not in the null space)
 * @param steps          recorded steps, increasing, starting at 0
 * @param trainLoss      (1/(2n)) Σ r_i² at each recorded step
 * @param testLoss       the same on the test points (NaN without test set)
 * @param degrees        one entry per projected degree
 * @param leakageBlocks  the blocks of eigenvectors of K/n (sorted by eigenvalue) that the leakage is measured over,
 *                       labelled by the sphere degree whose multiplicity N(D, k) sets their size (uniform inputs:
 *                       block k is the degree-k eigenspace); empty when the kernel is not a dot-product kernel
 * @param leakage        per projected degree (in the order of {@code degrees}), the share of ‖v_k‖² in each block
 * @param properties     further scalars worth keeping (e.g. the eigensolver used); free-form
 * @param closedFormTrainLoss the training loss of neural-tangents' closed-form gradient descent (gradient_descent_mse)
 *                       with the network's empirical NTK Θ at initialisation: f(t) = y + exp(−η_eff t Θ/n)(f_0 − y);
 *                       NaN where not computed
 * @param closedFormTestLoss  its test-point counterpart f_test(t) = f_test(0) + Θ_test Θ⁻¹(I − exp(−η_eff t Θ/n))(y − f_0)
 * @param densityGroups  the training points grouped by local input density, with their residual energy over the
 *                       steps; empty when the distribution has no density formula
 */
public record RunData(String name, int ambientDim, int width, int trainSize, int testSize, double etaEff,
		double lambdaMax, boolean uniformInputs, boolean bias, int[] steps, double[] trainLoss, double[] testLoss,
		List<DegreeSeries> degrees, int[] leakageBlocks, double[][] leakage, Map<String, String> properties,
		double[] closedFormTrainLoss, double[] closedFormTestLoss, List<DensityGroup> densityGroups) {

	/** A run without the closed-form prediction and density groups (NaN and empty). */
	public RunData(String name, int ambientDim, int width, int trainSize, int testSize, double etaEff,
			double lambdaMax, boolean uniformInputs, boolean bias, int[] steps, double[] trainLoss, double[] testLoss,
			List<DegreeSeries> degrees, int[] leakageBlocks, double[][] leakage, Map<String, String> properties) {
		this(name, ambientDim, width, trainSize, testSize, etaEff, lambdaMax, uniformInputs, bias, steps, trainLoss,
				testLoss, degrees, leakageBlocks, leakage, properties, nan(steps.length), nan(steps.length), List.of());
	}

	private static double[] nan(int n) {
		double[] a = new double[n];
		java.util.Arrays.fill(a, Double.NaN);
		return a;
	}

	/** @return the series of degree k, if it was projected */
	public java.util.Optional<DegreeSeries> degree(int k) {
		return degrees.stream().filter(d -> d.degree() == k).findFirst();
	}
}

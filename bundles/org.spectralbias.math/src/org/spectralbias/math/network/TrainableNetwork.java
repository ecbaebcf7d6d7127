package org.spectralbias.math.network;

import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.linalg.GramMatrix;

/**
 * A scalar-output network that full-batch gradient descent trains in place, with what the workbench compares it
 * against: its empirical NTK and the kernel it tends to at infinite width.
 * <p>
 * Learning rates are in the paper's effective units η_eff = η·m (the step that makes the linear model contract the
 * eigendirection of eigenvalue λ of K/n by 1 − η_eff λ per step). Implementations are not thread-safe (one trainer
 * at a time) but may use several threads inside each call; results are bit-identical for the same seed and thread
 * count. {@link #close()} releases worker threads.
 */
public interface TrainableNetwork extends AutoCloseable {

	/** @return D, the input dimension */
	int ambientDim();

	/** @return m, the width */
	int width();

	/** @return f(x_i) for every row x_i */
	double[] predict(double[][] x);

	/**
	 * One full-batch gradient-descent step on L = (1/(2n)) Σ (f(x_i) − y_i)².
	 *
	 * @return the residual y − f(x) before the step
	 */
	double[] step(double[][] x, double[] y, double etaEff);

	/** @return the empirical NTK Gram matrix (1/m)⟨∇f(x_i), ∇f(x_j)⟩ in the paper's normalisation */
	GramMatrix empiricalNtk(double[][] x, Progress progress);

	/** @return the n_z × n_x cross kernel, row-major */
	double[] empiricalNtk(double[][] z, double[][] x, Progress progress);

	/** @return the analytic kernel this network's empirical NTK tends to as m → ∞ (at initialisation) */
	PairKernel limitKernel();

	@Override
	void close();
}

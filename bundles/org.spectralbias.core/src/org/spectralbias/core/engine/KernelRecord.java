package org.spectralbias.core.engine;

import java.io.IOException;

import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.io.CsvWriter;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.linalg.GramMatrix;
import org.spectralbias.math.special.HarmonicDimension;

/**
 * Stores what a run knows about its kernel, for views that compare theory and sample: the sphere spectrum (μ_k with
 * multiplicities) beside the eigenvalues of K/n of the run's own inputs, and the kernel function κ(t) beside the
 * Gram entries of the analytic kernel and of the network's empirical NTK for a fixed set of input pairs. Nothing is
 * recomputed: every number comes from the run's setup and training.
 * <p>
 * Files (CSV, numbers in round-trip form, empty cells where a value does not exist):
 * <ul>
 * <li>{@value #SPHERE_SPECTRUM_CSV}: {@code degree, multiplicity, mu, resolved} for the degrees whose eigenspaces
 * the eigenvectors of K/n were grouped into (dot-product kernels only);</li>
 * <li>{@value #NYSTROM_SPECTRUM_CSV}: {@code index, eigenvalue, block_degree}: the eigenvalues of K/n in descending
 * order (index from 1) and the sphere degree of the block each falls in;</li>
 * <li>{@value #KERNEL_FUNCTION_CSV}: {@code t, kappa} on {@value #KAPPA_POINTS} equally spaced t in [−1, 1]
 * (dot-product kernels only);</li>
 * <li>{@value #KERNEL_PAIRS_CSV}: {@code i, j, t, analytic, empirical_initial, empirical_trained} for all pairs
 * i ≤ j of the first {@value #PAIR_POINTS} training inputs (t = ⟨x_i, x_j⟩; empirical values empty when not
 * computed, e.g. after a cancel).</li>
 * </ul>
 */
public final class KernelRecord {

	/** The sphere spectrum of the run's analytic kernel. */
	public static final String SPHERE_SPECTRUM_CSV = "spectrum-sphere.csv";
	/** The eigenvalues of K/n for the run's own inputs. */
	public static final String NYSTROM_SPECTRUM_CSV = "spectrum-nystrom.csv";
	/** κ(t) on a grid. */
	public static final String KERNEL_FUNCTION_CSV = "kernel-function.csv";
	/** Analytic and empirical Gram entries for a set of input pairs. */
	public static final String KERNEL_PAIRS_CSV = "kernel-pairs.csv";
	/** Grid points of κ(t). */
	public static final int KAPPA_POINTS = 201;
	/** Inputs whose pairs are stored. */
	public static final int PAIR_POINTS = 48;

	private KernelRecord() {
	}

	/** Writes the two spectrum files (known before training). */
	static void writeSpectrum(RunFolder folder, RunSetup setup) throws IOException {
		int n = setup.xTrain.length;
		if (setup.blocksSpectrum != null) {
			CsvTable.Builder sphere = CsvTable.builder("degree", "multiplicity", "mu", "resolved");
			for (int k = 0; k <= setup.blocksSpectrum.maxDegree(); k++) {
				sphere.row(k, HarmonicDimension.approx(setup.experiment().spec().ambientDim(), k), setup.blocksSpectrum.eigenvalue(k),
						setup.blocksSpectrum.resolved(k));
			}
			folder.writeText(SPHERE_SPECTRUM_CSV, CsvWriter.toString(sphere.build()));
		}
		int[] degreeOf = new int[n];
		java.util.Arrays.fill(degreeOf, -1);
		int c = 0;
		for (int[] block : setup.blocks) {
			for (int j = 0; j < block[1] && c < n; j++) {
				degreeOf[c++] = block[0];
			}
		}
		double[] lambda = setup.analytic.eigenvalues();
		CsvTable.Builder nystrom = CsvTable.builder("index", "eigenvalue", "block_degree");
		for (int i = 0; i < lambda.length; i++) {
			nystrom.row(i + 1, lambda[i] / n, degreeOf[i] < 0 ? null : degreeOf[i]);
		}
		folder.writeText(NYSTROM_SPECTRUM_CSV, CsvWriter.toString(nystrom.build()));
	}

	/**
	 * Writes κ(t) and the Gram entries of a fixed set of pairs.
	 *
	 * @param empirical the empirical NTK at initialisation and after training; either may be null
	 */
	static void writeKernel(RunFolder folder, RunSetup setup, GramMatrix[] empirical) throws IOException {
		if (setup.kernel instanceof DotProductKernel dot) {
			CsvTable.Builder curve = CsvTable.builder("t", "kappa");
			for (int i = 0; i < KAPPA_POINTS; i++) {
				double t = -1 + 2.0 * i / (KAPPA_POINTS - 1);
				curve.row(t, dot.kappa(t));
			}
			folder.writeText(KERNEL_FUNCTION_CSV, CsvWriter.toString(curve.build()));
		}
		GramMatrix analytic = setup.analyticGram;
		if (analytic == null) {
			return;
		}
		int p = Math.min(PAIR_POINTS, analytic.n());
		CsvTable.Builder pairs = CsvTable.builder("i", "j", "t", "analytic", "empirical_initial", "empirical_trained");
		for (int i = 0; i < p; i++) {
			for (int j = i; j < p; j++) {
				pairs.row(i, j, DotProductKernel.dot(setup.xTrain[i], setup.xTrain[j]), analytic.get(i, j),
						entry(empirical[0], i, j), entry(empirical[1], i, j));
			}
		}
		folder.writeText(KERNEL_PAIRS_CSV, CsvWriter.toString(pairs.build()));
	}

	private static Double entry(GramMatrix gram, int i, int j) {
		return gram == null ? null : gram.get(i, j);
	}
}

package org.spectralbias.cli.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.spectralbias.math.Progress;
import org.spectralbias.math.VectorApi;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.linalg.GramMatrix;
import org.spectralbias.math.linalg.LanczosEigensolver;
import org.spectralbias.math.linalg.LanczosResult;
import org.spectralbias.math.linalg.SymmetricEigensolver;
import org.spectralbias.math.network.Initialisation;
import org.spectralbias.math.network.TwoLayerNetwork;
import org.spectralbias.math.sphere.SphereSampling;
import org.spectralbias.math.sphere.Spectrum;
import org.spectralbias.math.sphere.SphereSpectrum;

/**
 * The Java side of each {@link Workload}: an untimed set-up (data, network, Gram matrix) and the call that is timed.
 * The data are uniform points on S^(D−1) from a fixed seed; the reference script draws the same distribution from
 * numpy's generator (same law and sizes, not the same numbers).
 */
final class JavaWorkloads {

	/** η_eff = η·m of the GD-step workloads (science.md's default). */
	static final double ETA_EFF = 2.0;
	private static final long SEED = 1L;
	/** Degrees of the sphere spectrum searched by {@link #clusterNote}. */
	static final int CLUSTER_DEGREES = 40;

	/** Keeps results reachable so that the JIT cannot discard a timed call. */
	@SuppressWarnings("unused")
	private static volatile Object sink;

	private JavaWorkloads() {
	}

	/** A prepared workload. */
	interface Prepared extends AutoCloseable {

		/** One timed call. */
		void call();

		/** @return what ran (solver, threads, convergence), for the notes; call after timing */
		String detail();

		@Override
		default void close() {
		}
	}

	/**
	 * Sets a workload up (untimed).
	 *
	 * @param workload the workload
	 * @param options  sizes and threads
	 * @return the prepared call; close it when done
	 */
	static Prepared prepare(Workload workload, BenchOptions options) {
		int dim = options.ambientDim();
		int threads = options.threads();
		SplittableRandom random = new SplittableRandom(SEED);
		return switch (workload.kind()) {
		case GD_STEP -> gdStep(workload.size(), options, random, false);
		case GD_STEP_VECTOR -> gdStep(workload.size(), options, random, true);
		case GRAM -> {
			double[][] points = SphereSampling.uniform(workload.size(), dim, random);
			Runnable call = () -> sink = GramMatrix.compute(ReluNtk.paper(), points, threads, Progress.NONE);
			warmUp(call);
			yield simple(call, "GramMatrix of " + ReluNtk.paper() + ", upper-triangle tiles, " + threadsText(threads)
					+ "; " + UNTIMED_CALLS + " untimed calls first");
		}
		case GRAM_VECTOR -> {
			requireVectorApi();
			double[][] points = SphereSampling.uniform(workload.size(), dim, random);
			Runnable call = () -> sink = VectorApi.gram(ReluNtk.paper(), points, threads, Progress.NONE)
					.orElseThrow(() -> new IllegalStateException("the Vector API Gram matrix declined the input"));
			warmUp(call);
			yield simple(call, "VectorApi.gram of " + ReluNtk.paper() + ", " + VectorApi.describe() + ", "
					+ threadsText(threads) + "; entries within 1e-12 of the plain path, not bit-identical; "
					+ UNTIMED_CALLS + " untimed calls first");
		}
		case EIGH -> {
			double[] a = gram(workload.size(), dim, threads, random);
			SymmetricEigensolver solver = SymmetricEigensolver.fastestSolver();
			yield simple(() -> sink = solver.decompose(a, workload.size(), true, Progress.NONE),
					"values and vectors by SymmetricEigensolver.fastestSolver() = " + solver);
		}
		case EIGH_JAVA -> {
			double[] a = gram(workload.size(), dim, threads, random);
			SymmetricEigensolver solver = SymmetricEigensolver.pureJavaSolver();
			yield simple(() -> sink = solver.decompose(a, workload.size(), true, Progress.NONE),
					"values and vectors by SymmetricEigensolver.pureJavaSolver() = " + solver
							+ " (the fallback when native LAPACK is missing)");
		}
		case TOP -> top(workload, gram(workload.size(), dim, threads, random), dim);
		case NYSTROM -> LargeNystrom.prepare(workload, SphereSampling.uniform(workload.size(), dim, random), threads);
		case SPHERE_SPECTRUM -> simple(
				() -> sink = SphereSpectrum.compute(ReluNtk.paper()::kappa, dim, workload.size()),
				"Gauss–Legendre in θ, " + SphereSpectrum.defaultNodes(dim, workload.size()) + " nodes");
		case DGEMM -> {
			int n = workload.size();
			double[] a = new double[n * n];
			double[] b = new double[n * n];
			for (int i = 0; i < a.length; i++) {
				a[i] = random.nextDouble() - 0.5;
				b[i] = random.nextDouble() - 0.5;
			}
			BlockedMatmul matmul = new BlockedMatmul(a, b, n, threads);
			yield new Prepared() {
				@Override
				public void call() {
					sink = matmul.multiply();
				}

				@Override
				public String detail() {
					return "blocked plain-Java matrix product, " + threadsText(threads);
				}

				@Override
				public void close() {
					matmul.close();
				}
			};
		}
		};
	}

	/**
	 * Untimed calls of a Vector API workload, and of the plain Gram matrix, before the harness's own calibration:
	 * until C2 compiles them, Vector API operations run as Java fallbacks that allocate every intermediate vector
	 * (the first Gram matrix takes about ten times as long), and the plain Gram matrix's κ loops run unvectorised;
	 * one calibration sample (three or four Gram matrices) does not always cover that.
	 */
	static final int UNTIMED_CALLS = 3;

	private static void warmUp(Runnable call) {
		for (int i = 0; i < UNTIMED_CALLS; i++) {
			call.run();
		}
	}

	/** @throws IllegalStateException with the reason when the Vector API path cannot run */
	private static void requireVectorApi() {
		VectorApi.unavailableReason().ifPresent(reason -> {
			throw new IllegalStateException("the Vector API path is unavailable: " + reason);
		});
	}

	private static Prepared gdStep(int width, BenchOptions options, SplittableRandom random, boolean vector) {
		if (vector) {
			requireVectorApi();
		}
		int n = options.samples();
		int dim = options.ambientDim();
		double[][] x = SphereSampling.uniform(n, dim, random);
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			y[i] = x[i][0];
		}
		TwoLayerNetwork network = new TwoLayerNetwork(dim, width, new Relu(), 2.0, false, false,
				Initialisation.SYMMETRIC, random, options.threads());
		if (network.useVectorApi(vector) != vector) {
			network.close();
			throw new IllegalStateException("the Vector API path did not start for " + network);
		}
		if (vector) {
			warmUp(() -> network.step(x, y, ETA_EFF));
		}
		return new Prepared() {
			@Override
			public void call() {
				sink = network.step(x, y, ETA_EFF);
			}

			@Override
			public String detail() {
				return network + ", n=" + n + ", symmetric initialisation, η_eff=" + ETA_EFF + ", "
						+ threadsText(network.threads()) + ", " + network.computePath()
						+ (vector ? " (opt-in path; same doubles as the default path; " + UNTIMED_CALLS
								+ " untimed steps first)" : ", the default path");
			}

			@Override
			public void close() {
				network.close();
			}
		};
	}

	private static Prepared top(Workload workload, double[] a, int dim) {
		LanczosEigensolver solver = new LanczosEigensolver();
		LanczosResult[] last = new LanczosResult[1];
		return new Prepared() {
			@Override
			public void call() {
				last[0] = solver.solve(a, workload.size(), workload.top(), true, Progress.NONE);
				sink = last[0];
			}

			@Override
			public String detail() {
				LanczosResult r = last[0];
				String result = r == null ? "" : String.format(Locale.ROOT,
						"; gap λ_k − λ_k+1 = %.3g (relative %.2g), max residual %.2g, %d products, %d restarts%s",
						r.gap(), r.relativeGap(), r.maxResidual(), r.products(), r.restarts(),
						r.converged() ? "" : ", NOT converged");
				return solver + result + clusterNote(workload.top(), dim);
			}
		};
	}

	/**
	 * Where k falls among the eigenvalue blocks of the paper's NTK operator under the uniform measure on S^(D−1):
	 * each degree's μ_k repeated N(D, k) times, in decreasing order of μ_k, degrees with μ_k = 0 (odd k ≥ 3)
	 * left out; degrees up to {@value #CLUSTER_DEGREES} are considered.
	 *
	 * @param k   the number of leading eigenpairs, ≥ 1
	 * @param dim D ≥ 2
	 * @return "" when k ends a block (or lies beyond the degrees considered), otherwise a sentence saying which
	 *         block it cuts
	 */
	static String clusterNote(int k, int dim) {
		Spectrum spectrum = SphereSpectrum.compute(ReluNtk.paper()::kappa, dim, CLUSTER_DEGREES);
		List<Integer> degrees = new ArrayList<>();
		for (int degree = 0; degree <= CLUSTER_DEGREES; degree++) {
			if (spectrum.resolved(degree) && spectrum.eigenvalue(degree) > 0) {
				degrees.add(degree);
			}
		}
		degrees.sort(Comparator.<Integer>comparingDouble(spectrum::eigenvalue).reversed());
		BigInteger before = BigInteger.ZERO;
		BigInteger cut = BigInteger.valueOf(k);
		for (int degree : degrees) {
			BigInteger after = before.add(spectrum.multiplicity(degree));
			if (cut.compareTo(after) < 0) {
				if (cut.equals(before)) {
					return "";
				}
				return String.format(Locale.ROOT, "; k = %d cuts inside the degree-%d block of the NTK operator at "
						+ "D = %d (eigenvalue indices %s–%s): at finite n these eigenvalues differ only by sampling "
						+ "noise, so the eigenvectors at the cut are ill-defined (see the gap); the timing stands",
						k, degree, dim, before.add(BigInteger.ONE), after);
			}
			before = after;
		}
		return "";
	}

	private static double[] gram(int n, int dim, int threads, SplittableRandom random) {
		double[][] points = SphereSampling.uniform(n, dim, random);
		return GramMatrix.compute(ReluNtk.paper(), points, threads, Progress.NONE).data();
	}

	private static Prepared simple(Runnable call, String detail) {
		return new Prepared() {
			@Override
			public void call() {
				call.run();
			}

			@Override
			public String detail() {
				return detail;
			}
		};
	}

	private static String threadsText(int threads) {
		return threads + (threads == 1 ? " thread" : " threads");
	}
}

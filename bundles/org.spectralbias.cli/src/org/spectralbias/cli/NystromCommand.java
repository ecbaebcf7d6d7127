package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.engine.GramKernels;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.Progress;
import org.spectralbias.math.distribution.SphereSampler;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.linalg.Eigen;
import org.spectralbias.math.linalg.GramMatrix;
import org.spectralbias.math.linalg.LanczosEigensolver;
import org.spectralbias.math.linalg.LanczosResult;
import org.spectralbias.math.linalg.PackedGramOperator;
import org.spectralbias.math.linalg.SpectralCut;
import org.spectralbias.math.linalg.SymmetricEigensolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nystrom}: the top eigenvalues of K/N for N sampled points, the empirical counterpart of the spectrum. Small N
 * use the dense eigensolver ({@link SymmetricEigensolver#defaultSolver()}); large N thick-restart Lanczos on the
 * Gram matrix held once, as its packed upper triangle ({@link PackedGramOperator}), so N = 20 000 needs about 1.6 GB.
 * Standard error gets the method, the time, the peak heap and whether the cut at T lies at a spectral gap.
 */
@Command(name = "nystrom", mixinStandardHelpOptions = true,
		description = "Top eigenvalues of K/N (Nyström) for N points from a distribution on S^(D-1). "
				+ "CSV columns: index,eigenvalue (descending). Standard error: method, time, peak memory and "
				+ "whether T cuts inside a cluster of equal eigenvalues.")
final class NystromCommand implements Callable<Integer> {

	/** Above this N, {@code --method auto} uses Lanczos on the packed Gram matrix. */
	static final int DENSE_LIMIT = 4000;

	/** How the eigenvalues are computed. */
	enum Method {
		/** dense below {@value NystromCommand#DENSE_LIMIT} points, Lanczos above */
		auto,
		/** the whole spectrum by the default dense solver, then the top T */
		dense,
		/** thick-restart Lanczos on the packed Gram matrix */
		lanczos
	}

	/** Where the list of eigenvalues ends. */
	enum Cut {
		/** exactly T, with a note when T cuts inside a cluster */
		exact,
		/** the nearest spectral gap to T */
		gap
	}

	private final CliContext context;

	@Mixin
	private KernelOptions kernel;

	@Option(names = "--distribution", defaultValue = "uniform-sphere", description = "distribution id (default: ${DEFAULT-VALUE})")
	private String distribution;

	@Option(names = "--ambient-dim", required = true, description = "D ≥ 2")
	private int ambientDim;

	@Option(names = "--samples", required = true, description = "N, 1 ≤ N ≤ 20000")
	private int samples;

	@Option(names = "--seed", defaultValue = "1", description = "seed of the sample (default: ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = "--top", defaultValue = "20", description = "how many eigenvalues, 1 ≤ T ≤ N (default: ${DEFAULT-VALUE})")
	private int top;

	@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format;

	@Option(names = "--method", defaultValue = "auto", description = "auto (dense up to N = " + DENSE_LIMIT
			+ ", else lanczos), dense or lanczos (default: ${DEFAULT-VALUE})")
	private Method method;

	@Option(names = "--cut", defaultValue = "exact", description = "exact: print T eigenvalues and say whether T cuts "
			+ "inside a cluster of equal eigenvalues; gap: move T to the nearest spectral gap (a relative drop of at "
			+ "least 5%) (default: ${DEFAULT-VALUE})")
	private Cut cut;

	private SphereSampler create(InputDistribution distribution, Parameters parameters, SplittableRandom structure) {
		try {
			return distribution.create(ambientDim, parameters, structure);
		} catch (ParameterException e) {
			throw new UsageError(e.getMessage());
		}
	}

	NystromCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Checks.atLeast("--ambient-dim", ambientDim, 2);
		Checks.between("--samples", samples, 1, 20000);
		Checks.between("--top", top, 1, samples);
		ContributionResolver resolver = new ContributionResolver(context, kernel.values());
		var k = GramKernels.forGram(kernel.create(resolver, ambientDim));
		var d = resolver.distributionWithParameters(distribution);
		resolver.requireAllUsed();
		// one seeded generator, split per component: the distribution's structure, then the points
		SplittableRandom random = new SplittableRandom(seed);
		SphereSampler sampler = create(d.contribution(), d.parameters(), random.split());
		double[][] points = sampler.sample(samples, random.split());
		// Lanczos needs one eigenvalue past the last one it returns, so a single point is always dense
		Method used = samples < 2 ? Method.dense
				: method == Method.auto ? (samples > DENSE_LIMIT ? Method.lanczos : Method.dense) : method;
		// eigenvalues past T locate the gaps: one more always, a quarter more when T may move to a gap above it
		int wanted = Math.min(samples, top + (cut == Cut.gap ? Math.max(10, top / 4) : 1));
		Progress progress = new ConsoleProgress(System.err);
		MemoryMeter memory = MemoryMeter.start();
		long started = System.nanoTime();
		double[] values;
		String detail;
		if (used == Method.dense) {
			GramMatrix gram = GramMatrix.compute(k, points, progress);
			SymmetricEigensolver solver = SymmetricEigensolver.defaultSolver();
			values = solver.decomposeTop(gram.data(), samples, wanted, false, progress).values();
			detail = "dense " + solver;
		} else {
			Lanczos lanczos = lanczos(k, points, Math.min(wanted, samples - 1), progress);
			values = lanczos.values;
			detail = lanczos.detail;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		for (int i = 0; i < values.length; i++) {
			values[i] /= samples;
		}
		int shown = top;
		String cutNote = "";
		if (top < values.length) {
			SpectralCut spectralCut = SpectralCut.choose(values, top, SpectralCut.DEFAULT_THRESHOLD);
			cutNote = spectralCut.describe();
			if (cut == Cut.gap && spectralCut.moved()) {
				shown = spectralCut.chosen();
				cutNote += "; printing " + shown + " eigenvalues (--cut gap)";
			} else if (!spectralCut.atGap()) {
				cutNote += " (--cut gap moves T there)";
			}
		}
		double[] eigenvalues = Arrays.copyOf(values, shown);
		context.err().println(String.format(Locale.ROOT, "nystrom: N = %d, %s; %.2f s; peak heap %s", samples, detail,
				seconds, memory.peakText()));
		if (!cutNote.isEmpty()) {
			context.err().println("nystrom: " + cutNote);
		}
		context.err().flush();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < eigenvalues.length; i++) {
			rows.add(List.of(Integer.toString(i + 1), Double.toString(eigenvalues[i])));
		}
		TablePrinter.print(context.out(), format, List.of("index", "eigenvalue"), rows);
		return 0;
	}

	/** Eigenvalues of K (not yet divided by N), descending, with λ_{k+1} appended, and what ran. */
	private record Lanczos(double[] values, String detail) {
	}

	private static Lanczos lanczos(PairKernel kernel, double[][] points, int k, Progress progress) {
		int threads = Runtime.getRuntime().availableProcessors();
		try (PackedGramOperator operator = PackedGramOperator.compute(kernel, points, threads, progress)) {
			LanczosResult result = new LanczosEigensolver().solve(operator, k, false, progress);
			double[] values = Arrays.copyOf(result.eigen().values(), k + 1);
			values[k] = values[k - 1] - result.gap();
			String detail = String.format(Locale.ROOT, "thick-restart Lanczos on the packed Gram matrix (%s stored "
					+ "once), %d products, %d restarts, max residual %.2g%s", MemoryMeter.text(operator.storedBytes()),
					result.products(), result.restarts(), result.maxResidual(),
					result.converged() ? "" : ", NOT converged");
			return new Lanczos(values, detail);
		}
	}
}

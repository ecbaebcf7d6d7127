package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.engine.GramKernels;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.distribution.SphereSampler;
import org.spectralbias.math.linalg.Nystrom;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nystrom}: the top eigenvalues of K/N for N sampled points, the empirical counterpart of the spectrum. */
@Command(name = "nystrom", mixinStandardHelpOptions = true,
		description = "Top eigenvalues of K/N (Nyström) for N points from a distribution on S^(D-1). "
				+ "CSV columns: index,eigenvalue (descending).")
final class NystromCommand implements Callable<Integer> {

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
		double[] eigenvalues = Nystrom.eigenvalues(k, points, top, new ConsoleProgress(System.err));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < eigenvalues.length; i++) {
			rows.add(List.of(Integer.toString(i + 1), Double.toString(eigenvalues[i])));
		}
		TablePrinter.print(context.out(), format, List.of("index", "eigenvalue"), rows);
		return 0;
	}
}

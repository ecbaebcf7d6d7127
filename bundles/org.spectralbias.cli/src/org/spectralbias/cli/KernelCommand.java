package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.spectralbias.math.kernel.EmpiricalNtk;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.kernel.TwoLayerNtk;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kernel}: the analytic kernel value at one inner product t and, on request, a Monte-Carlo estimate from an
 * actual finite random network, (1/m)⟨∇f(x), ∇f(x′)⟩ at initialisation, with its standard error.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
		description = "Kernel value at t = <x,x'> for unit x, x' in R^D; with --monte-carlo-width, also the empirical NTK "
				+ "of a random finite network and its standard error.")
final class KernelCommand implements Callable<Integer> {

	private final CliContext context;

	@Mixin
	private KernelOptions kernel;

	@Option(names = "--ambient-dim", required = true, description = "D ≥ 2")
	private int ambientDim;

	@Option(names = "--t", required = true, description = "the inner product t = <x,x'>, in [-1, 1]")
	private double t;

	@Option(names = "--monte-carlo-width", description = "width m of the random network for the estimate (1 ≤ m ≤ 10^7)")
	private Integer width;

	@Option(names = "--seed", defaultValue = "1", description = "seed of the random network (default: ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format;

	KernelCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Checks.atLeast("--ambient-dim", ambientDim, 2);
		Checks.between("--t", t, -1.0, 1.0);
		ContributionResolver resolver = new ContributionResolver(context, kernel.values());
		PairKernel k = kernel.create(resolver, ambientDim);
		resolver.requireAllUsed();
		double[] x = new double[ambientDim];
		double[] y = new double[ambientDim];
		x[0] = 1;
		y[0] = t;
		y[1] = Math.sqrt(Math.max(0, 1 - t * t)); // ⟨x, y⟩ = t, both unit vectors
		double analytic = k.value(x, y);
		List<String> header = new ArrayList<>(List.of("kernel", "ambient_dim", "t", "analytic"));
		List<String> row = new ArrayList<>(
				List.of(kernel.label(), Integer.toString(ambientDim), Double.toString(t), Double.toString(analytic)));
		if (width != null) {
			Checks.between("--monte-carlo-width", width, 1, 10_000_000);
			if (!(k instanceof TwoLayerNtk ntk)) {
				throw new UsageError("--monte-carlo-width needs --kernel ntk (the estimate is the empirical NTK of a "
						+ "random two-layer network)");
			}
			EmpiricalNtk.Estimate e = new EmpiricalNtk(ntk.activation(), ntk.weightVariance(), ntk.bias(), width,
					ambientDim, new SplittableRandom(seed)).estimate(x, y);
			header.addAll(List.of("monte_carlo", "standard_error", "z_score", "width", "seed"));
			row.addAll(List.of(Double.toString(e.mean()), Double.toString(e.standardError()),
					String.format("%.3f", (e.mean() - analytic) / e.standardError()), Integer.toString(width),
					Long.toString(seed)));
		}
		TablePrinter.print(context.out(), format, header, List.of(row));
		return 0;
	}
}

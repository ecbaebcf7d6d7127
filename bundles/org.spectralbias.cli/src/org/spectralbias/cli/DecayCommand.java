package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.sphere.DecaySlopes;
import org.spectralbias.math.sphere.ExponentComparison;
import org.spectralbias.math.sphere.SphereSpectrum;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code decay}: measured log–log slopes of the sphere eigenvalues μ_k, over the degree at fixed D or over the
 * dimension at fixed degree, beside the exponent the paper states (μ_k = Ω(k^(−d−1)) for k ≫ d and Ω(d^(−k+1)) for
 * d ≫ k, d = D − 1), with a verdict in words.
 */
@Command(name = "decay", mixinStandardHelpOptions = true,
		description = "Log-log slope of the sphere eigenvalues over the degree (fixed D) or over the dimension "
				+ "(fixed degree), beside the paper's stated rate, with a verdict.")
final class DecayCommand implements Callable<Integer> {

	/** A measured slope may fall short of a lower-bound exponent by this much before the output says it disagrees. */
	private static final double TOLERANCE = 0.25;

	enum Over {
		degree, dimension
	}

	private final CliContext context;

	@Mixin
	private KernelOptions kernel;

	@Option(names = "--over", required = true, description = "degree or dimension")
	private Over over;

	@Option(names = "--ambient-dim", defaultValue = "3", description = "D for --over degree (default: ${DEFAULT-VALUE})")
	private int ambientDim;

	@Option(names = "--degree", defaultValue = "2", description = "k for --over dimension (default: ${DEFAULT-VALUE})")
	private int degree;

	@Option(names = "--from", description = "first degree (default 20) or first D (default 20)")
	private Integer from;

	@Option(names = "--to", description = "last degree (default 60) or last D (default 200)")
	private Integer to;

	@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format;

	DecayCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		ContributionResolver resolver = new ContributionResolver(context, kernel.values());
		ExponentComparison comparison;
		String fixed;
		String range;
		if (over == Over.degree) {
			Checks.atLeast("--ambient-dim", ambientDim, 2);
			int a = Checks.atLeast("--from", from == null ? 20 : from, 1);
			int b = Checks.between("--to", to == null ? 60 : to, a + 2, 2000);
			DoubleUnaryOperator kappa = kappa(kernel.create(resolver, ambientDim));
			resolver.requireAllUsed();
			comparison = DecaySlopes.compareOverDegree(SphereSpectrum.compute(kappa, ambientDim, b), a, b);
			fixed = "D=" + ambientDim + " (d=" + (ambientDim - 1) + ")";
			range = "k=" + a + ".." + b;
		} else {
			Checks.atLeast("--degree", degree, 0);
			int a = Checks.atLeast("--from", from == null ? 20 : from, 2);
			int b = Checks.between("--to", to == null ? 200 : to, a + 2, 100_000);
			DoubleUnaryOperator kappa = kappa(kernel.create(resolver, a));
			resolver.requireAllUsed();
			int[] dims = IntStream.rangeClosed(0, 20).map(i -> (int) Math.round(a * Math.pow((double) b / a, i / 20.0)))
					.distinct().toArray();
			comparison = DecaySlopes.compareOverDimension(kappa, degree, dims, Progress.NONE);
			fixed = "k=" + degree;
			range = "D=" + a + ".." + b;
		}
		double slope = comparison.measured().slope();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(over.name(), fixed, range, String.format("%.4f", slope),
				String.format("%.4f", comparison.measured().rSquared()),
				String.format("%.1f", comparison.paperExponent()), verdict(comparison)));
		TablePrinter.print(context.out(), format,
				List.of("over", "fixed", "range", "measured_slope", "r_squared", "paper_exponent", "verdict"), rows);
		if (format == OutputFormat.table) {
			context.out().println("paper: " + comparison.paperStatement());
		}
		return 0;
	}

	private DoubleUnaryOperator kappa(PairKernel k) {
		if (!(k instanceof DotProductKernel dot)) {
			throw new UsageError("kernel '" + kernel.kernel + "' is not a dot-product kernel; its sphere spectrum "
					+ "is not defined");
		}
		return dot::kappa;
	}

	private static String verdict(ExponentComparison c) {
		double slope = c.measured().slope();
		if (c.contradictsLowerBound(TOLERANCE)) {
			return String.format("disagrees: measured slope %.2f decays faster than the paper's lower bound %.1f "
					+ "(by %.2f)", slope, c.paperExponent(), -c.difference());
		}
		return String.format("consistent: measured slope %.2f vs the paper's %.1f (difference %+.2f)", slope,
				c.paperExponent(), c.difference());
	}
}

package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.sphere.Spectrum;
import org.spectralbias.math.sphere.SphereSpectrum;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spectrum}: eigenvalues μ_k of a dot-product kernel's integral operator under the uniform probability measure
 * on S^(D−1), by the Funk–Hecke formula, with the multiplicities N(D, k).
 */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
		description = "Exact sphere spectrum μ_k (Funk–Hecke) of a dot-product kernel under the uniform probability "
				+ "measure on S^(D-1) ⊂ R^D. CSV columns: degree,multiplicity,eigenvalue. An eigenvalue within "
				+ "its floating-point round-off bound of zero is printed as 0.")
final class SpectrumCommand implements Callable<Integer> {

	private final CliContext context;

	@Mixin
	private KernelOptions kernel;

	@Option(names = "--ambient-dim", required = true, description = "D ≥ 2, the dimension of R^D (the paper: D = 10)")
	private int ambientDim;

	@Option(names = "--max-degree", defaultValue = "10", description = "largest degree K, 0 ≤ K ≤ 2000 (default: ${DEFAULT-VALUE})")
	private int maxDegree;

	@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format;

	SpectrumCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Checks.atLeast("--ambient-dim", ambientDim, 2);
		Checks.between("--max-degree", maxDegree, 0, 2000);
		ContributionResolver resolver = new ContributionResolver(context, kernel.values());
		PairKernel k = kernel.create(resolver, ambientDim);
		resolver.requireAllUsed();
		if (!(k instanceof DotProductKernel dot)) {
			throw new UsageError("kernel '" + kernel.kernel + "' is not a dot-product kernel, so it has no "
					+ "Funk–Hecke spectrum; use 'nystrom' for its empirical spectrum");
		}
		Spectrum spectrum = SphereSpectrum.compute(dot::kappa, ambientDim, maxDegree);
		List<List<String>> rows = new ArrayList<>();
		for (int degree = 0; degree <= maxDegree; degree++) {
			// a value within its round-off bound of zero (e.g. odd degrees of the bias-free NTK) is printed as 0
			double mu = spectrum.resolved(degree) ? spectrum.eigenvalue(degree) : 0.0;
			rows.add(List.of(Integer.toString(degree), spectrum.multiplicity(degree).toString(), Double.toString(mu)));
		}
		TablePrinter.print(context.out(), format, List.of("degree", "multiplicity", "eigenvalue"), rows);
		return 0;
	}
}

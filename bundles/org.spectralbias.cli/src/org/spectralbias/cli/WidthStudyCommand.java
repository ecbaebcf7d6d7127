package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.network.WidthStudy;
import org.spectralbias.math.sphere.SphereSampling;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code width-study}: the relative Frobenius distance between a finite two-layer network's empirical NTK and the
 * analytic kernel, at initialisation and after training, over widths, with the fitted slope against m (theory about
 * −1/2) and how far the kernel moves during training (the lazy-training check).
 */
@Command(name = "width-study", mixinStandardHelpOptions = true,
		description = "Empirical NTK of finite networks vs the analytic kernel over widths: relative Frobenius distance "
				+ "at initialisation and after training, kernel movement, fitted slopes against m (theory: -1/2).")
final class WidthStudyCommand implements Callable<Integer> {

	private final CliContext context;

	@Option(names = "--activation", defaultValue = "relu", description = "activation id (default: ${DEFAULT-VALUE})")
	private String activation;

	@Option(names = "--bias", description = "first layer with bias")
	private boolean bias;

	@Option(names = "--ambient-dim", defaultValue = "10", description = "D ≥ 2 (default: ${DEFAULT-VALUE})")
	private int ambientDim;

	@Option(names = "--samples", defaultValue = "200", description = "n points, uniform on the sphere (default: ${DEFAULT-VALUE})")
	private int samples;

	@Option(names = "--widths", split = ",", defaultValue = "256,512,1024,2048,4096,8192,16384",
			description = "even widths m (default: ${DEFAULT-VALUE})")
	private int[] widths;

	@Option(names = "--steps", defaultValue = "100", description = "gradient-descent steps T on f* = x_1 (default: ${DEFAULT-VALUE})")
	private int steps;

	@Option(names = "--effective-learning-rate", defaultValue = "1.0", description = "η·m (default: ${DEFAULT-VALUE})")
	private double eta;

	@Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format;

	WidthStudyCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Checks.atLeast("--ambient-dim", ambientDim, 2);
		Checks.between("--samples", samples, 2, 5000);
		Checks.between("--steps", steps, 0, 1_000_000);
		Checks.between("--effective-learning-rate", eta, 0.0, 100.0);
		if (widths.length < 2) {
			throw new UsageError("--widths needs at least two widths to fit a slope");
		}
		for (int m : widths) {
			if (m < 2 || m % 2 != 0) {
				throw new UsageError("--widths holds " + m + "; widths must be even integers ≥ 2 (symmetric initialisation)");
			}
		}
		ContributionResolver resolver = new ContributionResolver(context, java.util.Map.of());
		ActivationFunction sigma = resolver.activation(activation);
		SplittableRandom random = new SplittableRandom(seed);
		double[][] x = SphereSampling.uniform(samples, ambientDim, random.split());
		double[] y = new double[samples];
		for (int i = 0; i < samples; i++) {
			y[i] = x[i][0];
		}
		WidthStudy.Result r = WidthStudy.run(x, y, widths, sigma, bias, eta, steps, random.nextLong(),
				Runtime.getRuntime().availableProcessors(), new ConsoleProgress(System.err));
		List<List<String>> rows = new ArrayList<>();
		for (WidthStudy.Point p : r.points()) {
			rows.add(List.of(Integer.toString(p.width()), Double.toString(p.distanceInitial()),
					Double.toString(p.distanceTrained()), Double.toString(p.movement())));
		}
		TablePrinter.print(context.out(), format,
				List.of("width", "distance_initial", "distance_trained", "kernel_movement"), rows);
		if (format == OutputFormat.table) {
			context.out().printf("slope of the distance at initialisation against m: %.3f (R² %.3f); theory -1/2 "
					+ "(Monte-Carlo error over m neurons): %s%n", r.slopeInitial().slope(), r.slopeInitial().rSquared(),
					Math.abs(r.slopeInitial().slope() + 0.5) <= 0.15 ? "agrees" : "DISAGREES");
			context.out().printf("slope of the kernel movement during %d steps against m: %.3f (R² %.3f); lazy "
					+ "training predicts about -1/2%n", steps, r.slopeMovement().slope(), r.slopeMovement().rSquared());
		}
		return 0;
	}
}

package org.spectralbias.report.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.LinePattern;
import org.spectralbias.report.chart.Series;
import org.spectralbias.report.png.PngRenderer;
import org.spectralbias.report.svg.SvgRenderer;

/**
 * The figures of a run, as chart models shared by the command line (SVG/PNG files) and the workbench (SWTChart):
 * the residual's projection on each target degree against the iteration, measured (solid) beside the predictions
 * (dashed: the sphere spectrum's per-degree factor; dotted: the linear model with the run's own Gram matrix), on a
 * log scale like the paper's Figure 1.
 */
public final class RunFigures {

	/**
	 * File names (without extension) of the figures {@link #write} produces: the convergence per degree on training
	 * and test points, the closed-form gradient-descent prediction against the network (when the run has it) and the
	 * residual per input-density group (when the inputs have more than one density).
	 */
	public static final List<String> NAMES = List.of("convergence-train", "convergence-test", "closed-form",
			"density-time");

	private static final int WIDTH = 720;
	private static final int HEIGHT = 460;

	private RunFigures() {
	}

	/**
	 * @param run  the run
	 * @param test whether to show the test points (else the training points)
	 * @return the convergence chart
	 */
	public static Chart convergence(RunData run, boolean test) {
		double[] x = Arrays.stream(run.steps()).asDoubleStream().toArray();
		List<Series> series = new ArrayList<>();
		int colour = 0;
		for (DegreeSeries d : run.degrees()) {
			String k = "k = " + d.degree();
			if (test) {
				series.add(Series.line(k + ", measured", x, d.test()).withPaletteIndex(colour).withLineWidth(1.4));
				series.add(Series.line(k + ", linear model", x, d.predictedLinearTest()).withPaletteIndex(colour)
						.withPattern(LinePattern.DOTTED).withLineWidth(2.0));
			} else {
				series.add(Series.line(k + ", measured", x, d.train()).withPaletteIndex(colour).withLineWidth(1.4));
				series.add(Series.line(k + ", (1 − ημ_k)^t", x, d.predictedMu()).withPaletteIndex(colour).dashed()
						.withLineWidth(2.0));
				series.add(Series.line(k + ", linear model", x, d.predictedLinear()).withPaletteIndex(colour)
						.withPattern(LinePattern.DOTTED).withLineWidth(2.0));
			}
			colour++;
		}
		// the y range follows the measurements: a prediction that falls faster is cut at the bottom
		double lo = Double.POSITIVE_INFINITY;
		double hi = 0;
		for (DegreeSeries d : run.degrees()) {
			for (double v : test ? d.test() : d.train()) {
				if (v > 0 && Double.isFinite(v)) {
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
				}
			}
		}
		Axis y = Axis.log("|v_kᵀ(y − f_t)|", "");
		if (hi > 0) {
			y = y.withRange(lo / 3, hi * 3);
		}
		String where = test ? "test points (n = " + run.testSize() + ")" : "training points (n = " + run.trainSize() + ")";
		return Chart.builder().title(run.name() + ": residual projection per degree, " + where)
				.subtitle(String.format("D = %d, m = %d, η·m = %s; solid: network, %sdotted: linear model with the "
						+ "analytic kernel", run.ambientDim(), run.width(), fmt(run.etaEff()),
						test ? "" : "dashed: sphere spectrum, "))
				.xAxis(Axis.linear("iteration t", "")).yAxis(y)
				.legend(LegendPosition.OUTSIDE_RIGHT).series(series).build();
	}

	/**
	 * Writes every figure of the run as SVG and PNG (2× scale) into a folder.
	 *
	 * @return the files written
	 */
	public static List<Path> write(RunData run, Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String name : NAMES) {
			java.util.Optional<Chart> chart = figure(run, name);
			if (chart.isEmpty()) {
				continue;
			}
			Path svg = folder.resolve(name + ".svg");
			Path png = folder.resolve(name + ".png");
			SvgRenderer.write(chart.get(), WIDTH, HEIGHT, svg);
			PngRenderer.write(chart.get(), WIDTH, HEIGHT, 2.0, png);
			files.add(svg);
			files.add(png);
		}
		return files;
	}

	/**
	 * @param name one of {@link #NAMES}
	 * @return that figure of the run, or empty when the run has no data for it
	 */
	public static java.util.Optional<Chart> figure(RunData run, String name) {
		return switch (name) {
		case "convergence-train" -> java.util.Optional.of(convergence(run, false));
		case "convergence-test" -> run.testSize() == 0 ? java.util.Optional.empty()
				: java.util.Optional.of(convergence(run, true));
		case "closed-form" -> hasFinite(run.closedFormTrainLoss()) ? java.util.Optional.of(closedForm(run))
				: java.util.Optional.empty();
		case "density-time" -> run.densityGroups().size() > 1 ? java.util.Optional.of(densityTime(run))
				: java.util.Optional.empty();
		default -> throw new IllegalArgumentException("unknown figure '" + name + "'; the figures are " + NAMES);
		};
	}

	/**
	 * @return the training and test loss of the network (solid) against neural-tangents' closed-form gradient descent
	 *         with the empirical NTK at initialisation (dashed), log scale
	 */
	public static Chart closedForm(RunData run) {
		double[] x = Arrays.stream(run.steps()).asDoubleStream().toArray();
		List<Series> series = new ArrayList<>();
		series.add(Series.line("train loss, network", x, run.trainLoss()).withPaletteIndex(0).withLineWidth(1.4));
		series.add(Series.line("train loss, closed form", x, run.closedFormTrainLoss()).withPaletteIndex(0).dashed()
				.withLineWidth(2.0));
		if (run.testSize() > 0) {
			series.add(Series.line("test loss, network", x, run.testLoss()).withPaletteIndex(1).withLineWidth(1.4));
			series.add(Series.line("test loss, closed form", x, run.closedFormTestLoss()).withPaletteIndex(1).dashed()
					.withLineWidth(2.0));
		}
		return Chart.builder().title(run.name() + ": gradient descent against its closed form")
				.subtitle(String.format("f(t) = y + exp(−η t Θ/n)(f₀ − y) with the empirical NTK Θ at initialisation "
						+ "(neural-tangents' gradient_descent_mse); D = %d, m = %d, η·m = %s", run.ambientDim(),
						run.width(), fmt(run.etaEff())))
				.xAxis(Axis.linear("iteration t", "")).yAxis(Axis.log("loss (1/2n) Σ r²", ""))
				.legend(LegendPosition.OUTSIDE_RIGHT).series(series).build();
	}

	/** @return the mean squared training residual of each input-density group against the iteration, log scale */
	public static Chart densityTime(RunData run) {
		double[] x = Arrays.stream(run.steps()).asDoubleStream().toArray();
		List<Series> series = new ArrayList<>();
		int colour = 0;
		for (org.spectralbias.core.run.DensityGroup g : run.densityGroups()) {
			series.add(Series.line(String.format("p = %.3g (%d points)", g.density(), g.count()), x, g.energy())
					.withPaletteIndex(colour++).withLineWidth(1.6));
		}
		return Chart.builder().title(run.name() + ": residual by input density")
				.subtitle("mean squared training residual of the points of each density; Basri et al. (2020): "
						+ "the time to fall scales like 1/p")
				.xAxis(Axis.linear("iteration t", "")).yAxis(Axis.log("(1/|g|) Σ r²", ""))
				.legend(LegendPosition.OUTSIDE_RIGHT).series(series).build();
	}

	private static boolean hasFinite(double[] values) {
		return Arrays.stream(values).anyMatch(Double::isFinite);
	}

	/** Copies the figures of a run folder (if present) into another folder. */
	public static void copy(Path runFolder, Path target) throws IOException {
		for (String name : NAMES) {
			for (String ext : List.of(".svg", ".png")) {
				Path source = runFolder.resolve(name + ext);
				if (Files.exists(source)) {
					Files.copy(source, target.resolve(name + ext), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}
}

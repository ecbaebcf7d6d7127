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

	/** File names (without extension) of the figures {@link #write} produces. */
	public static final List<String> NAMES = List.of("convergence-train", "convergence-test");

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
			if (name.endsWith("test") && run.testSize() == 0) {
				continue;
			}
			Chart chart = convergence(run, name.endsWith("test"));
			Path svg = folder.resolve(name + ".svg");
			Path png = folder.resolve(name + ".png");
			SvgRenderer.write(chart, WIDTH, HEIGHT, svg);
			PngRenderer.write(chart, WIDTH, HEIGHT, 2.0, png);
			files.add(svg);
			files.add(png);
		}
		return files;
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

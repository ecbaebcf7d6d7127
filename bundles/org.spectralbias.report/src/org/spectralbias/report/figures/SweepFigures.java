package org.spectralbias.report.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.LinePattern;
import org.spectralbias.report.chart.MarkerShape;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Series;
import org.spectralbias.report.png.PngRenderer;
import org.spectralbias.report.svg.SvgRenderer;

/**
 * The figures of a sweep, as chart models: the per-degree rates of every run side by side (the distribution
 * comparison) and the theory check, measured against predicted rate for every degree of every run on log–log axes
 * with the diagonal, one marker shape per prediction and the points far from the diagonal labelled.
 */
public final class SweepFigures {

	/** A point off the diagonal by more than this factor is labelled in the theory check. */
	public static final double OUTLIER_FACTOR = 1.5;

	private static final int WIDTH = 760;
	private static final int HEIGHT = 500;

	private SweepFigures() {
	}

	/**
	 * The per-step convergence rate of one degree in one run of a sweep, beside its two predictions.
	 *
	 * @param point     the run's position in the sweep, 1-based
	 * @param label     the run's sweep labels, e.g. "piecewise-uniform, 1024"
	 * @param degree    k
	 * @param measured  the fitted rate of the network
	 * @param predictedMu the rate −ln|1 − η_eff μ_k| from the uniform-sphere spectrum
	 * @param predictedLinear the rate of the linear model with the run's own (Nyström) Gram matrix
	 */
	public record Rate(int point, String label, int degree, double measured, double predictedMu,
			double predictedLinear) {
	}

	/** @return the per-degree rates of every run: markers per run, one colour per degree, both predictions */
	public static Chart comparison(String name, List<Rate> rates) {
		Map<Integer, List<Rate>> byDegree = byDegree(rates);
		List<Series> series = new ArrayList<>();
		int colour = 0;
		for (Map.Entry<Integer, List<Rate>> e : byDegree.entrySet()) {
			List<Rate> r = e.getValue();
			double[] x = r.stream().mapToDouble(Rate::point).toArray();
			String k = "k = " + e.getKey();
			series.add(Series.lineAndMarkers(k + ", measured", x, r.stream().mapToDouble(Rate::measured).toArray())
					.withPaletteIndex(colour).withMarker(MarkerShape.CIRCLE));
			series.add(Series.lineAndMarkers(k + ", uniform-sphere μ_k", x,
					r.stream().mapToDouble(Rate::predictedMu).toArray()).withPaletteIndex(colour).dashed()
					.withMarker(MarkerShape.TRIANGLE));
			series.add(Series.lineAndMarkers(k + ", linear model (own Gram)", x,
					r.stream().mapToDouble(Rate::predictedLinear).toArray()).withPaletteIndex(colour)
					.withPattern(LinePattern.DOTTED).withMarker(MarkerShape.SQUARE));
			colour++;
		}
		return Chart.builder().title(name + ": convergence rate per degree across the sweep")
				.subtitle(legendOfPoints(rates)).xAxis(Axis.linear("sweep point", ""))
				.yAxis(Axis.log("rate per step", "")).legend(LegendPosition.OUTSIDE_RIGHT).series(series).build();
	}

	/**
	 * @return measured against predicted rate, log–log, circles for the uniform-sphere prediction and squares for the
	 *         linear model, the diagonal, and labels on points off it by more than {@value #OUTLIER_FACTOR}×
	 */
	public static Chart theoryCheck(String name, List<Rate> rates) {
		List<double[]> mu = new ArrayList<>();
		List<double[]> linear = new ArrayList<>();
		Chart.Builder chart = Chart.builder();
		List<Outlier> outliers = new ArrayList<>();
		int skipped = 0;
		for (Rate r : rates) {
			for (boolean lin : new boolean[] { false, true }) {
				double predicted = lin ? r.predictedLinear() : r.predictedMu();
				if (!plottable(predicted, r.measured())) {
					skipped++;
					continue;
				}
				(lin ? linear : mu).add(new double[] { predicted, r.measured() });
				if (off(predicted, r.measured())) {
					Outlier.add(outliers, r.point(), r.degree(), lin, predicted, r.measured());
				}
			}
		}
		for (Outlier o : outliers) {
			chart.annotate(o.text(), o.x, o.y);
		}
		int labelled = outliers.stream().mapToInt(o -> o.points.size()).sum();
		String subtitle = String.format(Locale.ROOT, "%d predictions off the diagonal by more than %.1f× are labelled "
				+ "(points: degree; nearby points share a label)%s", labelled, OUTLIER_FACTOR,
				skipped == 0 ? "" : "; " + skipped + " with a zero or negative rate are not drawn");
		List<Series> series = new ArrayList<>();
		if (!mu.isEmpty()) {
			series.add(Series.markers("uniform-sphere μ_k", column(mu, 0), column(mu, 1)).withPaletteIndex(0)
					.withMarker(MarkerShape.CIRCLE));
		}
		if (!linear.isEmpty()) {
			series.add(Series.markers("linear model (own Gram)", column(linear, 0), column(linear, 1))
					.withPaletteIndex(1).withMarker(MarkerShape.SQUARE));
		}
		return chart.title(name + ": measured against predicted convergence rate").subtitle(subtitle)
				.xAxis(Axis.log("predicted rate per step", "")).yAxis(Axis.log("measured rate per step", ""))
				.legend(LegendPosition.OUTSIDE_RIGHT).series(series)
				.referenceLine(ReferenceLine.diagonal().withLabel("measured = predicted")).build();
	}

	/**
	 * Writes {@code comparison} and {@code theory-check} as SVG and PNG into a folder.
	 *
	 * @return the files written
	 */
	public static List<Path> write(String name, List<Rate> rates, Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		Map<String, Chart> charts = new LinkedHashMap<>();
		charts.put("comparison", comparison(name, rates));
		charts.put("theory-check", theoryCheck(name, rates));
		for (Map.Entry<String, Chart> e : charts.entrySet()) {
			Path svg = folder.resolve(e.getKey() + ".svg");
			Path png = folder.resolve(e.getKey() + ".png");
			SvgRenderer.write(e.getValue(), WIDTH, HEIGHT, svg);
			PngRenderer.write(e.getValue(), WIDTH, HEIGHT, 2.0, png);
			files.add(svg);
			files.add(png);
		}
		return files;
	}

	/** Outliers of one degree and prediction close together share one label ("1,2,4: k=4"). */
	private static final class Outlier {
		final List<Integer> points = new ArrayList<>();
		final int degree;
		final boolean linear;
		final double x;
		double y;

		private Outlier(int degree, boolean linear, double x, double y) {
			this.degree = degree;
			this.linear = linear;
			this.x = x;
			this.y = y;
		}

		static void add(List<Outlier> outliers, int point, int degree, boolean linear, double x, double y) {
			for (Outlier o : outliers) {
				if (o.degree == degree && o.linear == linear && Math.abs(Math.log(o.x / x)) < Math.log(1.3)
						&& Math.abs(Math.log(o.y / y)) < Math.log(2)) {
					o.points.add(point);
					o.y = Math.max(o.y, y);
					return;
				}
			}
			Outlier o = new Outlier(degree, linear, x, y);
			o.points.add(point);
			outliers.add(o);
		}

		String text() {
			return points.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ": k="
					+ degree + (linear ? " (lin)" : "");
		}
	}

	private static Map<Integer, List<Rate>> byDegree(List<Rate> rates) {
		Map<Integer, List<Rate>> byDegree = new java.util.TreeMap<>();
		for (Rate r : rates) {
			byDegree.computeIfAbsent(r.degree(), k -> new ArrayList<>()).add(r);
		}
		return byDegree;
	}

	private static String legendOfPoints(List<Rate> rates) {
		Map<Integer, String> labels = new java.util.TreeMap<>();
		rates.forEach(r -> labels.putIfAbsent(r.point(), r.label()));
		StringBuilder b = new StringBuilder();
		labels.forEach((p, l) -> b.append(b.length() == 0 ? "" : " · ").append(p).append(": ").append(l));
		return b.length() > 160 ? b.substring(0, 157) + "…" : b.toString();
	}

	private static boolean plottable(double predicted, double measured) {
		return predicted > 0 && measured > 0 && Double.isFinite(predicted) && Double.isFinite(measured);
	}

	private static boolean off(double predicted, double measured) {
		return Math.abs(Math.log(measured / predicted)) > Math.log(OUTLIER_FACTOR);
	}

	private static double[] column(List<double[]> points, int c) {
		return points.stream().mapToDouble(p -> p[c]).toArray();
	}
}

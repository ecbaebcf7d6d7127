package org.spectralbias.report;

import java.util.SplittableRandom;

import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.Series;

/**
 * Charts shaped like the paper's figures, for tests and for looking at the output.
 */
public final class ExampleCharts {

	private ExampleCharts() {
	}

	/**
	 * Like Fig. 1 of Cao et al. (2021): residual projections of degrees 1, 2 and 4 decaying exponentially over
	 * 20 000 iterations on a log axis, measured (solid, with multiplicative noise) beside predicted (dashed), the
	 * pairs sharing a colour. The rates are made up for illustration.
	 *
	 * @return the chart
	 */
	public static Chart residualProjections() {
		int[] degrees = { 1, 2, 4 };
		double[] rates = { 6e-4, 2.5e-4, 6e-5 };
		double[] amplitudes = { 0.7, 0.65, 0.6 };
		int n = 401;
		double[] t = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = 50.0 * i;
		}
		SplittableRandom random = new SplittableRandom(7);
		Chart.Builder builder = Chart.builder()
				.title("Residual projections on spherical harmonics")
				.subtitle("uniform data on S⁹ (D = 10), n = 1000, m = 4096, η·m = 2")
				.xAxis(Axis.linear("iteration t", ""))
				.yAxis(Axis.log("|v_kᵀ r_t|", ""))
				.legend(LegendPosition.AUTO);
		for (int k = 0; k < degrees.length; k++) {
			double[] predicted = new double[n];
			double[] measured = new double[n];
			for (int i = 0; i < n; i++) {
				predicted[i] = amplitudes[k] * Math.exp(-rates[k] * t[i]);
				measured[i] = predicted[i] * Math.exp(0.15 * random.nextGaussian()) + 2e-7 * random.nextDouble();
			}
			builder.series(Series.line("degree " + degrees[k] + ", measured", t, measured).withPaletteIndex(k)
					.withLineWidth(1.1));
			builder.series(Series.line("degree " + degrees[k] + ", predicted", t, predicted).dashed()
					.withPaletteIndex(k).withLineWidth(2.2));
		}
		return builder.build();
	}
}

package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.Series;
import org.spectralbias.report.figures.RunFigures;
import org.spectralbias.runs.AnalysisRecord;
import org.spectralbias.runs.DegreeRates;
import org.spectralbias.runs.RunRecord;

/**
 * The Convergence tab: the residual's projection on each target degree against the iteration, measured beside the
 * sphere-spectrum prediction and the linear model (the command line's figures, {@link RunFigures}), on the training
 * and on the test points; the losses; and the fitted rates with their predictions as the convergence analysis
 * stored them. For a live run the predictions span all planned steps from the start and the measured curves grow.
 */
public final class ConvergencePage implements RunPageFactory {

	/** The table the convergence analysis stores. */
	public static final String SUMMARY_CSV = RunRecord.CONVERGENCE_ANALYSIS + "-summary.csv";

	@Override
	public Page create(RunModel run) {
		List<Block> blocks = new ArrayList<>();
		if (run.data().isEmpty()) {
			blocks.add(new TextBlock("no-data", "No trajectory", run.problems().isEmpty()
					? List.of("the run has not recorded a step yet") : run.problems()));
			return new Page("Convergence", blocks);
		}
		RunData data = run.data().get();
		if (run.live()) {
			int planned = data.steps().length;
			blocks.add(new TextBlock("live", "Live", List.of(String.format(
					"training: %d of %d recording points measured%s; the predictions are drawn for every planned step",
					run.recordedSteps(), planned, run.recordedSteps() > 0
							? " (step " + data.steps()[run.recordedSteps() - 1] + " of " + data.steps()[planned - 1] + ")"
							: ""))));
		}
		blocks.add(new ChartBlock("convergence-train", RunFigures.convergence(data, false), true));
		if (data.testSize() > 0) {
			blocks.add(new ChartBlock("convergence-test", RunFigures.convergence(data, true), true));
		}
		blocks.add(new ChartBlock("loss", lossChart(data), false));
		rateChart(run.record().rates()).ifPresent(c -> blocks.add(new ChartBlock("rates", c, false)));
		blocks.add(rates(run, data));
		List<String> findings = new ArrayList<>();
		for (AnalysisRecord a : run.record().analyses().values()) {
			if (a.id().equals(RunRecord.CONVERGENCE_ANALYSIS) || a.id().equals("parity-check")) {
				findings.add(a.id() + (a.passed() ? " — check held" : " — check FAILED"));
				a.findings().forEach(f -> findings.add("  " + f));
			}
		}
		if (!findings.isEmpty()) {
			blocks.add(new TextBlock("findings", "Findings", findings));
		}
		return new Page("Convergence", blocks);
	}

	/** @return the training and test losses against the iteration, log scale */
	static Chart lossChart(RunData data) {
		double[] x = Arrays.stream(data.steps()).asDoubleStream().toArray();
		List<Series> series = new ArrayList<>();
		series.add(Series.line("training loss", x, data.trainLoss()).withPaletteIndex(0));
		if (data.testSize() > 0) {
			series.add(Series.line("test loss", x, data.testLoss()).withPaletteIndex(1).dashed());
		}
		return Chart.builder().title("Loss").subtitle("(1/(2n)) Σ (y_i − f_t(x_i))²")
				.xAxis(Axis.linear("iteration t", "")).yAxis(Axis.log("loss", "")).legend(LegendPosition.TOP_RIGHT)
				.series(series).build();
	}

	/** @return measured and predicted rates per degree on a log scale, when the convergence analysis ran */
	static Optional<Chart> rateChart(List<DegreeRates> rates) {
		if (rates.isEmpty()) {
			return Optional.empty();
		}
		double[] k = rates.stream().mapToDouble(DegreeRates::degree).toArray();
		int max = rates.stream().mapToInt(DegreeRates::degree).max().orElse(1);
		return Optional.of(Chart.builder().title("Rates per degree").subtitle("per-step decay rate of |v_kᵀ(y − f_t)|")
				.xAxis(Axis.linear("degree k", "").withRange(0, max + 1)).yAxis(Axis.log("rate per step", ""))
				.legend(LegendPosition.TOP_RIGHT)
				.series(Series.markers("measured", k, rates.stream().mapToDouble(DegreeRates::measured).toArray())
						.withPaletteIndex(0).withMarkerSize(8),
						Series.markers("−ln(1 − η·m·μ_k), sphere", k,
								rates.stream().mapToDouble(DegreeRates::predictedMu).toArray())
								.withMarker(org.spectralbias.report.chart.MarkerShape.SQUARE).withPaletteIndex(1),
						Series.markers("linear model, run's Gram matrix", k,
								rates.stream().mapToDouble(DegreeRates::linear).toArray())
								.withMarker(org.spectralbias.report.chart.MarkerShape.TRIANGLE).withPaletteIndex(2))
				.build());
	}

	private static TableBlock rates(RunModel run, RunData data) {
		Optional<CsvTable> summary = run.table(SUMMARY_CSV);
		List<List<Object>> rows = new ArrayList<>();
		for (DegreeSeries d : data.degrees()) {
			double[] stored = summaryRow(summary, d.degree());
			rows.add(List.<Object>of(d.degree(), d.mu(), d.effectiveEigenvalue(), stored[0], stored[1], stored[2],
					stored[3], stored[4]));
		}
		return new TableBlock("rates-table", summary.isPresent() ? "Rates per degree (convergence-by-degree)"
				: "Rates per degree (fitted by the convergence analysis when training ends)",
				Tables.display(List.of("degree k", "μ_k", "v_kᵀ(K/n)v_k", "measured rate", "predicted −ln(1−ημ_k)",
						"linear model rate", "steps to 10% measured", "steps to 10% predicted"), rows),
				"rates.csv");
	}

	/** @return measured, predicted μ, linear, steps measured, steps predicted for one degree (NaN when absent) */
	private static double[] summaryRow(Optional<CsvTable> summary, int degree) {
		double[] out = { Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN };
		if (summary.isEmpty()) {
			return out;
		}
		CsvTable t = summary.get();
		double[] degrees = Tables.numbers(t, "degree");
		String[] columns = { "measured_rate", "predicted_rate_mu", "predicted_rate_linear", "steps_to_10pct_measured",
				"steps_to_10pct_predicted" };
		for (int r = 0; r < degrees.length; r++) {
			if (degrees[r] == degree) {
				for (int c = 0; c < columns.length; c++) {
					out[c] = Tables.numbers(t, columns[c])[r];
				}
			}
		}
		return out;
	}
}

package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spectralbias.core.engine.KernelRecord;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.MarkerShape;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Series;
import org.spectralbias.runs.Numbers;
import org.spectralbias.runs.view.PropertiesBlock.Property;

/**
 * The Kernel tab: the analytic kernel function κ(t) beside the network's empirical NTK on pairs of training inputs
 * (at initialisation and after training), the empirical against the analytic Gram entries, and the kernel distances
 * the engine measured (the lazy-training check). Reads {@link KernelRecord}'s files and the run's properties.
 */
public final class KernelPage implements RunPageFactory {

	/** The run properties holding the kernel distances, with what they mean. */
	private static final Map<String, String> DISTANCES = Map.of( //
			"kernel.distance.initial", "‖K_m(0) − K_∞‖_F / ‖K_∞‖_F at initialisation", //
			"kernel.distance.trained", "‖K_m(T) − K_∞‖_F / ‖K_∞‖_F after training", //
			"kernel.movement", "‖K_m(T) − K_m(0)‖_F / ‖K_m(0)‖_F, how far training moved the kernel");

	@Override
	public Page create(RunModel run) {
		List<Block> blocks = new ArrayList<>();
		Optional<CsvTable> function = run.table(KernelRecord.KERNEL_FUNCTION_CSV);
		Optional<CsvTable> pairs = run.table(KernelRecord.KERNEL_PAIRS_CSV);
		int width = run.data().map(d -> d.width()).orElse(0);
		if (function.isPresent() || pairs.isPresent()) {
			blocks.add(new ChartBlock("kappa", kappaChart(function, pairs, width), false));
		}
		pairs.ifPresent(p -> blocks.add(new ChartBlock("gram", gramChart(p, width), false)));
		List<Property> numbers = new ArrayList<>();
		Map<String, String> properties = run.record().properties();
		for (String key : List.of("kernel.distance.initial", "kernel.distance.trained", "kernel.movement")) {
			if (properties.containsKey(key)) {
				numbers.add(new Property(DISTANCES.get(key), Numbers.format(Tables.parse(properties.get(key)))));
			}
		}
		if (width > 0) {
			numbers.add(new Property("width m", Integer.toString(width)));
		}
		if (!numbers.isEmpty()) {
			blocks.add(new PropertiesBlock("distances", "Kernel distances (relative Frobenius, training inputs)",
					numbers));
		}
		List<String> notes = new ArrayList<>();
		if (function.isEmpty() && pairs.isEmpty()) {
			notes.add("this run folder stores no kernel samples (" + KernelRecord.KERNEL_FUNCTION_CSV + ", "
					+ KernelRecord.KERNEL_PAIRS_CSV + "): a run from before they were stored, or one that has not "
					+ "finished training");
		}
		notes.add("the distance at initialisation falls like m^(−1/2) with the width; the width study over "
				+ "m = 256 … 16 384 is the command `./spectralbias width-study`");
		blocks.add(new TextBlock("notes", "Notes", notes));
		return new Page("Kernel", blocks);
	}

	private static Chart kappaChart(Optional<CsvTable> function, Optional<CsvTable> pairs, int width) {
		List<Series> series = new ArrayList<>();
		function.ifPresent(f -> series.add(Series.line("κ(t), analytic", Tables.numbers(f, "t"), Tables.numbers(f,
				"kappa")).withPaletteIndex(0).withLineWidth(2)));
		pairs.ifPresent(p -> {
			double[] t = Tables.numbers(p, "t");
			series.add(Series.markers("empirical NTK, initialisation", t, Tables.numbers(p, "empirical_initial"))
					.withPaletteIndex(1).withMarkerSize(4));
			series.add(Series.markers("empirical NTK, trained", t, Tables.numbers(p, "empirical_trained"))
					.withMarker(MarkerShape.CROSS).withPaletteIndex(2).withMarkerSize(5));
		});
		return Chart.builder().title("Kernel function")
				.subtitle("κ(t), t = ⟨x, x′⟩, against the network's NTK on pairs of training inputs"
						+ (width > 0 ? " (m = " + width + ")" : ""))
				.xAxis(Axis.linear("t = ⟨x, x′⟩", "").withRange(-1, 1)).yAxis(Axis.linear("kernel value", ""))
				.legend(LegendPosition.TOP_LEFT).series(series).build();
	}

	private static Chart gramChart(CsvTable pairs, int width) {
		double[] analytic = Tables.numbers(pairs, "analytic");
		return Chart.builder().title("Empirical against analytic Gram entries")
				.subtitle("the diagonal is the infinite-width limit" + (width > 0 ? "; m = " + width : ""))
				.xAxis(Axis.linear("analytic K_∞(x_i, x_j)", "")).yAxis(Axis.linear("empirical K_m(x_i, x_j)", ""))
				.legend(LegendPosition.TOP_LEFT)
				.series(Series.markers("initialisation", analytic, Tables.numbers(pairs, "empirical_initial"))
						.withPaletteIndex(1).withMarkerSize(4),
						Series.markers("trained", analytic, Tables.numbers(pairs, "empirical_trained"))
								.withMarker(MarkerShape.CROSS).withPaletteIndex(2).withMarkerSize(5))
				.referenceLine(ReferenceLine.diagonal().withLabel("K_m = K_∞")).build();
	}
}

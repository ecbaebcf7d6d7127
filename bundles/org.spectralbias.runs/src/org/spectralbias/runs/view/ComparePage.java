package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.LinePattern;
import org.spectralbias.report.chart.MarkerShape;
import org.spectralbias.report.chart.Series;
import org.spectralbias.runs.DegreeRates;
import org.spectralbias.runs.view.PropertiesBlock.Property;

/**
 * The Compare view: several runs on shared axes, one colour per run with a legend — the measured training
 * projections per degree (line pattern per degree), the fitted rates per degree against the predictions, and one
 * table of all rates. Runs are labelled by the experiment settings that differ between them (e.g. the input
 * distribution of a sweep), else by their folder names.
 */
public final class ComparePage {

	private static final LinePattern[] PATTERNS = { LinePattern.SOLID, LinePattern.DASHED, LinePattern.DOTTED };
	private static final MarkerShape[] SHAPES = { MarkerShape.CIRCLE, MarkerShape.SQUARE, MarkerShape.TRIANGLE,
			MarkerShape.DIAMOND, MarkerShape.CROSS };

	private ComparePage() {
	}

	/**
	 * @param runs at least one run
	 * @return the comparison page
	 */
	public static Page of(List<RunModel> runs) {
		if (runs.isEmpty()) {
			throw new IllegalArgumentException("nothing to compare: no run given");
		}
		List<String> labels = labels(runs);
		List<Block> blocks = new ArrayList<>();
		blocks.add(new ChartBlock("projections", projections(runs, labels), true));
		blocks.add(new ChartBlock("rates", rates(runs, labels), true));
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			RunModel run = runs.get(i);
			for (DegreeRates r : run.record().rates()) {
				rows.add(List.<Object>of(labels.get(i), r.degree(), r.measured(), r.predictedMu(), r.linear(),
						r.relativeErrorMu(), r.linear() > 0 ? (r.measured() - r.linear()) / r.linear() : Double.NaN));
			}
		}
		blocks.add(new TableBlock("rates-table", "Rates per run and degree",
				Tables.display(List.of("run", "degree k", "measured rate", "sphere prediction", "linear model",
						"error vs sphere", "error vs linear model"), rows), "compare-rates.csv"));
		List<Property> legend = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			legend.add(new Property(labels.get(i), runs.get(i).folder().toString()));
		}
		blocks.add(new PropertiesBlock("runs", "Runs", legend));
		return new Page("Compare", blocks);
	}

	/**
	 * @param runs the runs
	 * @return one label per run: the experiment settings whose values differ between the runs, else the folder name
	 */
	public static List<String> labels(List<RunModel> runs) {
		List<Map<String, String>> settings = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		for (RunModel run : runs) {
			Map<String, String> m = new LinkedHashMap<>();
			Json.flatten(run.record().experiment(), Set.of("schema", "name", "description", "threads"))
					.forEach(p -> m.put(p.name(), p.value()));
			settings.add(m);
			keys.addAll(m.keySet());
		}
		// the differing settings, a contribution (id and parameters) counted as one setting
		Set<String> differing = new LinkedHashSet<>();
		for (String k : keys) {
			if (settings.stream().map(m -> m.getOrDefault(k, "")).distinct().count() > 1) {
				differing.add(slot(k));
			}
		}
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			labels.add(label(runs.get(i), settings.get(i), differing, true));
		}
		if (labels.stream().anyMatch(l -> l.length() > 48)) {
			for (int i = 0; i < runs.size(); i++) {
				labels.set(i, label(runs.get(i), settings.get(i), differing, false));
			}
		}
		if (new LinkedHashSet<>(labels).size() < labels.size() || labels.stream().anyMatch(String::isEmpty)
				|| labels.stream().anyMatch(l -> l.length() > 48)) {
			for (int i = 0; i < labels.size(); i++) {
				labels.set(i, runs.get(i).name());
			}
		}
		return labels;
	}

	private static final Set<String> SLOTS = Set.of("distribution", "target", "architecture", "activation");

	/** @return the contribution slot a key belongs to, else the key itself */
	private static String slot(String key) {
		int dot = key.indexOf('.');
		String head = dot < 0 ? key : key.substring(0, dot);
		return SLOTS.contains(head) ? head : key;
	}

	private static String label(RunModel run, Map<String, String> settings, Set<String> differing,
			boolean parameters) {
		return differing.stream().map(k -> {
			if (SLOTS.contains(k)) {
				String full = RunRecordText.contribution(run.record().experiment(), k);
				String id = settings.getOrDefault(k + ".id", "—");
				return parameters && !full.isEmpty() ? full : id;
			}
			return shortKey(k) + "=" + settings.getOrDefault(k, "—");
		}).collect(Collectors.joining(", "));
	}

	private static String shortKey(String key) {
		return key.endsWith(".id") ? key.substring(0, key.length() - 3) : key.replace(".parameters.", ".");
	}

	private static Chart projections(List<RunModel> runs, List<String> labels) {
		List<Series> series = new ArrayList<>();
		List<Integer> degrees = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i).data().isEmpty()) {
				continue;
			}
			RunData d = runs.get(i).data().get();
			double[] x = Arrays.stream(d.steps()).asDoubleStream().toArray();
			for (DegreeSeries k : d.degrees()) {
				if (!degrees.contains(k.degree())) {
					degrees.add(k.degree());
				}
				LinePattern pattern = PATTERNS[degrees.indexOf(k.degree()) % PATTERNS.length];
				series.add(Series.line(labels.get(i) + ", k = " + k.degree(), x, k.train()).withPaletteIndex(i)
						.withPattern(pattern).withLineWidth(1.6));
			}
		}
		return Chart.builder().title("Measured residual projection per degree, training points")
				.subtitle("one colour per run; line pattern by degree ("
						+ degrees.stream().map(k -> "k = " + k + ": " + PATTERNS[degrees.indexOf(k) % PATTERNS.length]
								.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", ")) + ")")
				.xAxis(Axis.linear("iteration t", "")).yAxis(Axis.log("|v_kᵀ(y − f_t)|", ""))
				.legend(LegendPosition.OUTSIDE_RIGHT).series(series).build();
	}

	private static Chart rates(List<RunModel> runs, List<String> labels) {
		List<Series> series = new ArrayList<>();
		int maxDegree = 1;
		for (int i = 0; i < runs.size(); i++) {
			List<DegreeRates> rates = runs.get(i).record().rates();
			if (rates.isEmpty()) {
				continue;
			}
			double[] k = rates.stream().mapToDouble(DegreeRates::degree).toArray();
			maxDegree = Math.max(maxDegree, rates.stream().mapToInt(DegreeRates::degree).max().orElse(1));
			series.add(Series.lineAndMarkers(labels.get(i) + ", measured", k,
					rates.stream().mapToDouble(DegreeRates::measured).toArray()).withPaletteIndex(i)
					.withMarker(SHAPES[i % SHAPES.length]).withMarkerSize(7));
			series.add(Series.line(labels.get(i) + ", linear model", k,
					rates.stream().mapToDouble(DegreeRates::linear).toArray()).withPaletteIndex(i)
					.withPattern(LinePattern.DOTTED).withLineWidth(1.8));
		}
		// the sphere prediction depends only on the kernel and η·m: draw it once when all runs share it
		List<double[]> sphere = runs.stream().map(r -> r.record().rates().stream()
				.mapToDouble(DegreeRates::predictedMu).toArray()).filter(a -> a.length > 0).toList();
		boolean shared = sphere.stream().map(Arrays::toString).distinct().count() == 1;
		if (shared) {
			RunModel first = runs.stream().filter(r -> !r.record().rates().isEmpty()).findFirst().get();
			series.add(Series.line("sphere prediction (all runs)", first.record().rates().stream()
					.mapToDouble(DegreeRates::degree).toArray(), sphere.get(0))
					.withColour(org.spectralbias.report.chart.Rgb.BLACK).dashed().withLineWidth(1.4));
		} else {
			for (int i = 0; i < runs.size(); i++) {
				List<DegreeRates> rates = runs.get(i).record().rates();
				if (!rates.isEmpty()) {
					series.add(Series.line(labels.get(i) + ", sphere prediction",
							rates.stream().mapToDouble(DegreeRates::degree).toArray(),
							rates.stream().mapToDouble(DegreeRates::predictedMu).toArray()).withPaletteIndex(i)
							.dashed());
				}
			}
		}
		return Chart.builder().title("Per-step rates by degree")
				.subtitle("measured (markers) against the linear model with each run's Gram matrix (dotted) and "
						+ "the sphere spectrum (dashed)")
				.xAxis(Axis.linear("degree k", "").withRange(0, maxDegree + 1)).yAxis(Axis.log("rate per step", ""))
				.legend(LegendPosition.OUTSIDE_RIGHT).series(series).build();
	}
}

package org.spectralbias.runs.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spectralbias.core.engine.KernelRecord;
import org.spectralbias.core.io.CsvReader;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.math.special.HarmonicDimension;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.Series;
import org.spectralbias.runs.FixtureAccess;
import org.spectralbias.runs.Numbers;

/** Every tab's view model built from a real run folder: what each page shows and that it is what was stored. */
class PagesTest {

	private static RunModel uniform;
	private static RunModel anisotropic;

	@BeforeAll
	static void load() throws Exception {
		uniform = RunModel.load(FixtureAccess.uniform());
		anisotropic = RunModel.load(FixtureAccess.anisotropic());
	}

	static List<String> names(Chart chart) {
		return chart.series().stream().map(Series::name).toList();
	}

	/** @return the points of a series a chart can draw */
	static int plottable(Chart chart, int series) {
		return chart.series().get(series).size() - chart.skippedPoints(series);
	}

	static Chart chart(Page page, String id) {
		return ((ChartBlock) page.block(id).orElseThrow(() -> new AssertionError("no block " + id))).chart();
	}

	static CsvTable table(Page page, String id) {
		return ((TableBlock) page.block(id).orElseThrow(() -> new AssertionError("no block " + id))).table();
	}

	@Test
	void theModelHoldsTheRunDataAndEveryTableOfTheFolder() throws Exception {
		assertTrue(uniform.data().isPresent());
		assertEquals(List.of(), uniform.problems());
		List<String> csv;
		try (Stream<java.nio.file.Path> files = Files.list(uniform.folder())) {
			csv = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
		}
		List<String> expected = new ArrayList<>(List.of(RunFolder.TRAJECTORY_CSV));
		csv.stream().filter(n -> !n.equals(RunFolder.TRAJECTORY_CSV)).forEach(expected::add);
		assertEquals(expected, new ArrayList<>(uniform.tables().keySet()), "the trajectory first, then by name");
		for (String name : List.of(KernelRecord.SPHERE_SPECTRUM_CSV, KernelRecord.NYSTROM_SPECTRUM_CSV,
				KernelRecord.KERNEL_FUNCTION_CSV, KernelRecord.KERNEL_PAIRS_CSV, "convergence-by-degree-summary.csv",
				"misspecification-leakage.csv", "misspecification-rates.csv")) {
			assertTrue(uniform.table(name).isPresent(), "the engine stored " + name);
		}
	}

	@Test
	void overviewShowsTheExperimentProvenanceAndStatus() {
		Page page = new OverviewPage().create(uniform);
		PropertiesBlock run = (PropertiesBlock) page.block("run").orElseThrow();
		assertEquals("completed", run.value("status").orElseThrow());
		assertEquals("completed 600 steps", run.value("message").orElseThrow());
		PropertiesBlock experiment = (PropertiesBlock) page.block("experiment").orElseThrow();
		assertEquals("256", experiment.value("width").orElseThrow());
		assertEquals("uniform-sphere", experiment.value("distribution.id").orElseThrow());
		assertEquals("[1, 2, 4]", experiment.value("target.parameters.degrees").orElseThrow());
		PropertiesBlock provenance = (PropertiesBlock) page.block("provenance").orElseThrow();
		assertEquals("7", provenance.value("seed").orElseThrow());
		assertTrue(provenance.rows().stream().anyMatch(p -> p.name().startsWith("contributions.architecture two-layer")),
				provenance.rows().toString());
		PropertiesBlock timings = (PropertiesBlock) page.block("timings").orElseThrow();
		assertTrue(timings.value("training").isPresent(), timings.rows().toString());
		PropertiesBlock data = (PropertiesBlock) page.block("data").orElseThrow();
		// μ_1 = 3/(4D) = 0.15 at D = 5 (science.md)
		assertTrue(data.value("degree 1").orElseThrow().startsWith("μ_k = 0.150"), data.value("degree 1").get());
	}

	@Test
	void spectrumShowsEveryEigenvalueOfKOverNBesideTheSphereSpectrumWithMultiplicities() {
		Page page = new SpectrumPage().create(uniform);
		Chart eigenvalues = chart(page, "eigenvalues");
		assertEquals(List.of("λ_i(K/n), run's inputs", "μ_k repeated N(D, k) times (sphere)"), names(eigenvalues));
		assertEquals(120, plottable(eigenvalues, 0), "all n = 120 eigenvalues of K/n are positive and drawn");
		CsvTable spectrum = table(page, "spectrum");
		// blocks sized N(D, k): N(5, 0) = 1, N(5, 1) = 5, N(5, 2) = 14, N(5, 4) = 55 (closed form
		// N(D, k) = (2k + D − 2)(k + D − 3)! / (k! (D − 2)!)), in the order of μ_k; the last block is cut at n
		List<String> degrees = spectrum.rows().stream().map(r -> r.get(0)).toList();
		int covered = 0;
		for (List<String> row : spectrum.rows()) {
			int k = Integer.parseInt(row.get(0));
			assertEquals(Numbers.format(HarmonicDimension.approx(5, k)), row.get(1), "N(5, " + k + ")");
			covered += Integer.parseInt(row.get(4));
		}
		assertEquals(List.of("1", "5", "14"), List.of(spectrum.cell(0, 1), spectrum.cell(1, 1), spectrum.cell(2, 1)));
		assertEquals(120, covered, "the blocks cover the n eigenvalues");
		assertEquals(List.of("0", "1", "2"), degrees.subList(0, 3));
		// μ_1 = 3/(4D) = 0.15 at D = 5 (science.md)
		assertEquals("0.150", spectrum.cell(1, 2));
		Chart byDegree = chart(page, "by-degree");
		assertEquals(3, byDegree.series().size());
		CsvTable projected = table(page, "projected");
		RunData d = uniform.data().orElseThrow();
		for (int i = 0; i < d.degrees().size(); i++) {
			DegreeSeries k = d.degrees().get(i);
			assertEquals(List.of(Integer.toString(k.degree()), Numbers.format(k.mu()), Numbers.format(
					k.effectiveEigenvalue()), Numbers.format(k.effectiveEigenvalue() / k.mu())), projected.rows().get(i));
		}
		assertTrue(page.block("missing").isEmpty(), "nothing is missing for a run of this engine");
	}

	@Test
	void convergenceShowsTheCommandLinesFiguresAndTheStoredRates() throws Exception {
		Page page = new ConvergencePage().create(uniform);
		RunData d = uniform.data().orElseThrow();
		Chart train = chart(page, "convergence-train");
		List<String> expected = new ArrayList<>();
		for (int k : new int[] { 1, 2, 4 }) {
			expected.addAll(List.of("k = " + k + ", measured", "k = " + k + ", (1 − ημ_k)^t", "k = " + k
					+ ", linear model"));
		}
		assertEquals(expected, names(train));
		for (Series s : train.series()) {
			assertEquals(d.steps().length, s.size(), s.name());
		}
		assertEquals(6, chart(page, "convergence-test").series().size(), "test points: measured and linear model");
		assertEquals(List.of("training loss", "test loss"), names(chart(page, "loss")));
		assertEquals(3, chart(page, "rates").series().size());
		CsvTable rates = table(page, "rates-table");
		CsvTable summary = CsvReader.read(uniform.folder().resolve("convergence-by-degree-summary.csv"));
		for (int r = 0; r < 3; r++) {
			assertEquals(Numbers.format(summary.number(r, summary.column("measured_rate"))), rates.cell(r, 3));
			assertEquals(Numbers.format(summary.number(r, summary.column("predicted_rate_mu"))), rates.cell(r, 4));
		}
		TextBlock findings = (TextBlock) page.block("findings").orElseThrow();
		assertTrue(findings.lines().get(0).startsWith("convergence-by-degree"), findings.lines().toString());
		assertTrue(page.block("live").isEmpty());
	}

	@Test
	void misspecificationShowsTheStoredLeakageAsHeatMapAndTable() {
		for (RunModel run : List.of(uniform, anisotropic)) {
			Page page = new MisspecificationPage().create(run);
			RunData d = run.data().orElseThrow();
			HeatMapBlock heat = (HeatMapBlock) page.block("leakage").orElseThrow();
			assertEquals(List.of("k = 1", "k = 2", "k = 4"), heat.heatMap().rowLabels());
			assertEquals(d.leakageBlocks().length, heat.heatMap().columns());
			for (int r = 0; r < 3; r++) {
				assertArrayEquals(d.leakage()[r], heat.heatMap().values()[r], "row " + r);
			}
			CsvTable verdicts = table(page, "verdicts");
			assertEquals(3, verdicts.rowCount());
			assertTrue(verdicts.cell(0, 6).contains("holds"), verdicts.cell(0, 6));
			assertEquals(3, chart(page, "rates").series().size());
		}
		PropertiesBlock inputs = (PropertiesBlock) new MisspecificationPage().create(anisotropic).block("inputs")
				.orElseThrow();
		assertEquals("anisotropic-gaussian (ratio=20)", inputs.value("distribution").orElseThrow());
		assertTrue(inputs.value("inputs uniform on the sphere").orElseThrow().startsWith("no"));
	}

	private static void assertArrayEquals(double[] expected, double[] actual, String message) {
		assertTrue(Arrays.equals(expected, actual), message + ": " + Arrays.toString(expected) + " vs "
				+ Arrays.toString(actual));
	}

	@Test
	void kernelShowsKappaBesideTheEmpiricalNtkAndTheDistances() {
		Page page = new KernelPage().create(uniform);
		Chart kappa = chart(page, "kappa");
		assertEquals(List.of("κ(t), analytic", "empirical NTK, initialisation", "empirical NTK, trained"), names(kappa));
		assertEquals(KernelRecord.KAPPA_POINTS, kappa.series().get(0).size());
		int pairs = KernelRecord.PAIR_POINTS * (KernelRecord.PAIR_POINTS + 1) / 2; // i ≤ j of 48 inputs
		assertEquals(pairs, plottable(kappa, 1));
		assertEquals(pairs, plottable(kappa, 2));
		Chart gram = chart(page, "gram");
		assertEquals(1, gram.referenceLines().size(), "the diagonal K_m = K_∞");
		// K(x, x) = κ(⟨x, x⟩) = κ(1): the stored Gram diagonal equals the stored κ at t = 1
		CsvTable function = uniform.table(KernelRecord.KERNEL_FUNCTION_CSV).orElseThrow();
		CsvTable stored = uniform.table(KernelRecord.KERNEL_PAIRS_CSV).orElseThrow();
		double kappaAtOne = function.number(function.rowCount() - 1, function.column("kappa"));
		assertEquals(1.0, function.number(function.rowCount() - 1, function.column("t")));
		assertEquals(kappaAtOne, stored.number(0, stored.column("analytic")), 1e-9);
		PropertiesBlock distances = (PropertiesBlock) page.block("distances").orElseThrow();
		assertEquals(Numbers.format(Double.parseDouble(uniform.record().properties().get("kernel.distance.initial"))),
				distances.rows().get(0).value());
		assertEquals("256", distances.value("width m").orElseThrow());
	}

	@Test
	void dataListsEveryTableAndLogTellsHowTheRunEnded() {
		Page data = new DataPage().create(uniform);
		assertEquals(uniform.tables().size(), data.blocks().size());
		TableBlock first = (TableBlock) data.blocks().get(0);
		assertEquals(RunFolder.TRAJECTORY_CSV, first.fileName());
		assertEquals(uniform.data().orElseThrow().steps().length, first.table().rowCount());
		Page log = new LogPage().create(uniform);
		TextBlock status = (TextBlock) log.block("status").orElseThrow();
		assertTrue(status.lines().get(1).endsWith("completed: completed 600 steps"), status.lines().toString());
		TextBlock analyses = (TextBlock) log.block("analyses").orElseThrow();
		assertTrue(analyses.lines().get(0).startsWith("[passed] convergence-by-degree"), analyses.lines().toString());
		assertTrue(analyses.lines().stream().anyMatch(l -> l.contains("misspecification")));
		assertFalse(log.block("problems").isPresent());
	}
}

package org.spectralbias.ui.runs.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.Range;
import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.svg.SvgRenderer;
import org.spectralbias.runs.Numbers;
import org.spectralbias.ui.charts.ChartViewer;
import org.spectralbias.ui.charts.HeatMapViewer;
import org.spectralbias.ui.runs.RunEditorInput;

/** The run editor opened through the open-run command on a real run: every tab, its charts and tables. */
class RunEditorUiTest {

	private static Workspace workspace;
	private static RunEditor editor;
	private static RunData data;

	@BeforeAll
	static void open() throws Exception {
		workspace = Workspace.get();
		UiFixture.openRun(workspace.uniform);
		editor = (RunEditor) UiFixture.page().findEditor(new RunEditorInput(workspace.uniform));
		assertNotNull(editor, "the open-run command opened the run editor");
		data = editor.model().data().orElseThrow();
	}

	@AfterAll
	static void close() {
		UiFixture.page().closeEditor(editor, false);
	}

	private static java.util.Map<String, Control> show(String tab) {
		assertTrue(editor.activate(tab), tab);
		UiFixture.spin(50);
		return ((PageTab) editor.tab(tab).orElseThrow()).renderer().controls();
	}

	private static ChartViewer chart(String tab, String block) {
		return (ChartViewer) show(tab).get(block);
	}

	private static int positive(double[] values) {
		return (int) Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).count();
	}

	@Test
	void everyContributedTabIsThereInOrderAndABrokenOneIsReplacedByAMessage() {
		// the built-in tabs, the test fragment's tab for the convergence analysis (which ran), not the one for the
		// parity check (which did not), and the broken contribution as a message
		assertEquals(List.of("Overview", "Spectrum", "Convergence", "Misspecification", "Kernel", "Data", "Log",
				"Numbers (test)", "Broken (test)"), editor.tabNames());
		assertTrue(editor.tab("test.broken").isEmpty(), "the broken tab has no tab object");
		assertTrue(editor.tab("test.convergence-numbers").isPresent());
		assertFalse(editor.isLive());
	}

	@Test
	void overviewShowsStatusAndExperiment() {
		Table run = (Table) show("overview").get("run");
		List<String> status = Arrays.stream(run.getItems()).filter(i -> i.getText(0).equals("status"))
				.map(i -> i.getText(1)).toList();
		assertEquals(List.of("completed"), status);
		Table experiment = (Table) show("overview").get("experiment");
		assertTrue(Arrays.stream(experiment.getItems()).anyMatch(i -> i.getText(0).equals("width")
				&& i.getText(1).equals("256")));
	}

	@Test
	void spectrumDrawsEveryEigenvalueOfKOverN() {
		ChartViewer viewer = chart("spectrum", "eigenvalues");
		assertEquals(List.of("λ_i(K/n), run's inputs", "μ_k repeated N(D, k) times (sphere)"),
				viewer.chart().series().stream().map(s -> s.name()).toList());
		assertEquals(120, viewer.plottedPoints(0), "n = 120 eigenvalues");
		Table table = (Table) show("spectrum").get("spectrum");
		assertEquals("1", table.getItem(0).getText(1), "N(5, 0) = 1");
		assertEquals("5", table.getItem(1).getText(1), "N(5, 1) = 5");
	}

	@Test
	void convergenceDrawsMeasuredAndPredictedCurvesOnALogAxis() throws Exception {
		ChartViewer viewer = chart("convergence", "convergence-train");
		Chart chart = viewer.chart();
		List<String> names = chart.series().stream().map(s -> s.name()).toList();
		assertEquals(9, names.size());
		assertEquals("k = 1, measured", names.get(0));
		// the SWTChart series carry the model's names and colours, and every drawable point
		int i = 0;
		for (DegreeSeries k : data.degrees()) {
			double[][] arrays = { k.train(), k.predictedMu(), k.predictedLinear() };
			for (double[] a : arrays) {
				assertEquals(positive(a), viewer.plottedPoints(i), names.get(i));
				i++;
			}
		}
		List<String> legend = new ArrayList<>();
		for (ISeries<?> s : viewer.swtChart().getSeriesSet().getSeries()) {
			if (s.isVisibleInLegend()) {
				legend.add(s.getDescription());
			}
		}
		assertEquals(names, legend);
		ILineSeries<?> first = (ILineSeries<?>) viewer.swtChart().getSeriesSet().getSeries()[0];
		Rgb colour = chart.colour(0);
		assertEquals(new org.eclipse.swt.graphics.RGB(colour.red(), colour.green(), colour.blue()),
				first.getLineColor().getRGB());

		// the nearest point under the pointer is found with its series and values
		int index = data.steps().length / 2;
		double x = data.steps()[index];
		double y = data.degree(2).orElseThrow().train()[index];
		ChartViewer.Hover hover = viewer.nearest(viewer.pixelX(x), viewer.pixelY(y)).orElseThrow();
		assertEquals(x, hover.x());
		assertEquals(chart.series().get(hover.series()).y(index), hover.y());

		// zooming the log axis halves its span in decades around the pointer; a reset restores the model's range
		Range before = viewer.yRange();
		int px = viewer.plotArea().getSize().x / 2;
		int py = viewer.plotArea().getSize().y / 3;
		double anchor = viewer.dataY(py);
		viewer.zoom(0.5, px, py);
		Range after = viewer.yRange();
		double decadesBefore = Math.log10(before.max() / before.min());
		double decadesAfter = Math.log10(after.max() / after.min());
		assertEquals(decadesBefore / 2, decadesAfter, 1e-9 * decadesBefore);
		double pixel = decadesAfter / viewer.plotArea().getSize().y;
		assertEquals(Math.log10(anchor), Math.log10(viewer.dataY(py)), 2 * pixel, "the point under the pointer stays");
		assertTrue(viewer.zoomed());
		viewer.resetZoom();
		assertEquals(before, viewer.yRange());

		// the export is the command line's figure of the same chart
		Path svg = Files.createTempFile("convergence", ".svg");
		try {
			viewer.export(svg);
			assertEquals(SvgRenderer.render(chart, 720, 460), Files.readString(svg));
		} finally {
			Files.deleteIfExists(svg);
		}
		assertEquals(2, positive(new double[] { 1, 2 }));
		assertTrue(show("convergence").containsKey("convergence-test"));
		assertTrue(show("convergence").containsKey("loss"));
	}

	@Test
	void misspecificationShowsTheLeakageHeatMap() {
		HeatMapViewer heat = (HeatMapViewer) show("misspecification").get("leakage");
		assertEquals(3, heat.heatMap().rows());
		assertEquals(data.leakageBlocks().length, heat.heatMap().columns());
		assertEquals("k = 1 × block " + data.leakageBlocks()[1] + ": " + Numbers.percent(data.leakage()[0][1]),
				heat.describe(0, 1));
		Table table = (Table) show("misspecification").get("leakage-table");
		assertEquals(3, table.getItemCount());
	}

	@Test
	void kernelDrawsKappaAndTheEmpiricalNtk() {
		ChartViewer kappa = chart("kernel", "kappa");
		assertEquals(201, kappa.plottedPoints(0));
		assertEquals(48 * 49 / 2, kappa.plottedPoints(1), "pairs i ≤ j of 48 inputs");
		assertEquals(1, chart("kernel", "gram").chart().referenceLines().size());
	}

	@Test
	void dataShowsEveryStoredTableAsStored(@TempDir Path dir) throws Exception {
		java.util.Map<String, Control> controls = show("data");
		assertEquals(editor.model().tables().size(), controls.size());
		Table trajectory = (Table) controls.values().iterator().next();
		CsvTable stored = org.spectralbias.core.io.CsvReader.read(workspace.uniform.resolve(RunFolder.TRAJECTORY_CSV));
		assertEquals(stored.rowCount(), trajectory.getItemCount());
		assertEquals(stored.header(), Arrays.stream(trajectory.getColumns()).map(c -> c.getText()).toList());
		TableItem row = trajectory.getItem(3);
		assertArrayEquals(stored.rows().get(3).toArray(String[]::new), java.util.stream.IntStream
				.range(0, stored.header().size()).mapToObj(row::getText).toArray(String[]::new));
	}

	@Test
	void logTellsHowTheRunEnded() {
		Text status = (Text) show("log").get("status");
		assertTrue(status.getText().contains("completed: completed 600 steps"), status.getText());
		Text analyses = (Text) show("log").get("analyses");
		assertTrue(analyses.getText().startsWith("[passed] convergence-by-degree"), analyses.getText());
	}

	@Test
	void aContributedTabShowsItsAnalysisNumbers() {
		Table numbers = (Table) show("test.convergence-numbers").get("numbers");
		assertTrue(Arrays.stream(numbers.getItems()).anyMatch(i -> i.getText(0).equals("degree1.rate.measured")
				&& Double.parseDouble(i.getText(1)) == editor.model().record().rates().get(0).measured()));
	}
}

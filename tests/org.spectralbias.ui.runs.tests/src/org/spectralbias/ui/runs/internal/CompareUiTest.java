package org.spectralbias.ui.runs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.ui.charts.ChartViewer;

/** The compare editor on two real runs, one of them also while it trains. */
class CompareUiTest {

	@Test
	void overlaysTheRunsOnSharedAxesInDistinctColoursWithALegend() throws Exception {
		Workspace workspace = Workspace.get();
		IEditorPart part = UiFixture.page().openEditor(new CompareEditorInput(List.of(workspace.uniform,
				workspace.anisotropic)), CompareEditor.ID);
		CompareEditor editor = (CompareEditor) part;
		UiFixture.spin(50);
		assertEquals("Compare 2 runs", editor.getPartName());
		ChartViewer projections = (ChartViewer) editor.renderer().controls().get("projections");
		List<String> names = projections.chart().series().stream().map(s -> s.name()).toList();
		assertEquals("uniform-sphere, k = 1", names.get(0));
		assertEquals("anisotropic-gaussian (ratio=20), k = 1", names.get(3));
		ISeries<?>[] drawn = projections.swtChart().getSeriesSet().getSeries();
		ILineSeries<?> first = (ILineSeries<?>) drawn[0];
		ILineSeries<?> fourth = java.util.Arrays.stream(drawn).filter(s -> s.getId().equals("s3.0"))
				.map(s -> (ILineSeries<?>) s).findFirst().orElseThrow();
		assertNotEquals(first.getLineColor().getRGB(), fourth.getLineColor().getRGB(), "one colour per run");
		assertTrue(projections.swtChart().getLegend().isVisible());
		ChartViewer rates = (ChartViewer) editor.renderer().controls().get("rates");
		assertTrue(rates.chart().series().stream().anyMatch(s -> s.name().equals("sphere prediction (all runs)")));
		UiFixture.page().closeEditor(editor, false);
	}

	@Test
	void aRunTrainingInTheWorkbenchIsFollowedAndReadAgainWhenItEnds() throws Exception {
		Workspace workspace = Workspace.get();
		Path elsewhere = Files.createTempDirectory("sb-ui-compare-live");
		LiveRunUiTest.Training training = LiveRunUiTest.Training.start(workspace.uniform,
				elsewhere.resolve(workspace.uniform.getFileName() + "-live"));
		try {
			CompareEditor editor = (CompareEditor) UiFixture.page().openEditor(new CompareEditorInput(List.of(
					training.folder(), workspace.anisotropic)), CompareEditor.ID);
			UiFixture.spin(50);
			assertTrue(editor.isLive());
			int planned = training.stored().steps().length;
			int stored = RunModel.load(workspace.anisotropic).data().orElseThrow().steps().length;
			assertEquals(0, projections(editor).plottedPoints(0), "the live run's k = 1: nothing measured yet");
			assertEquals(stored, projections(editor).plottedPoints(3), "the stored run's k = 1: every step");
			for (int i = 0; i < 10; i++) {
				training.record(i);
				int expected = i + 1;
				UiFixture.waitUntil(() -> projections(editor).plottedPoints(0) == expected, 5000, expected + " points");
			}
			assertTrue(editor.liveUpdates() >= 1, "updates: " + editor.liveUpdates());
			for (int i = 10; i < planned; i++) {
				training.record(i);
			}
			training.complete();
			UiFixture.waitUntil(() -> !editor.isLive(), 5000, "the editor to stop following the run");
			UiFixture.waitUntil(() -> projections(editor).plottedPoints(0) == planned, 5000, "all points from disk");
			assertEquals(RunStatus.COMPLETED, editor.models().get(0).status(), "read again from its final run.json");
			assertEquals(stored, projections(editor).plottedPoints(3));
			UiFixture.page().closeEditor(editor, false);
		} finally {
			training.endIfRunning();
			UiFixture.delete(elsewhere);
		}
	}

	private static ChartViewer projections(CompareEditor editor) {
		return (ChartViewer) editor.renderer().controls().get("projections");
	}
}

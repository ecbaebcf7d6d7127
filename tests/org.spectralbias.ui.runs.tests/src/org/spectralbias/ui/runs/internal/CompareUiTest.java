package org.spectralbias.ui.runs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.spectralbias.ui.charts.ChartViewer;

/** The compare editor on two real runs. */
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
}

package org.spectralbias.ui.runs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spectralbias.runs.RunStore;
import org.spectralbias.ui.runs.RunEditors;

/** The Runs view in the running workbench over a runs folder with real runs. */
class RunsViewUiTest {

	private static Workspace workspace;

	@BeforeAll
	static void runs() throws Exception {
		workspace = Workspace.get();
	}

	private static TreeItem group(Tree tree, String experiment) {
		return Arrays.stream(tree.getItems()).filter(i -> i.getText(0).startsWith(experiment + " (")).findFirst()
				.orElseThrow(() -> new AssertionError("no experiment " + experiment + " in "
						+ Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList()));
	}

	@Test
	void thePerspectiveShowsRunsOnTheLeftAndPluginsProgressAndErrorLogBelow() {
		assertNotNull(UiFixture.page().findViewReference(RunEditors.RUNS_VIEW), "Runs view in the perspective");
		assertNotNull(UiFixture.page().findViewReference("org.spectralbias.ui.views.contributions"));
		assertNotNull(UiFixture.page().findViewReference(IPageLayout.ID_PROGRESS_VIEW));
		assertNotNull(UiFixture.page().findViewReference("org.eclipse.pde.runtime.LogView"));
	}

	@Test
	void listsTheRunsByExperimentWithStatusDateAndRatesAndFollowsTheFolder() throws Exception {
		RunsView view = (RunsView) UiFixture.page().showView(RunsView.ID);
		// the view follows the runs-folder preference, which the fixture set
		UiFixture.waitUntil(() -> view.store().root().equals(workspace.root), 5000, "the view to follow the preference");
		view.refreshNow();
		assertEquals(workspace.root, view.store().root(), "the view shows the workbench's runs folder");
		Tree tree = view.viewer().getTree();
		assertEquals(2, tree.getItemCount());
		TreeItem uniform = group(tree, Workspace.UNIFORM);
		assertEquals(Workspace.UNIFORM + " (1)", uniform.getText(0));
		TreeItem run = uniform.getItem(0);
		assertEquals(workspace.uniform.getFileName().toString(), run.getText(0));
		assertEquals("completed", run.getText(1));
		assertTrue(run.getText(3).startsWith("k=1 ") && run.getText(3).contains("(μ 0.163)"), run.getText(3));
		assertEquals("uniform-sphere", run.getText(4));
		assertEquals("120", run.getText(5));
		assertEquals("256", run.getText(6));
		assertEquals("anisotropic-gaussian", group(tree, Workspace.ANISOTROPIC).getItem(0).getText(4));

		// a run that appears in the folder shows up without being asked (the view polls)
		Path appeared = workspace.root.resolve("more/" + workspace.uniform.getFileName() + "-copy");
		UiFixture.copy(workspace.uniform, appeared);
		UiFixture.waitUntil(() -> group(view.viewer().getTree(), Workspace.UNIFORM).getText(0).endsWith("(2)"), 15_000,
				"the new run to appear");

		// deleting moves it to the trash, after which the view lists one run again
		List<String> problems = view.delete(List.of(appeared));
		assertEquals(List.of(), problems);
		assertFalse(Files.exists(appeared));
		try (var trashed = Files.walk(workspace.root.resolve(RunStore.TRASH))) {
			assertTrue(trashed.anyMatch(p -> p.getFileName().toString().equals(appeared.getFileName().toString())),
					"the run is in the trash");
		}
		assertEquals(Workspace.UNIFORM + " (1)", group(view.viewer().getTree(), Workspace.UNIFORM).getText(0));

		// restoring puts it back where it was, and the view lists it again
		List<RunStore.TrashedRun> trashed = view.store().trashed();
		assertEquals(1, trashed.size());
		assertEquals(workspace.root.relativize(appeared).toString(), trashed.get(0).originalPath());
		assertEquals(List.of(), view.restore(List.of(trashed.get(0).folder())));
		assertTrue(Files.isDirectory(appeared), "the run is back in its folder");
		assertEquals(Workspace.UNIFORM + " (2)", group(view.viewer().getTree(), Workspace.UNIFORM).getText(0));
		assertEquals(List.of(), view.store().trashed());
	}
}

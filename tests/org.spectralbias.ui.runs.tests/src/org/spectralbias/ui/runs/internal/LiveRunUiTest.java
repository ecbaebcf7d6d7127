package org.spectralbias.ui.runs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.ui.charts.ChartViewer;
import org.spectralbias.ui.runs.RunEditorInput;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The run editor follows a run that trains in the workbench: predictions from the start, growing measurement. */
class LiveRunUiTest {

	/**
	 * A copy of a stored run made to look as the engine leaves it while training (run.json with status running, no
	 * analyses; a {@link LiveRun} started with every prediction and nothing measured), fed step by step from the
	 * stored data. Shared with {@link CompareUiTest}.
	 */
	record Training(Path folder, LiveRun live, RunData stored, String finalJson) {

		static Training start(Path storedRun, Path folder) throws IOException {
			UiFixture.copy(storedRun, folder);
			String finalJson = Files.readString(folder.resolve(RunFolder.RUN_JSON));
			RunData stored = RunModel.load(folder).data().orElseThrow();
			JsonObject atStart = JsonParser.parseString(finalJson).getAsJsonObject();
			atStart.addProperty("status", "running");
			atStart.remove("analyses");
			atStart.remove("message");
			Files.writeString(folder.resolve(RunFolder.RUN_JSON), atStart.toString());
			LiveRun live = new LiveRun();
			live.started(folder, plan(stored));
			return new Training(folder, live, stored, finalJson);
		}

		/** Records the stored step i. */
		void record(int i) {
			double[] p = new double[stored.degrees().size()];
			double[] q = new double[p.length];
			for (int k = 0; k < p.length; k++) {
				p[k] = stored.degrees().get(k).train()[i];
				q[k] = stored.degrees().get(k).test()[i];
			}
			live.recorded(i, stored.steps()[i], stored.trainLoss()[i], stored.testLoss()[i], p, q);
		}

		/** Writes the final run.json and ends the run as completed. */
		void complete() throws IOException {
			Files.writeString(folder.resolve(RunFolder.RUN_JSON), finalJson);
			live.finished(folder, RunStatus.COMPLETED, "completed " + stored.steps()[stored.steps().length - 1]
					+ " steps");
		}

		/** Ends the run as cancelled unless it has ended. */
		void endIfRunning() {
			if (live.status() == RunStatus.RUNNING) {
				live.finished(folder, RunStatus.CANCELLED, "test over");
			}
		}

		/** @return the run as the engine plans it before training: all predictions, nothing measured */
		private static RunData plan(RunData d) {
			List<DegreeSeries> degrees = new ArrayList<>();
			for (DegreeSeries k : d.degrees()) {
				degrees.add(new DegreeSeries(k.degree(), k.mu(), k.effectiveEigenvalue(), nan(k.train()),
						nan(k.test()), k.predictedMu(), k.predictedLinear(), k.predictedLinearTest(),
						k.predictedEmpirical()));
			}
			return new RunData(d.name(), d.ambientDim(), d.width(), d.trainSize(), d.testSize(), d.etaEff(),
					d.lambdaMax(), d.uniformInputs(), d.bias(), d.steps(), nan(d.trainLoss()), nan(d.testLoss()),
					degrees, d.leakageBlocks(), d.leakage(), d.properties());
		}

		private static double[] nan(double[] a) {
			double[] out = new double[a.length];
			Arrays.fill(out, Double.NaN);
			return out;
		}
	}

	private static ChartViewer train(RunEditor editor) {
		return (ChartViewer) ((PageTab) editor.tab("convergence").orElseThrow()).renderer().controls()
				.get("convergence-train");
	}

	@Test
	void anEditorOpenedOnALiveRunGrowsItsCurvesAndReloadsTheRunWhenItEnds() throws Exception {
		Workspace workspace = Workspace.get();
		Path elsewhere = Files.createTempDirectory("sb-ui-live");
		Training training = Training.start(workspace.uniform,
				elsewhere.resolve(workspace.uniform.getFileName() + "-live"));
		Path folder = training.folder();
		RunData stored = training.stored();
		try {
			UiFixture.openRun(folder);
			RunEditor editor = (RunEditor) UiFixture.page().findEditor(new RunEditorInput(folder));
			assertNotNull(editor);
			assertTrue(editor.isLive());
			assertEquals(List.of("Overview", "Spectrum", "Convergence", "Misspecification", "Kernel", "Data", "Log",
					"Broken (test)"), editor.tabNames(), "no analysis tab before the analyses ran");
			assertEquals(2, editor.getActivePage(), "the Convergence tab is in front");
			ChartViewer viewer = train(editor);
			int planned = stored.steps().length;
			assertEquals(0, viewer.plottedPoints(0), "k = 1 measured: nothing yet");
			assertEquals(planned, viewer.plottedPoints(2), "k = 1 linear model: every planned step from the start");

			for (int i = 0; i < 10; i++) {
				training.record(i);
				int expected = i + 1;
				UiFixture.waitUntil(() -> train(editor).plottedPoints(0) == expected, 5000, expected + " points");
			}
			// a burst of steps is coalesced: at most one update per 200 ms
			int updatesBefore = editor.liveUpdates();
			long start = System.currentTimeMillis();
			for (int i = 10; i < 30; i++) {
				training.record(i);
			}
			UiFixture.waitUntil(() -> train(editor).plottedPoints(0) == 30, 5000, "30 points");
			UiFixture.spin(600);
			long elapsed = System.currentTimeMillis() - start;
			int updates = editor.liveUpdates() - updatesBefore;
			assertTrue(updates >= 1 && updates <= 2 + elapsed / LiveBinding.MIN_INTERVAL_MS,
					updates + " updates in " + elapsed + " ms");

			for (int i = 30; i < planned; i++) {
				training.record(i);
			}
			training.complete();
			UiFixture.waitUntil(() -> !editor.isLive(), 5000, "the editor to leave live mode");
			assertEquals(RunStatus.COMPLETED, editor.model().status());
			assertEquals(List.of("Overview", "Spectrum", "Convergence", "Misspecification", "Kernel", "Data", "Log",
					"Numbers (test)", "Broken (test)"), editor.tabNames(), "the analysis tab comes with the analyses");
			UiFixture.waitUntil(() -> train(editor).plottedPoints(0) == planned, 5000, "all points from disk");
			UiFixture.page().closeEditor(editor, false);
		} finally {
			training.endIfRunning();
			UiFixture.delete(elsewhere);
		}
	}

	@Test
	void theEngineOpensTheEditorFromStartedAndItFollowsTheRunToTheEnd() throws Exception {
		Workspace.get();
		Path runs = Files.createTempDirectory("sb-ui-engine-live");
		LiveRun live = new LiveRun();
		Display display = Display.getCurrent();
		AtomicReference<Path> opened = new AtomicReference<>();
		AtomicReference<RunEditor> shown = new AtomicReference<>();
		CountDownLatch editorOpen = new CountDownLatch(1);
		// what the experiment side's Run job does: a LiveRun learns of the start, then the open-run command runs
		RunListener listener = new RunListener() {
			@Override
			public void started(Path folder, RunData planned) {
				live.started(folder, planned);
				display.asyncExec(() -> {
					try {
						UiFixture.openRun(folder);
						opened.set(folder);
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
				});
			}

			@Override
			public void recorded(int index, int step, double trainLoss, double testLoss, double[] train, double[] test) {
				live.recorded(index, step, trainLoss, testLoss, train, test);
				try {
					// however slow the machine, the run goes on only once the editor is open, and past step 5 only
					// once the editor has shown it live
					if (index == 0) {
						editorOpen.await(60, TimeUnit.SECONDS);
					}
					for (int i = 0; index == 5 && shown.get() != null && shown.get().liveUpdates() == 0 && i < 1000; i++) {
						Thread.sleep(20);
					}
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}

			@Override
			public void finished(Path folder, RunStatus status, String message) {
				live.finished(folder, status, message);
			}
		};
		AtomicReference<Object> outcome = new AtomicReference<>();
		Thread engine = new Thread(() -> {
			try {
				outcome.set(UiFixture.run(UiFixture.spec("ui-engine-live", "{ \"id\": \"uniform-sphere\" }", 1500),
						runs, listener));
			} catch (Exception e) {
				outcome.set(e);
			}
		}, "engine");
		engine.start();
		UiFixture.waitUntil(() -> opened.get() != null, 60_000, "the editor to open from started()");
		RunEditor editor = (RunEditor) UiFixture.page().findEditor(new RunEditorInput(opened.get()));
		assertNotNull(editor);
		assertTrue(editor.isLive(), "opened while the run trains");
		shown.set(editor);
		editorOpen.countDown();
		UiFixture.waitUntil(() -> outcome.get() != null && !editor.isLive(), 120_000, "the run to end");
		assertTrue(outcome.get() instanceof RunOutcome, String.valueOf(outcome.get()));
		RunOutcome done = (RunOutcome) outcome.get();
		assertEquals(RunStatus.COMPLETED, done.status(), done.message());
		assertTrue(editor.liveUpdates() >= 1, "the editor showed the run while it trained");
		assertEquals(RunStatus.COMPLETED, editor.model().status());
		int recorded = done.data().orElseThrow().steps().length;
		UiFixture.waitUntil(() -> train(editor).plottedPoints(2) == recorded, 5000, "the stored run");
		UiFixture.page().closeEditor(editor, false);
		UiFixture.delete(runs);
	}
}

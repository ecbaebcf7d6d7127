package org.spectralbias.runs.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.runs.FixtureAccess;
import org.spectralbias.runs.TinyRuns;

/** The view models of a live run as it grows, and the comparison of several runs. */
class LiveAndCompareTest {

	/** @return the run as the engine plans it before training: all predictions, no measurement */
	static RunData plan(RunData d) {
		List<DegreeSeries> degrees = new ArrayList<>();
		for (DegreeSeries k : d.degrees()) {
			degrees.add(new DegreeSeries(k.degree(), k.mu(), k.effectiveEigenvalue(), nan(k.train()), nan(k.test()),
					k.predictedMu(), k.predictedLinear(), k.predictedLinearTest(), k.predictedEmpirical()));
		}
		return new RunData(d.name(), d.ambientDim(), d.width(), d.trainSize(), d.testSize(), d.etaEff(), d.lambdaMax(),
				d.uniformInputs(), d.bias(), d.steps(), nan(d.trainLoss()), nan(d.testLoss()), degrees,
				d.leakageBlocks(), d.leakage(), d.properties());
	}

	private static double[] nan(double[] a) {
		double[] out = new double[a.length];
		Arrays.fill(out, Double.NaN);
		return out;
	}

	private static int plottable(Chart chart, String series) {
		for (int i = 0; i < chart.series().size(); i++) {
			if (chart.series().get(i).name().equals(series)) {
				return chart.series().get(i).size() - chart.skippedPoints(i);
			}
		}
		throw new AssertionError("no series " + series);
	}

	@Test
	void aLiveRunShowsAllPredictionsFromTheStartAndItsMeasurementAsItGrows() throws Exception {
		Path root = FixtureAccess.copy();
		try {
			Path folder = root.resolve(FixtureAccess.root().relativize(FixtureAccess.uniform()).toString());
			RunData stored = RunModel.load(folder).data().orElseThrow();
			int planned = stored.steps().length;
			LiveRun live = new LiveRun();
			live.started(folder, plan(stored));
			RunModel model = RunModel.live(live);
			assertTrue(model.live());
			assertEquals(RunStatus.RUNNING, model.status());
			Chart train = PagesTest.chart(new ConvergencePage().create(model), "convergence-train");
			assertEquals(0, plottable(train, "k = 1, measured"), "nothing measured before step 0");
			assertEquals(planned, plottable(train, "k = 1, linear model"), "the predictions span every planned step");
			for (int i = 0; i < 5; i++) {
				double[] p = new double[3];
				double[] q = new double[3];
				for (int k = 0; k < 3; k++) {
					p[k] = stored.degrees().get(k).train()[i];
					q[k] = stored.degrees().get(k).test()[i];
				}
				live.recorded(i, stored.steps()[i], stored.trainLoss()[i], stored.testLoss()[i], p, q);
			}
			model = RunModel.refresh(model, live);
			Page page = new ConvergencePage().create(model);
			train = PagesTest.chart(page, "convergence-train");
			assertEquals(5, plottable(train, "k = 1, measured"));
			assertEquals(planned, plottable(train, "k = 4, (1 − ημ_k)^t"));
			assertTrue(((TextBlock) page.block("live").orElseThrow()).lines().get(0)
					.startsWith("training: 5 of " + planned + " recording points measured"));
			CsvTable trajectory = model.table(RunFolder.TRAJECTORY_CSV).orElseThrow();
			assertEquals(planned, trajectory.rowCount(), "the live trajectory lists every planned step");
			assertEquals(Double.toString(stored.degrees().get(0).train()[4]), trajectory.cell(4, trajectory.column(
					"train_1")));
			assertEquals("", trajectory.cell(5, trajectory.column("train_1")), "not measured yet");
			// every page copes with a live run (no analyses yet)
			for (RunPageFactory f : List.of(new OverviewPage(), new SpectrumPage(), new MisspecificationPage(),
					new KernelPage(), new DataPage(), new LogPage())) {
				assertTrue(f.create(model).blocks().size() > 0, f.getClass().getSimpleName());
			}
			live.finished(folder, RunStatus.COMPLETED, "completed 600 steps");
		} finally {
			TinyRuns.delete(root);
		}
	}

	@Test
	void aLiveModelNeedsAStartedRun() {
		assertThrows(java.io.IOException.class, () -> RunModel.live(new LiveRun()));
	}

	@Test
	void compareOverlaysTheRunsInOneColourEachLabelledByWhatDiffers() throws Exception {
		List<RunModel> runs = List.of(RunModel.load(FixtureAccess.uniform()),
				RunModel.load(FixtureAccess.anisotropic()));
		assertEquals(List.of("uniform-sphere", "anisotropic-gaussian (ratio=20)"), ComparePage.labels(runs));
		Page page = ComparePage.of(runs);
		Chart projections = PagesTest.chart(page, "projections");
		assertEquals(List.of("uniform-sphere, k = 1", "uniform-sphere, k = 2", "uniform-sphere, k = 4",
				"anisotropic-gaussian (ratio=20), k = 1", "anisotropic-gaussian (ratio=20), k = 2",
				"anisotropic-gaussian (ratio=20), k = 4"), PagesTest.names(projections));
		for (int i = 0; i < 3; i++) {
			assertEquals(projections.colour(0), projections.colour(i), "one colour per run");
			assertEquals(projections.colour(3), projections.colour(3 + i));
		}
		assertNotEquals(projections.colour(0), projections.colour(3), "distinct colours");
		Chart rates = PagesTest.chart(page, "rates");
		// the sphere prediction depends on the kernel and η·m only, the same for both runs: drawn once
		assertEquals("sphere prediction (all runs)", rates.series().get(rates.series().size() - 1).name());
		assertEquals(5, rates.series().size());
		CsvTable table = PagesTest.table(page, "rates-table");
		assertEquals(6, table.rowCount());
		assertEquals(table.cell(0, 3), table.cell(3, 3), "same sphere prediction for degree 1 in both runs");
	}

	@Test
	void runsWithTheSameSettingsAreLabelledByFolder() throws Exception {
		RunModel a = RunModel.load(FixtureAccess.uniform());
		assertEquals(List.of(a.name(), a.name()), ComparePage.labels(List.of(a, a)));
		assertThrows(IllegalArgumentException.class, () -> ComparePage.of(List.of()));
	}
}

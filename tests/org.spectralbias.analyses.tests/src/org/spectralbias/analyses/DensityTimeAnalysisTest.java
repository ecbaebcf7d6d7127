package org.spectralbias.analyses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.run.DensityGroup;
import org.spectralbias.core.run.RunData;
import org.spectralbias.math.Progress;

/** Convergence time against density on runs whose group energies are known in closed form. */
class DensityTimeAnalysisTest {

	private static final int[] STEPS = java.util.stream.IntStream.rangeClosed(0, 400).map(i -> 5 * i).toArray();

	/** A run whose group of density p has energy exp(−c·p^a·t). */
	private static RunData run(double[] densities, double c, double a) {
		List<DensityGroup> groups = new ArrayList<>();
		for (double p : densities) {
			double[] e = new double[STEPS.length];
			for (int i = 0; i < STEPS.length; i++) {
				e[i] = Math.exp(-c * Math.pow(p, a) * STEPS[i]);
			}
			groups.add(new DensityGroup(p, 100, e));
		}
		double[] nan = new double[STEPS.length];
		java.util.Arrays.fill(nan, Double.NaN);
		return new RunData("synthetic", 3, 512, 400, 0, 1.0, 1.0, false, false, STEPS, nan, nan, List.of(), new int[0],
				new double[0][], Map.of(), nan, nan, groups);
	}

	private static AnalysisResult analyse(RunData run) {
		DensityTimeAnalysis analysis = new DensityTimeAnalysis();
		return analysis.analyse(run, Parameters.resolve("analysis density-time", analysis.parameters(), Map.of()),
				Progress.NONE);
	}

	@Test
	void timeInverseToDensityGivesSlopeMinusOne() {
		// energy exp(−c p t) halves at T = ln 2/(c p): log T against log p has slope −1 exactly (closed form)
		AnalysisResult r = analyse(run(new double[] { 0.25, 0.5, 1, 2 }, 0.01, 1.0));
		assertEquals(-1.0, r.numbers().get("slope"), 2e-3, "interpolation between steps 5 apart");
		assertEquals(Math.log(2) / (0.01 * 0.25), r.numbers().get("group0.time"), 0.5);
		assertTrue(r.passed(), r.findings().toString());
	}

	@Test
	void aTimeThatIgnoresDensityIsNotConsistentWithBasri() {
		// exp(−c t) for every group: T = ln 2/c everywhere, slope 0
		AnalysisResult r = analyse(run(new double[] { 0.25, 0.5, 1, 2 }, 0.01, 0.0));
		assertEquals(0.0, r.numbers().get("slope"), 1e-9);
		assertFalse(r.passed());
		assertTrue(r.findings().get(0).contains("not consistent"), r.findings().toString());
	}

	@Test
	void oneDensityHasNothingToCompare() {
		AnalysisResult r = analyse(run(new double[] { 1 }, 0.01, 1.0));
		assertTrue(r.tables().isEmpty());
		assertTrue(r.findings().get(0).contains("same density"), r.findings().toString());
	}

	@Test
	void aGroupThatNeverConvergesIsNamedAndLeftOutOfTheFit() {
		// c·p = 1e-5 for p = 0.001: energy still 0.99 at t = 2000
		AnalysisResult r = analyse(run(new double[] { 0.001, 1, 2 }, 0.01, 1.0));
		assertTrue(Double.isNaN(r.numbers().get("group0.time")));
		assertTrue(r.findings().get(0).contains("did not fall"), r.findings().toString());
		assertEquals(-1.0, r.numbers().get("slope"), 2e-3);
	}
}

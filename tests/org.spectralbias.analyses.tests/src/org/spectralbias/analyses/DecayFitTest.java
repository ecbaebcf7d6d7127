package org.spectralbias.analyses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.math.Progress;

class DecayFitTest {

	private static final int[] STEPS = { 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024 };

	private static double[] exponential(double a0, double rate) {
		double[] a = new double[STEPS.length];
		for (int i = 0; i < a.length; i++) {
			a[i] = a0 * Math.exp(-rate * STEPS[i]);
		}
		return a;
	}

	@Test
	void anExactExponentialGivesItsRate() {
		// a(t) = 3·e^{−0.02 t}: the least-squares slope of ln a over any window is exactly −0.02
		DecayFit.Rate r = DecayFit.fit(STEPS, exponential(3, 0.02));
		assertEquals(0.02, r.rate(), 1e-12);
		// the window starts at the last point with a(t)/a(0) ≥ 0.9: e^{−0.08} = 0.923 at t = 4, e^{−0.16} = 0.852 at t = 8
		assertEquals(4, r.fromStep());
		assertEquals(128, r.toStep(), "the window ends at the first point at or below 10% (e^{−2.56} = 0.077)");
	}

	@Test
	void anInitialRiseIsLeftOutOfTheWindow() {
		// a rises to its peak 2 at t = 8 (leakage from other degrees), then decays like 2·e^{−0.01 (t − 8)}
		double[] a = new double[STEPS.length];
		for (int i = 0; i < a.length; i++) {
			a[i] = STEPS[i] <= 8 ? 1 + STEPS[i] / 8.0 : 2 * Math.exp(-0.01 * (STEPS[i] - 8));
		}
		DecayFit.Rate r = DecayFit.fit(STEPS, a);
		assertEquals(0.01, r.rate(), 1e-12);
		// the window starts after the peak, at the last point ≥ 0.9·peak: e^{−0.08} = 0.923 at t = 16
		assertEquals(16, r.fromStep());
	}

	@Test
	void stepsToTenPercentInterpolatesLogLinearly() {
		// e^{−0.02 t} = 0.1 at t = ln 10 / 0.02 = 115.129…; log-linear interpolation between 64 and 128 is exact
		assertEquals(Math.log(10) / 0.02, DecayFit.stepsToFraction(STEPS, exponential(1, 0.02), 0.1), 1e-9);
		assertTrue(Double.isNaN(DecayFit.stepsToFraction(STEPS, exponential(1, 1e-5), 0.1)), "never reached");
	}

	@Test
	void theOrderingFollowsTheEigenvaluesNotTheDegrees() {
		// parity: μ_3 = 0 without bias (science.md), so degree 4 (μ_4 > 0) may converge before degree 3
		List<double[]> reach = List.of(new double[] { 0.0, 18000, 0.09, 3 }, new double[] { 5.6e-5, 9000, 0.05, 4 });
		assertTrue(ConvergenceByDegreeAnalysis.ordered(reach));
		List<double[]> wrong = List.of(new double[] { 0.0, 9000, 0.05, 3 }, new double[] { 5.6e-5, 18000, 0.09, 4 });
		assertFalse(ConvergenceByDegreeAnalysis.ordered(wrong));
	}

	@Test
	void predictedRateIsMinusLogOfTheContraction() {
		// −ln(1 − η μ) with η = 2, μ = 0.075: −ln 0.85 (science.md: each direction contracts by 1 − η_eff μ_k)
		assertEquals(-Math.log(0.85), DecayFit.predictedRate(2, 0.075), 1e-15);
	}

	private static RunData run(double rate1, double rate2) {
		double[] nan = new double[STEPS.length];
		java.util.Arrays.fill(nan, Double.NaN);
		DegreeSeries d1 = new DegreeSeries(1, 0.075, 0.075, exponential(1, rate1), nan, exponential(1, 0.1625),
				exponential(1, 0.16), nan, nan);
		DegreeSeries d2 = new DegreeSeries(2, 0.0057, 0.006, exponential(1, rate2), nan, exponential(1, 0.0114),
				exponential(1, 0.0112), nan, nan);
		return new RunData("t", 10, 4096, 1000, 0, 2.0, 0.35, true, false, STEPS, nan, nan, List.of(d1, d2),
				new int[0], new double[][] { {}, {} }, Map.of());
	}

	@Test
	void theOrderingCheckPassesAndFails() {
		ConvergenceByDegreeAnalysis analysis = new ConvergenceByDegreeAnalysis();
		AnalysisResult ordered = analysis.analyse(run(0.16, 0.011), Parameters.EMPTY, Progress.NONE);
		assertTrue(ordered.passed(), ordered.findings().toString());
		assertEquals(0.16, ordered.numbers().get("degree1.rate.measured"), 1e-12);
		assertEquals(ConvergenceByDegreeAnalysis.SUMMARY_HEADER, ordered.tables().get(0).header());
		AnalysisResult reversed = analysis.analyse(run(0.001, 0.05), Parameters.EMPTY, Progress.NONE);
		assertFalse(reversed.passed(), "degree 2 converging first breaks the ordering");
		assertTrue(reversed.findings().get(0).contains("does NOT hold"), reversed.findings().get(0));
	}
}

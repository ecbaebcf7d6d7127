package org.spectralbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numeric commands through the real catalogues: output contracts and the messages for bad input. */
class NumericCommandsTest extends CliFixture {


	@Test
	void spectrumOnS2GivesTheExactRationals() {
		assertEquals(0, run("spectrum", "--kernel", "ntk", "--activation", "relu", "--ambient-dim", "3",
				"--max-degree", "8", "--format", "csv"), err.toString());
		String[] lines = out.toString().split("\\R");
		assertEquals("degree,multiplicity,eigenvalue", lines[0]);
		assertEquals(10, lines.length, out.toString());
		// exact rationals of the ReLU NTK on S² (science.md): μ_0 = 7/16, μ_1 = 1/4, μ_2 = 13/256, μ_4 = 3/1024,
		// μ_6 = 49/65536, μ_8 = 79/262144; multiplicities N(3, k) = 2k + 1
		double[] exact = { 7.0 / 16, 1.0 / 4, 13.0 / 256, 0, 3.0 / 1024, 0, 49.0 / 65536, 0, 79.0 / 262144 };
		for (int k = 0; k <= 8; k++) {
			String[] cells = lines[k + 1].split(",");
			assertEquals(Integer.toString(k), cells[0]);
			assertEquals(Integer.toString(2 * k + 1), cells[1]);
			double mu = Double.parseDouble(cells[2]);
			if (exact[k] == 0) {
				assertEquals(0.0, mu, "odd degree ≥ 3 vanishes without bias; printed as an exact zero");
			} else {
				assertEquals(exact[k], mu, 1e-12 * exact[k], "degree " + k);
			}
		}
	}

	@Test
	void biasMakesOddDegreesNonZero() {
		assertEquals(0, run("spectrum", "--activation", "relu", "--bias", "--ambient-dim", "10", "--max-degree", "5",
				"--format", "csv"), err.toString());
		String[] row3 = out.toString().split("\\R")[4].split(",");
		assertEquals("3", row3[0]);
		assertEquals("210", row3[1], "N(10, 3) = C(12,3) − C(10,1) = 220 − 10");
		assertTrue(Double.parseDouble(row3[2]) > 1e-6, "with bias μ_3 ≠ 0: " + row3[2]);
	}

	@Test
	void kernelValueAndMonteCarloEstimate() {
		assertEquals(0, run("kernel", "--kernel", "ntk", "--activation", "relu", "--ambient-dim", "10", "--t", "0",
				"--monte-carlo-width", "20000", "--seed", "3", "--format", "csv"), err.toString());
		String[] header = out.toString().split("\\R")[0].split(",");
		String[] cells = out.toString().split("\\R")[1].split(",");
		assertEquals("analytic", header[3]);
		// κ(0) = 1/π for the paper's ReLU NTK (science.md)
		assertEquals(1 / Math.PI, Double.parseDouble(cells[3]), 1e-15);
		double z = Double.parseDouble(cells[6]);
		assertTrue(Math.abs(z) < 4, "Monte-Carlo estimate within 4 standard errors, z = " + z);
	}

	@Test
	void decayOverDegreeAtS2MatchesThePaper() {
		assertEquals(0, run("decay", "--activation", "relu", "--over", "degree", "--ambient-dim", "3", "--format",
				"csv"), err.toString());
		String[] cells = out.toString().split("\\R")[1].split(",");
		double slope = Double.parseDouble(cells[3]);
		// paper: μ_k = Ω(k^(−d−1)) = k^(−3) on S² (d = 2); the ReLU NTK attains it (Bietti & Mairal 2019)
		assertEquals(-3.0, slope, 0.1);
		assertEquals("-3.0", cells[5]);
	}

	@Test
	void nystromTraceAndTopEigenvalue() {
		assertEquals(0, run("nystrom", "--kernel", "ntk", "--activation", "relu", "--distribution", "uniform-sphere",
				"--ambient-dim", "10", "--samples", "400", "--seed", "7", "--top", "400", "--format", "csv"),
				err.toString());
		String[] lines = out.toString().split("\\R");
		assertEquals("index,eigenvalue", lines[0]);
		assertEquals(401, lines.length);
		double sum = 0;
		for (int i = 1; i < lines.length; i++) {
			sum += Double.parseDouble(lines[i].split(",")[1]);
		}
		// trace(K/N) = κ(1) = 3/2 for the paper's ReLU NTK (science.md): the eigenvalues of K/N sum to it
		assertEquals(1.5, sum, 1e-10);
		// top eigenvalue ≈ μ_0 plus the diagonal's share (κ(1) − μ_0)/N (finite-N inflation);
		// μ_0 = 0.35133254450736917 at D = 10 by Funk–Hecke (adaptive quadrature, scipy.integrate.quad, 1e−14);
		// the sampling spread of λ_1 at N = 400 is below 1e−3 (60 seeds at N = 1000 gave 0.45e−3)
		double mu0 = 0.35133254450736917;
		double top = Double.parseDouble(lines[1].split(",")[1]);
		assertEquals(mu0 + (1.5 - mu0) / 400, top, 0.004, "λ_1");
	}

	@Test
	void nystromByLanczosMovesTheCutToTheNearestGapAndSaysSo() {
		assertEquals(0, run("nystrom", "--activation", "relu", "--ambient-dim", "10", "--samples", "600", "--top",
				"100", "--method", "lanczos", "--cut", "gap", "--format", "csv"), err.toString());
		// the NTK on S⁹ has blocks of N(10, k) equal eigenvalues: 1 + 10 + 54 = 65 in degrees 0–2, then the 660 of
		// degree 4 (odd degrees ≥ 3 vanish), so T = 100 cuts inside a block and the nearest gap is at 65
		assertEquals(1 + 65, out.toString().split("\\R").length, out.toString());
		String messages = err.toString();
		assertTrue(messages.contains("k = 100 cuts inside a cluster"), messages);
		assertTrue(messages.contains("printing 65 eigenvalues"), messages);
		assertTrue(messages.contains("packed Gram matrix") && messages.contains("peak heap"), messages);
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		assertEquals(0, run("nystrom", "--activation", "relu", "--ambient-dim", "10", "--samples", "600", "--top",
				"65", "--method", "dense", "--format", "csv"), err.toString());
		assertEquals(1 + 65, out.toString().split("\\R").length);
		assertTrue(err.toString().contains("k = 65 is at a spectral gap"), err.toString());
	}

	@Test
	void nonUniformDistributionsSample() {
		for (String id : new String[] { "anisotropic-gaussian", "gaussian-mixture", "piecewise-uniform", "vmf-mixture" }) {
			out.getBuffer().setLength(0);
			assertEquals(0, run("nystrom", "--activation", "relu", "--distribution", id, "--ambient-dim", "5",
					"--samples", "50", "--top", "3", "--format", "csv"), id + ": " + err);
			assertEquals(4, out.toString().split("\\R").length, id);
		}
	}

	@Test
	void widthStudyFitsASlope() {
		assertEquals(0, run("width-study", "--samples", "40", "--widths", "256,1024,4096", "--steps", "5"),
				err.toString());
		assertTrue(out.toString().contains("slope of the distance at initialisation against m"), out.toString());
		assertEquals(2, run("width-study", "--widths", "255,512"));
		assertTrue(err.toString().contains("widths must be even"), err.toString());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"spectrum --activation relu --ambient-dim 1|--ambient-dim = 1 is not an integer ≥ 2",
			"spectrum --activation relu --ambient-dim 10 --max-degree -1|--max-degree = -1 is not an integer in [0, 2000]",
			"spectrum --kernel nope --ambient-dim 10|unknown kernel 'nope'; available: ",
			"spectrum --ambient-dim 10|kernel 'ntk' needs --activation",
			"spectrum --activation swish --ambient-dim 10|unknown activation 'swish'",
			"spectrum --activation relu --ambient-dim 10 -P slope=0.2|-P slope: no contribution of this command takes it",
			"spectrum --activation leaky-relu --ambient-dim 10 -P slope=NaN|'slope' = 'NaN' is not a number in [0, 1]",
			"kernel --activation relu --ambient-dim 10 --t 1.5|--t = 1.5 is not a number in [-1.0, 1.0]",
			"kernel --activation relu --ambient-dim 10 --t NaN|--t = NaN is not a number",
			"nystrom --activation relu --ambient-dim 10 --samples 0|--samples = 0 is not an integer in [1, 20000]",
			"spectrum --activation relu|Missing required option: '--ambient-dim=<ambientDim>'" })
	void badInputIsNamedWithExitCodeTwo(String args, String message) {
		assertEquals(2, run(args.split(" ")), out.toString());
		assertTrue(err.toString().contains(message), err.toString());
		assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
	}
}

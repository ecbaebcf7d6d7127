package org.spectralbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code reproduce --quick} end to end with the shipped experiment files, and {@code run} with a bad file. */
class ReproduceCommandTest extends CliFixture {

	private Path outDir;

	@BeforeEach
	void createOutputFolder() throws IOException {
		outDir = Files.createTempDirectory("sb-reproduce");
	}

	@AfterEach
	void deleteOutputFolder() throws IOException {
		try (Stream<Path> paths = Files.walk(outDir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void quickFig1WritesItsSummaryFiguresAndRunFolder() throws IOException {
		assertEquals(0, run("reproduce", "fig1", "--quick", "--out", outDir.toString()), err.toString());
		List<String> summary = Files.readAllLines(outDir.resolve("fig1/summary.csv"));
		assertEquals("degree,measured_rate,predicted_rate_mu,predicted_rate_linear,steps_to_10pct_measured,"
				+ "steps_to_10pct_predicted", summary.get(0));
		assertEquals(4, summary.size(), "degrees 1, 2, 4");
		for (String figure : List.of("convergence-train.png", "convergence-train.svg", "convergence-test.svg")) {
			assertTrue(Files.size(outDir.resolve("fig1").resolve(figure)) > 1000, figure);
		}
		try (Stream<Path> runs = Files.list(outDir.resolve("fig1/runs"))) {
			assertEquals(1, runs.count());
		}
		assertTrue(out.toString().contains("ordering holds"), out.toString());
	}

	@Test
	void quickParityKeepsTheDegreeThreeTestProjection() throws IOException {
		assertEquals(0, run("reproduce", "parity", "--quick", "--out", outDir.toString()), err.toString());
		// the parity argument (μ_3 = 0 without bias, science.md): the degree-3 test projection stays above 80%
		assertTrue(out.toString().contains("not learned off the training set"), out.toString());
	}

	@Test
	void quickSimpleFunctionsProjectOnTheirGegenbauerDegrees() throws IOException {
		assertEquals(0, run("reproduce", "fig3", "--quick", "--out", outDir.toString()), err.toString());
		for (String part : List.of("fig3a", "fig3b")) {
			List<String> summary = Files.readAllLines(outDir.resolve(part).resolve("summary.csv"));
			assertEquals(4, summary.size(), part + ": degrees 0, 2, 4");
			assertTrue(summary.get(1).startsWith("0,"), summary.toString());
		}
	}

	@Test
	void aBrokenExperimentFileListsItsProblems() throws IOException {
		Path file = outDir.resolve("bad.experiment.json");
		Files.writeString(file, """
				{ "schema": "spectralbias.experiment/1", "name": "bad", "ambientDim": 1,
				  "samples": { "train": 0 }, "distribution": { "id": "uniform-sphere" },
				  "target": { "id": "cosine" }, "architecture": { "id": "two-layer" }, "width": 64,
				  "optimizer": { "type": "gd", "effectiveLearningRate": 1, "steps": 10 } }
				""");
		assertEquals(2, run("run", file.toString(), "--out", outDir.resolve("runs").toString()));
		assertTrue(err.toString().contains("$.ambientDim"), err.toString());
		assertTrue(err.toString().contains("$.samples.train"), err.toString());
		assertTrue(!Files.exists(outDir.resolve("runs")), "no run folder for an invalid file");
	}
}

package org.spectralbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spectralbias.core.catalogue.Catalogues;

/** {@code reproduce --quick} end to end with the shipped experiment files, and {@code run} with a bad file. */
class ReproduceCommandTest {

	private final BundleContext context = FrameworkUtil.getBundle(ReproduceCommandTest.class).getBundleContext();
	private Catalogues catalogues;
	private Path out;
	private final StringWriter stdout = new StringWriter();
	private final StringWriter stderr = new StringWriter();

	@BeforeEach
	void open() throws Exception {
		catalogues = new Catalogues(context);
		for (int i = 0; i < 200 && (catalogues.architectures().find("two-layer").isEmpty()
				|| catalogues.analyses().find("parity-check").isEmpty()
				|| catalogues.targets().find("cosine").isEmpty()); i++) {
			Thread.sleep(50);
		}
		out = Files.createTempDirectory("sb-reproduce");
	}

	@AfterEach
	void close() throws IOException {
		catalogues.close();
		try (Stream<Path> paths = Files.walk(out)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private int run(String... args) {
		return new CommandLineService(catalogues, context).run(args, new PrintWriter(stdout, true),
				new PrintWriter(stderr, true));
	}

	@Test
	void quickFig1WritesItsSummaryFiguresAndRunFolder() throws IOException {
		assertEquals(0, run("reproduce", "fig1", "--quick", "--out", out.toString()), stderr.toString());
		List<String> summary = Files.readAllLines(out.resolve("fig1/summary.csv"));
		assertEquals("degree,measured_rate,predicted_rate_mu,predicted_rate_linear,steps_to_10pct_measured,"
				+ "steps_to_10pct_predicted", summary.get(0));
		assertEquals(4, summary.size(), "degrees 1, 2, 4");
		for (String figure : List.of("convergence-train.png", "convergence-train.svg", "convergence-test.svg")) {
			assertTrue(Files.size(out.resolve("fig1").resolve(figure)) > 1000, figure);
		}
		try (Stream<Path> runs = Files.list(out.resolve("fig1/runs"))) {
			assertEquals(1, runs.count());
		}
		assertTrue(stdout.toString().contains("ordering holds"), stdout.toString());
	}

	@Test
	void quickParityKeepsTheDegreeThreeTestProjection() throws IOException {
		assertEquals(0, run("reproduce", "parity", "--quick", "--out", out.toString()), stderr.toString());
		// the parity argument (μ_3 = 0 without bias, science.md): the degree-3 test projection stays above 80%
		assertTrue(stdout.toString().contains("not learned off the training set"), stdout.toString());
	}

	@Test
	void aBrokenExperimentFileListsItsProblems() throws IOException {
		Path file = out.resolve("bad.experiment.json");
		Files.writeString(file, """
				{ "schema": "spectralbias.experiment/1", "name": "bad", "ambientDim": 1,
				  "samples": { "train": 0 }, "distribution": { "id": "uniform-sphere" },
				  "target": { "id": "cosine" }, "architecture": { "id": "two-layer" }, "width": 64,
				  "optimizer": { "type": "gd", "effectiveLearningRate": 1, "steps": 10 } }
				""");
		assertEquals(2, run("run", file.toString(), "--out", out.resolve("runs").toString()));
		assertTrue(stderr.toString().contains("$.ambientDim"), stderr.toString());
		assertTrue(stderr.toString().contains("$.samples.train"), stderr.toString());
		assertTrue(!Files.exists(out.resolve("runs")), "no run folder for an invalid file");
	}
}

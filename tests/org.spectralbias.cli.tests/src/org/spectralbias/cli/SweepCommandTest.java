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

/** {@code sweep} end to end on a small sweep: one row per degree and run, the figures, the record, bad files. */
class SweepCommandTest extends CliFixture {

	private Path outDir;

	@BeforeEach
	void createOutputFolder() throws IOException {
		outDir = Files.createTempDirectory("sb-sweep");
	}

	@AfterEach
	void deleteOutputFolder() throws IOException {
		try (Stream<Path> paths = Files.walk(outDir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private Path sweepFile(String sweep) throws IOException {
		Path file = outDir.resolve("small.sweep.json");
		Files.writeString(file, """
				{ "schema": "spectralbias.experiment/1", "name": "small", "ambientDim": 5, "seed": 3, "threads": 2,
				  "samples": { "train": 100, "test": 50 },
				  "target": { "id": "gegenbauer-sum", "parameters": { "degrees": [1, 2], "coefficients": [1, 1] } },
				  "architecture": { "id": "two-layer", "parameters": { "initialisation": "symmetric" } },
				  "activation": { "id": "relu" }, "width": 256,
				  "optimizer": { "type": "gd", "effectiveLearningRate": 1.0, "steps": 400,
				                 "record": { "schedule": "log", "points": 30 } },
				  "analyses": [ { "id": "convergence-by-degree" } ],
				  "sweep": %s }
				""".formatted(sweep));
		return file;
	}

	@Test
	void aSweepComparesEveryDegreeOfEveryRun() throws IOException {
		Path file = sweepFile("""
				{ "distribution": [ { "id": "uniform-sphere" },
				                    { "id": "anisotropic-gaussian", "parameters": { "ratio": 4 } } ] }""");
		assertEquals(0, run("sweep", file.toString(), "--out", outDir.resolve("runs").toString()), err.toString());
		Path dir;
		try (Stream<Path> dirs = Files.list(outDir.resolve("runs"))) {
			dir = dirs.filter(p -> p.getFileName().toString().startsWith("small-sweep")).findFirst().orElseThrow();
		}
		List<String> csv = Files.readAllLines(dir.resolve("comparison.csv"));
		assertEquals("distribution," + String.join(",", SweepCommand.COLUMNS), csv.get(0));
		assertEquals(1 + 2 * 2, csv.size(), "2 runs × degrees 1 and 2: " + csv);
		assertTrue(csv.get(3).startsWith("anisotropic-gaussian,2,"), csv.get(3));
		for (String figure : List.of("comparison.svg", "comparison.png", "theory-check.svg", "theory-check.png")) {
			assertTrue(Files.size(dir.resolve(figure)) > 1000, figure);
		}
		String record = Files.readString(dir.resolve("sweep.json"));
		assertTrue(record.contains("\"status\": \"completed\""), record);
		try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
			assertEquals(2, runs.count(), "one run folder per point");
		}
	}

	@Test
	void aBrokenSweepNamesItsPathAndRunsNothing() throws IOException {
		Path file = sweepFile("{ \"distribution\": [ { \"id\": \"uniform-sphere\" } ], \"width\": [256, 0] }");
		assertEquals(2, run("sweep", file.toString(), "--out", outDir.resolve("runs").toString()));
		assertTrue(err.toString().contains("$.sweep.width[1]"), err.toString());
		assertTrue(!Files.exists(outDir.resolve("runs")), "nothing ran");
	}

	@Test
	void runPointsASweepFileToTheSweepCommand() throws IOException {
		Path file = sweepFile("{ \"width\": [256, 512] }");
		assertEquals(2, run("run", file.toString(), "--out", outDir.resolve("runs").toString()));
		assertTrue(err.toString().contains("spectralbias sweep"), err.toString());
	}
}

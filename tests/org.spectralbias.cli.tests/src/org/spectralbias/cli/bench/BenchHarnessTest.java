package org.spectralbias.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The harness end to end at tiny sizes (each workload runs once or twice, well under a second in all), with the
 * reference missing, failing or faked by a shell script; nothing here asserts a time.
 */
class BenchHarnessTest {

	private static final List<String> TINY = List.of("gd-step-m16", "gram-n30", "eigh-n20", "top3-n40",
			"sphere-spectrum-k5");

	private Path folder;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@BeforeEach
	void createFolder() throws IOException {
		// a plain temporary folder: the fragment does not import org.junit.jupiter.api.io for @TempDir
		folder = Files.createTempDirectory("bench-test");
	}

	@AfterEach
	void deleteFolder() throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(folder);
	}

	private static BenchOptions tiny(Path script, String python) {
		return BenchOptions.defaults().withWorkloads(TINY).withRepetitions(1, 0).withSampling(0.0, 30.0)
				.withSizes(20, 3, 16).withThreads(1).withReference(script, python).withFormat(BenchFormat.CSV);
	}

	private int run(BenchOptions options) {
		return BenchHarness.run(options, new PrintWriter(out), new PrintWriter(err));
	}

	private Path script(String text) throws IOException {
		return Files.writeString(folder.resolve("reference.sh"), text);
	}

	@Test
	void missingPythonGivesJavaTimesOnlyWithAMessage() throws IOException {
		Path script = script("");
		assertEquals(BenchHarness.OK, run(tiny(script, folder.resolve("no-such-python").toString())), err.toString());
		assertTrue(err.toString().contains("reference times not available: could not start the Python executable '"
				+ folder.resolve("no-such-python") + "'"), err.toString());
		assertTrue(err.toString().contains("printing Java times only"), err.toString());
		String[] lines = out.toString().split("\\R");
		assertEquals(1 + TINY.size(), lines.length, out.toString());
		assertEquals(BenchReport.CSV_HEADER, lines[0]);
		for (int i = 0; i < TINY.size(); i++) {
			String[] cells = lines[i + 1].split(",", -1);
			assertEquals(TINY.get(i), cells[0]);
			assertTrue(Double.parseDouble(cells[1]) > 0, lines[i + 1]);
			assertEquals("", cells[2], "no reference time");
			assertEquals("", cells[3], "no ratio");
		}
		// without numpy the dgemm-class limit comes from the Java product, and says so
		assertTrue(err.toString().contains("# practical limit (dgemm class): a blocked plain-Java product"),
				err.toString());
		assertTrue(err.toString().contains("# gd-step-m16: 6·n·m·D = "), err.toString());
	}

	@Test
	void missingScriptIsNamedInTheTable() {
		Path script = folder.resolve("absent.py");
		BenchOptions options = tiny(script, "python3").withWorkloads(List.of("sphere-spectrum-k5"))
				.withFormat(BenchFormat.TABLE);
		assertEquals(BenchHarness.OK, run(options), err.toString());
		assertTrue(out.toString().contains("Reference: not available (the reference script "
				+ script.toAbsolutePath() + " does not exist); Java times only"), out.toString());
		assertTrue(out.toString().lines().anyMatch(l -> l.matches("sphere-spectrum-k5 +\\S+ .s +— +— +1/0")),
				out.toString());
	}

	@Test
	void referenceTimesGiveRatiosAndGflops() throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to fake the reference");
		Path script = script("""
				echo "args: $*" >&2
				echo "BLAS threads: $OPENBLAS_NUM_THREADS" >&2
				echo '{"info": {"python": "fake", "numpy": "0", "scipy": "0", "blas": "fake-blas"}}'
				echo '{"workload": "dgemm-n16", "seconds": 0.000001, "repetitions": 3, "batch": 100}'
				echo '{"workload": "gd-step-m16", "seconds": 0.5, "repetitions": 3, "batch": 1}'
				echo '{"workload": "gram-n30", "error": "MemoryError: "}'
				echo 'not json'
				""");
		assertEquals(BenchHarness.OK, run(tiny(script, "/bin/sh")), err.toString());
		assertTrue(err.toString().contains("args: --repetitions 1 --warmup 0 --min-sample 0.0 --budget 30.0 "
				+ "--samples 20 --dim 3 dgemm-n16 gd-step-m16 gram-n30 eigh-n20 top3-n40 sphere-spectrum-k5"),
				err.toString());
		assertTrue(err.toString().contains("BLAS threads: 1"), "the reference gets Java's thread count");
		String[] gd = out.toString().split("\\R")[1].split(",", -1);
		assertEquals("gd-step-m16", gd[0]);
		assertEquals("0.500000", gd[2]);
		assertEquals(Double.parseDouble(gd[1]) / 0.5, Double.parseDouble(gd[3]), 1e-5 * Double.parseDouble(gd[3]));
		String[] gram = out.toString().split("\\R")[2].split(",", -1);
		assertEquals("", gram[2]);
		assertTrue(err.toString().contains("# gram-n30: reference FAILED: MemoryError"), err.toString());
		assertTrue(err.toString().contains("numpy.matmul (fake-blas) of two 16 × 16 float64 matrices"), err.toString());
		assertTrue(err.toString().matches("(?s).*# gd-step-m16: .*% of the limit.*; numpy 0\\.0 GFLOP/s.*"),
				err.toString());
		assertTrue(err.toString().contains("line 5 of the reference output not understood"), err.toString());
		assertTrue(err.toString().contains("top3-n40: Java Thick-restart Lanczos"), err.toString());
	}

	@Test
	void missingNumpyIsReportedFromTheScriptsErrorLine() throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to fake the reference");
		Path script = script("""
				echo '{"error": "numpy and scipy are needed for the reference timings (No module named numpy)"}'
				echo 'reference.py: numpy and scipy are needed' >&2
				exit 3
				""");
		BenchOptions options = tiny(script, "/bin/sh").withWorkloads(List.of("sphere-spectrum-k5"));
		assertEquals(BenchHarness.OK, run(options), err.toString());
		assertTrue(err.toString().contains("reference times not available: numpy and scipy are needed for the "
				+ "reference timings (No module named numpy); printing Java times only"), err.toString());
		assertTrue(out.toString().split("\\R")[1].matches("sphere-spectrum-k5,[0-9.e-]+,,"), out.toString());
	}

	@Test
	void crashingScriptIsReportedWithItsLastErrorLines() throws IOException {
		assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to fake the reference");
		Path script = script("echo 'Segmentation fault' >&2; exit 139\n");
		BenchOptions options = tiny(script, "/bin/sh").withWorkloads(List.of("sphere-spectrum-k5"));
		assertEquals(BenchHarness.OK, run(options), err.toString());
		assertTrue(err.toString().contains("the reference script exited with status 139: Segmentation fault"),
				err.toString());
	}

	/**
	 * The Vector API workloads run when that path is available (the test runtime starts the JVM with the module and
	 * installs the fragment) and otherwise fail with the reason, while the other rows are still printed.
	 */
	@Test
	void vectorWorkloadsRunWhenAvailableAndSayWhyNotOtherwise() {
		BenchOptions options = tiny(null, "python3")
				.withWorkloads(List.of("gd-step-vector-m16", "gram-vector-n30", "gd-step-m16"));
		int exit = run(options);
		String[] lines = out.toString().split("\\R");
		assertEquals(4, lines.length, out.toString());
		assertTrue(Double.parseDouble(lines[3].split(",", -1)[1]) > 0, "the plain row always runs");
		if (org.spectralbias.math.VectorApi.available()) {
			assertEquals(BenchHarness.OK, exit, err.toString());
			assertTrue(Double.parseDouble(lines[1].split(",", -1)[1]) > 0, lines[1]);
			assertTrue(Double.parseDouble(lines[2].split(",", -1)[1]) > 0, lines[2]);
			assertTrue(err.toString().contains("# gd-step-vector-m16: Java TwoLayerNetwork"), err.toString());
			assertTrue(err.toString().contains("Vector API, "), err.toString());
			assertTrue(err.toString().contains("# gd-step-vector-m16: 6·n·m·D = "), "GFLOP/s of the vector step");
		} else {
			assertEquals(BenchHarness.WORKLOAD_FAILED, exit, err.toString());
			assertTrue(err.toString().contains("the Vector API path is unavailable: "
					+ org.spectralbias.math.VectorApi.unavailableReason().orElseThrow()), err.toString());
			assertEquals("gd-step-vector-m16,,,", lines[1], "no time for a workload that could not run");
		}
	}

	@Test
	void unknownWorkloadIsAUsageErrorAndRunsNothing() {
		assertEquals(BenchHarness.USAGE, run(tiny(null, "python3").withWorkloads(List.of("gram-n30", "fft-n8"))));
		assertTrue(err.toString().contains("unknown workload 'fft-n8'"), err.toString());
		assertFalse(err.toString().contains("(Java)"), "nothing ran");
		assertEquals("", out.toString());
	}
}

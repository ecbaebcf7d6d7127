package org.spectralbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.spectralbias.cli.bench.BenchFormat;
import org.spectralbias.cli.bench.BenchHarness;
import org.spectralbias.cli.bench.BenchOptions;
import org.spectralbias.cli.bench.BenchRow;
import org.spectralbias.cli.bench.FreshJvmTimer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: times the numeric workloads in Java and, in the same run, the same workloads in the numpy/scipy
 * reference script ({@code releng/bench/reference.py}); prints medians and java/reference ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Benchmark the workloads (GD step, Gram matrix, eigendecompositions, sphere spectrum) against the "
				+ "numpy/scipy reference in the same run. CSV columns: workload,java_seconds,reference_seconds,ratio.")
final class BenchCommand implements Callable<Integer> {

	/** Fresh JVMs timed for the start-up row. */
	private static final int STARTUP_RUNS = 3;

	private final CliContext context;

	@Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE})")
	private String format;

	@Option(names = "--workloads", split = ",", description = "workload names (default: all): gd-step-m4096, "
			+ "gd-step-m16384, gram-n4000, eigh-n2000, top100-n10000, sphere-spectrum-k50; with the Vector API path "
			+ "available (launcher option --vector) also gd-step-vector-m4096, gd-step-vector-m16384, "
			+ "gram-vector-n4000")
	private List<String> workloads;

	@Option(names = "--repetitions", defaultValue = "5", description = "timed repetitions per workload (default: ${DEFAULT-VALUE})")
	private int repetitions;

	@Option(names = "--reference", description = "the reference script (default: releng/bench/reference.py of the "
			+ "checkout, found through SPECTRALBIAS_HOME)")
	private Path reference;

	@Option(names = "--python", defaultValue = "python3", description = "Python with numpy and scipy (default: ${DEFAULT-VALUE})")
	private String python;

	@Option(names = "--startup", negatable = true, description = "also time headless start-up to the first result in "
			+ "fresh JVMs (median of 3; default: on when --workloads is not given)")
	private Boolean startup;

	@Option(names = "--fig1", negatable = true, description = "also time 'reproduce fig1' (default path) in a fresh JVM, "
			+ "about 1.5 to 3 minutes (default: on when --workloads is not given)")
	private Boolean fig1;

	BenchCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		Checks.between("--repetitions", repetitions, 1, 1000);
		BenchFormat f = switch (format) {
		case "table" -> BenchFormat.TABLE;
		case "csv" -> BenchFormat.CSV;
		default -> throw new UsageError("--format must be table or csv, not '" + format + "'");
		};
		BenchOptions options = BenchOptions.defaults().withFormat(f).withRepetitions(repetitions, 1)
				.withReference(script(), python);
		if (workloads != null) {
			options = options.withWorkloads(workloads);
		}
		boolean all = workloads == null;
		List<BenchRow> external = freshJvmRows(startup == null ? all : startup, fig1 == null ? all : fig1);
		if (external == null) {
			return 1;
		}
		return BenchHarness.run(options.withExternalRows(external), context.out(), context.err());
	}

	/** @return the start-up and fig1 rows asked for, or null after reporting a failure */
	private List<BenchRow> freshJvmRows(boolean withStartup, boolean withFig1) {
		List<BenchRow> rows = new ArrayList<>();
		if (!withStartup && !withFig1) {
			return rows;
		}
		FreshJvmTimer.Result result = FreshJvmTimer.ofThisJvm();
		if (result.timer() == null) {
			context.err().println("bench: start-up and reproduce fig1 are not timed: " + result.reason());
			return rows;
		}
		try {
			if (withStartup) {
				context.err().println("bench: startup (fresh JVMs: " + String.join(" ", FreshJvmTimer.FIRST_RESULT) + ")");
				rows.add(result.timer().startup(STARTUP_RUNS, context.err()));
			}
			if (withFig1) {
				context.err().println("bench: reproduce fig1 (a fresh JVM, default path; minutes)");
				rows.add(result.timer().reproduceFig1());
			}
			return rows;
		} catch (IOException | IllegalStateException e) {
			context.err().println("bench: timing in a fresh JVM failed: " + e.getMessage());
			return null;
		}
	}

	private Path script() {
		if (reference != null) {
			return reference;
		}
		String home = System.getenv("SPECTRALBIAS_HOME");
		Path candidate = home == null ? BenchOptions.DEFAULT_SCRIPT : Path.of(home).resolve(BenchOptions.DEFAULT_SCRIPT);
		return Files.isRegularFile(candidate) ? candidate : null;
	}
}

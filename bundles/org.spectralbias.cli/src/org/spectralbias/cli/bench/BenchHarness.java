package org.spectralbias.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.spectralbias.math.VectorApi;
import org.spectralbias.math.linalg.NativeBackend;
import org.spectralbias.math.linalg.SymmetricEigensolver;

/**
 * The entry point of {@code spectralbias bench}: times each workload in Java and, in the same run (first, in one
 * child process), in the numpy/scipy reference script, then prints one row per workload with the medians and the
 * ratio Java/reference, the machine's practical dgemm-class limit, and for the GD steps the achieved useful GFLOP/s
 * as a fraction of it. When the reference cannot run (no Python, no numpy/scipy, no script) it says why on the error
 * stream and in the notes and prints Java times only.
 * <p>
 * Output: {@link BenchFormat#TABLE} prints everything on {@code out}; {@link BenchFormat#CSV} prints only the csv on
 * {@code out} and the preamble and notes on {@code err} as {@code #} lines. Progress goes to {@code err}.
 * Thread safety: one run at a time per JVM is sensible (the workloads use all processors).
 */
public final class BenchHarness {

	/** Exit status: all Java workloads ran (with or without the reference). */
	public static final int OK = 0;
	/** Exit status: at least one Java workload failed; the others are still printed. */
	public static final int WORKLOAD_FAILED = 1;
	/** Exit status: an unknown workload name or a size out of range; nothing was run. */
	public static final int USAGE = 2;

	private BenchHarness() {
	}

	/**
	 * Runs the benchmark.
	 *
	 * @param options what to run and how
	 * @param out     the results
	 * @param err     progress, diagnostics and, for csv, the notes
	 * @return {@link #OK}, {@link #WORKLOAD_FAILED} or {@link #USAGE}
	 */
	public static int run(BenchOptions options, PrintWriter out, PrintWriter err) {
		Objects.requireNonNull(options, "options");
		List<Workload> workloads = new ArrayList<>();
		try {
			for (String name : new LinkedHashSet<>(options.workloads())) {
				workloads.add(Workload.parse(name));
			}
		} catch (IllegalArgumentException e) {
			err.println("bench: " + e.getMessage());
			err.flush();
			return USAGE;
		}
		double loadBefore = loadAverage();
		Set<String> referenceNames = new LinkedHashSet<>();
		referenceNames.add(options.dgemmWorkload());
		workloads.forEach(w -> referenceNames.add(w.name()));
		ReferenceResults reference = ReferenceResults.unavailable("no reference script was given");
		if (options.referenceScript() != null) {
			err.println("bench: reference (" + options.python() + " " + options.referenceScript() + ")");
			err.flush();
			reference = ReferenceRunner.run(options, List.copyOf(referenceNames), err);
		}
		if (!reference.available()) {
			err.println("bench: reference times not available: " + reference.unavailable()
					+ "; printing Java times only");
		}
		reference.warnings().forEach(w -> err.println("bench: " + w));

		List<BenchRow> rows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Map<String, Timing.Measurement> javaTimes = new LinkedHashMap<>();
		boolean failed = false;
		for (Workload workload : workloads) {
			err.println("bench: " + workload.name() + " (Java)");
			err.flush();
			Timing.Measurement java = null;
			try (JavaWorkloads.Prepared prepared = JavaWorkloads.prepare(workload, options)) {
				java = Timing.measure(prepared::call, options);
				javaTimes.put(workload.name(), java);
				notes.add(workload.name() + ": Java " + prepared.detail() + "; reference " + referenceMethod(workload));
			} catch (RuntimeException | OutOfMemoryError e) {
				failed = true;
				notes.add(workload.name() + ": Java FAILED: " + e);
				err.println("bench: " + workload.name() + " failed in Java: " + e);
			}
			Timing.Measurement ref = reference.timing(workload.name()).orElse(null);
			String refError = reference.errors().get(workload.name());
			if (refError != null) {
				notes.add(workload.name() + ": reference FAILED: " + refError);
			}
			rows.add(new BenchRow(workload.name(), java == null ? Double.NaN : java.seconds(),
					ref == null ? Double.NaN : ref.seconds(), java == null ? 0 : java.repetitions(),
					ref == null ? 0 : ref.repetitions()));
		}
		rows.addAll(options.externalRows());
		options.externalRows().forEach(r -> notes.add(r.workload() + ": timed outside the harness, no reference"));

		Limit limit = limit(options, reference, javaTimes, err);
		List<String> limitNotes = new ArrayList<>();
		limitNotes.add(String.format(Locale.ROOT, "practical limit (dgemm class): %s of two %d × %d float64 matrices "
				+ "in %s = %.1f GFLOP/s", limit.source, options.dgemmSize(), options.dgemmSize(),
				BenchReport.duration(limit.seconds), limit.gflops));
		for (Workload workload : workloads) {
			if (workload.isGdStep()) {
				limitNotes.add(flopsNote(workload, options, javaTimes.get(workload.name()),
						reference.timing(workload.name()).orElse(null), limit));
			}
		}
		notes.addAll(0, limitNotes);
		List<String> preamble = preamble(options, reference, loadBefore);
		if (options.format() == BenchFormat.CSV) {
			BenchReport.csv(rows, out);
			preamble.forEach(line -> err.println("# " + line));
			notes.forEach(line -> err.println("# " + line));
		} else {
			BenchReport.table(preamble, rows, notes, out);
		}
		out.flush();
		err.flush();
		return failed ? WORKLOAD_FAILED : OK;
	}

	/** The dgemm-class limit and where it came from. */
	private record Limit(String source, double seconds, double gflops) {
	}

	private static Limit limit(BenchOptions options, ReferenceResults reference, Map<String, Timing.Measurement> java,
			PrintWriter err) {
		Workload dgemm = Workload.parse(options.dgemmWorkload());
		double flops = dgemm.usefulFlops(options.samples(), options.ambientDim());
		Timing.Measurement numpy = reference.timing(dgemm.name()).orElse(null);
		if (numpy != null) {
			String blas = reference.info().getOrDefault("blas", "unknown BLAS");
			return new Limit("numpy.matmul (" + blas + ")", numpy.seconds(), flops / numpy.seconds() * 1e-9);
		}
		Timing.Measurement own = java.get(dgemm.name());
		if (own == null) {
			err.println("bench: " + dgemm.name() + " (Java, as numpy's matmul is not available)");
			err.flush();
			try (JavaWorkloads.Prepared prepared = JavaWorkloads.prepare(dgemm, options)) {
				own = Timing.measure(prepared::call, options);
			} catch (RuntimeException | OutOfMemoryError e) {
				err.println("bench: " + dgemm.name() + " failed in Java: " + e);
				return new Limit("nothing (the Java product failed: " + e + ")", Double.NaN, Double.NaN);
			}
		}
		return new Limit("a blocked plain-Java product (numpy unavailable; an optimised BLAS is several times faster, "
				+ "so fractions of this limit flatter Java)", own.seconds(), flops / own.seconds() * 1e-9);
	}

	private static String flopsNote(Workload workload, BenchOptions options, Timing.Measurement java,
			Timing.Measurement numpy, Limit limit) {
		double flops = workload.usefulFlops(options.samples(), options.ambientDim());
		double peakSeconds = flops / (limit.gflops * 1e9);
		StringBuilder note = new StringBuilder(String.format(Locale.ROOT,
				"%s: 6·n·m·D = %.3g GFLOP per step (time at the limit %s)", workload.name(), flops * 1e-9,
				BenchReport.duration(peakSeconds)));
		if (java != null) {
			double gflops = flops / java.seconds() * 1e-9;
			note.append(String.format(Locale.ROOT, "; Java %.1f GFLOP/s = %.0f%% of the limit (%.2f× the time at the "
					+ "limit)", gflops, 100 * gflops / limit.gflops, java.seconds() / peakSeconds));
		}
		if (numpy != null) {
			note.append(String.format(Locale.ROOT, "; numpy %.1f GFLOP/s", flops / numpy.seconds() * 1e-9));
		}
		return note.toString();
	}

	private static String referenceMethod(Workload workload) {
		return switch (workload.kind()) {
		case GD_STEP, GD_STEP_VECTOR -> "numpy float64 matmuls as in science.md's gradient formulas";
		case GRAM, GRAM_VECTOR -> "numpy X·Xᵀ then κ(t) elementwise on the full matrix";
		case EIGH, EIGH_JAVA -> "numpy.linalg.eigh (LAPACK syevd), values and vectors";
		case TOP -> "scipy.sparse.linalg.eigsh(k=" + workload.top() + ", which='LA') on the dense matrix (ARPACK, "
				+ "default tolerance), values and vectors";
		case SPHERE_SPECTRUM -> "vectorised Gauss–Legendre Funk–Hecke with the same node count";
		case DGEMM -> "numpy.matmul";
		case NYSTROM -> "the dense matrix built a block of rows at a time, then scipy.sparse.linalg.eigsh(k="
				+ workload.top() + ", which='LA'), values and vectors (timed together)";
		};
	}

	private static List<String> preamble(BenchOptions options, ReferenceResults reference, double loadBefore) {
		List<String> lines = new ArrayList<>();
		lines.add("Spectral Bias Workbench benchmark: median wall time of one call after warm-up; ratio = Java / "
				+ "reference (below 1: Java is faster).");
		Runtime runtime = Runtime.getRuntime();
		lines.add(String.format(Locale.ROOT, "Java %s (%s), %s %s, %d processors, %d worker threads, max heap %.1f GiB, "
				+ "JVM options: %s", Runtime.version(), System.getProperty("java.vm.name", "?"),
				System.getProperty("os.name", "?"), System.getProperty("os.arch", "?"), runtime.availableProcessors(),
				options.threads(), runtime.maxMemory() / (double) (1L << 30),
				String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())));
		lines.add("Vector API path (opt-in, the *-vector-* workloads): " + VectorApi.describe());
		lines.add("Eigensolvers: default " + SymmetricEigensolver.defaultSolver() + "; fastest "
				+ SymmetricEigensolver.fastestSolver()
				+ (NativeBackend.status().available() ? "" : "; " + NativeBackend.status()));
		if (reference.available()) {
			Map<String, String> info = reference.info();
			lines.add("Reference: " + options.referenceScript() + " on Python " + info.getOrDefault("python", "?")
					+ ", numpy " + info.getOrDefault("numpy", "?") + ", scipy " + info.getOrDefault("scipy", "?")
					+ ", BLAS " + info.getOrDefault("blas", "?"));
		} else {
			lines.add("Reference: not available (" + reference.unavailable() + "); Java times only");
		}
		lines.add(String.format(Locale.ROOT, "Timing: up to %d timed samples of at least %s s after %d warm-up "
				+ "sample(s), within %s s per workload and side; 'samples' = timed samples Java/reference. n = %d, "
				+ "D = %d.", options.repetitions(), options.minSampleSeconds(), Math.max(1, options.warmup()),
				options.budgetSeconds(), options.samples(), options.ambientDim()));
		double loadAfter = loadAverage();
		if (loadBefore >= 0 && loadAfter >= 0) {
			lines.add(String.format(Locale.ROOT, "System load average %.2f before, %.2f after (other processes on the "
					+ "same %d processors slow both sides).", loadBefore, loadAfter, runtime.availableProcessors()));
		}
		return lines;
	}

	/** @return the one-minute system load average, negative when the platform does not provide it */
	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}

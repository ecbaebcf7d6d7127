package org.spectralbias.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Runs the reference script once for all workloads as a child process and parses its output, with the BLAS
 * thread count set to {@link BenchOptions#threads()} (OPENBLAS_NUM_THREADS, OMP_NUM_THREADS, MKL_NUM_THREADS).
 * Its standard error (one progress line per workload) is passed on to the harness's error stream. Every way of
 * failing — no script, no Python, no numpy/scipy, a crash — ends in {@link ReferenceResults#unavailable(String)}
 * with a sentence saying why, never in an exception.
 */
final class ReferenceRunner {

	private static final int STDERR_TAIL = 5;
	/** Thread-count variables of the BLAS builds numpy ships with or links against. */
	private static final List<String> THREAD_VARIABLES = List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
			"MKL_NUM_THREADS");

	private ReferenceRunner() {
	}

	/**
	 * @param options   the script, the Python executable and the timing options passed on
	 * @param workloads the workload names, in order
	 * @return the command line
	 */
	static List<String> command(BenchOptions options, List<String> workloads) {
		List<String> command = new ArrayList<>(List.of(options.python(), options.referenceScript().toString(),
				"--repetitions", Integer.toString(options.repetitions()), "--warmup",
				Integer.toString(options.warmup()), "--min-sample", number(options.minSampleSeconds()), "--budget",
				number(options.budgetSeconds()), "--samples", Integer.toString(options.samples()), "--dim",
				Integer.toString(options.ambientDim())));
		command.addAll(workloads);
		return command;
	}

	/**
	 * Runs the script and waits for it.
	 *
	 * @param options   see {@link #command}
	 * @param workloads the workload names, in order
	 * @param err       receives the script's progress lines
	 * @return what the script reported, or why it could not
	 */
	static ReferenceResults run(BenchOptions options, List<String> workloads, PrintWriter err) {
		Path script = options.referenceScript();
		if (script == null) {
			return ReferenceResults.unavailable("no reference script was given");
		}
		if (!Files.isRegularFile(script)) {
			return ReferenceResults.unavailable("the reference script " + script.toAbsolutePath() + " does not exist");
		}
		Process process;
		try {
			ProcessBuilder builder = new ProcessBuilder(command(options, workloads));
			// the same thread count on both sides (OpenBLAS's own default is the processor count, as is Java's)
			String threads = Integer.toString(options.threads());
			for (String variable : THREAD_VARIABLES) {
				builder.environment().put(variable, threads);
			}
			process = builder.start();
		} catch (IOException e) {
			return ReferenceResults.unavailable("could not start the Python executable '" + options.python() + "' ("
					+ e.getMessage() + ")");
		}
		try {
			process.getOutputStream().close();
			Deque<String> tail = new ArrayDeque<>();
			Thread errors = Thread.ofPlatform().daemon().name("bench-reference-stderr")
					.start(() -> forward(process, err, tail));
			List<String> lines = new ArrayList<>();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					lines.add(line);
				}
			}
			int status = process.waitFor();
			errors.join();
			ReferenceResults results = ReferenceResults.parse(lines);
			if (status == 0 || !results.available()) {
				return results;
			}
			String last;
			synchronized (tail) {
				last = String.join(" | ", tail);
			}
			String failure = "the reference script exited with status " + status + (last.isEmpty() ? "" : ": " + last);
			if (results.timings().isEmpty()) {
				return ReferenceResults.unavailable(failure);
			}
			List<String> warnings = new ArrayList<>(results.warnings());
			warnings.add(failure);
			return new ReferenceResults(results.timings(), results.errors(), results.info(), warnings, null);
		} catch (IOException e) {
			return ReferenceResults.unavailable("could not read the reference script's output (" + e.getMessage()
					+ ")");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ReferenceResults.unavailable("interrupted while waiting for the reference script");
		} finally {
			process.destroy();
		}
	}

	private static void forward(Process process, PrintWriter err, Deque<String> tail) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				err.println("  " + line);
				err.flush();
				synchronized (tail) {
					tail.addLast(line);
					if (tail.size() > STDERR_TAIL) {
						tail.removeFirst();
					}
				}
			}
		} catch (IOException e) {
			// the stream breaks when the process is destroyed; the exit status tells the rest
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%s", value);
	}
}

package org.spectralbias.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times whole commands in a fresh JVM started like this one (same Java, same JVM options except the bench's own
 * heap settings, the headless launcher jar): the bench rows that cannot run inside the harness's JVM, headless
 * start-up to the first result and {@code reproduce fig1}. The wall time runs from starting the process to its exit;
 * its output goes to a log file that is kept, and named, when the command fails.
 * <p>
 * Only available when this JVM was started as {@code java … -jar …/launcher.jar} (the headless distribution and
 * {@code ./spectralbias}); {@link #ofThisJvm} says why not otherwise. Thread safety: immutable.
 */
public final class FreshJvmTimer {

	/** The command timed for start-up: a first result that needs the framework, the catalogues and the maths. */
	public static final List<String> FIRST_RESULT = List.of("spectrum", "--ambient-dim", "10", "--max-degree", "4",
			"--activation", "relu");

	private final List<String> javaCommand;

	private FreshJvmTimer(List<String> javaCommand) {
		this.javaCommand = List.copyOf(javaCommand);
	}

	/**
	 * @return a timer that starts the headless launcher the way this JVM was started, or the reason it cannot
	 */
	public static Result ofThisJvm() {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith("launcher.jar")) {
			return new Result(null, "this JVM was not started from the headless launcher.jar (class path '" + classPath
					+ "'); run ./spectralbias bench or bin/spectralbias bench");
		}
		Optional<String> java = ProcessHandle.current().info().command();
		if (java.isEmpty()) {
			return new Result(null, "the operating system does not tell this JVM's executable");
		}
		List<String> command = new ArrayList<>();
		command.add(java.get());
		command.addAll(productOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
		command.add("-jar");
		command.add(classPath);
		return new Result(new FreshJvmTimer(command), null);
	}

	/**
	 * The JVM options of a product run: this JVM's options without the heap settings that the launch scripts add for
	 * {@code bench} only ({@code -Xms…}, {@code -XX:+AlwaysPreTouch}), so that the fresh JVMs start as a researcher's
	 * command does.
	 *
	 * @param options this JVM's input arguments
	 * @return the options to start a fresh JVM with
	 */
	static List<String> productOptions(List<String> options) {
		return options.stream().filter(o -> !o.startsWith("-Xms") && !o.equals("-XX:+AlwaysPreTouch")).toList();
	}

	/**
	 * A timer, or why there is none.
	 *
	 * @param timer  the timer, or null
	 * @param reason why there is no timer, or null
	 */
	public record Result(FreshJvmTimer timer, String reason) {
	}

	/**
	 * Runs the launcher with the arguments and returns the wall time.
	 *
	 * @param arguments the launcher's arguments (a command and its options)
	 * @param log       the file that receives the process's output and errors
	 * @return seconds from start to exit
	 * @throws IOException          when the process cannot be started
	 * @throws IllegalStateException when the command exits with a non-zero status (the message names the log)
	 */
	public double time(List<String> arguments, Path log) throws IOException {
		List<String> command = new ArrayList<>(javaCommand);
		command.addAll(Objects.requireNonNull(arguments, "arguments"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		long start = System.nanoTime();
		Process process = builder.start();
		int status;
		try {
			status = process.waitFor();
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while timing " + String.join(" ", arguments), e);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (status != 0) {
			throw new IllegalStateException("'" + String.join(" ", arguments) + "' exited with status " + status
					+ "; its output is in " + log);
		}
		return seconds;
	}

	/**
	 * The start-up row: the median wall time of {@code repetitions} fresh runs of {@link #FIRST_RESULT}.
	 *
	 * @param repetitions runs, ≥ 1
	 * @param err         progress lines
	 * @return the row {@code startup}
	 * @throws IOException when a process cannot be started or the log cannot be written
	 */
	public BenchRow startup(int repetitions, PrintWriter err) throws IOException {
		Path log = Files.createTempFile("spectralbias-bench-startup", ".log");
		double[] seconds = new double[repetitions];
		for (int i = 0; i < repetitions; i++) {
			seconds[i] = time(FIRST_RESULT, log);
		}
		Files.deleteIfExists(log);
		Arrays.sort(seconds);
		err.println("bench: startup: " + Arrays.toString(seconds) + " s");
		err.flush();
		return new BenchRow("startup", seconds[repetitions / 2], Double.NaN, repetitions, 0);
	}

	/**
	 * The {@code reproduce fig1} row: one run of the paper's first experiment, default path, into a temporary folder
	 * that is deleted afterwards.
	 *
	 * @return the row {@code reproduce-fig1}
	 * @throws IOException when the process cannot be started or the folder cannot be written
	 */
	public BenchRow reproduceFig1() throws IOException {
		Path out = Files.createTempDirectory("spectralbias-bench-fig1");
		Path log = out.resolve("output.log");
		double seconds = time(List.of("reproduce", "fig1", "--out", out.toString()), log);
		deleteTree(out);
		return BenchRow.external("reproduce-fig1", seconds);
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}

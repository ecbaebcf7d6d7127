package org.spectralbias.integrationtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Paths of the build's outputs and a way to run a process with a time limit. */
final class Repo {

	private Repo() {
	}

	/** @return the repository root */
	static Path root() {
		String root = System.getProperty("spectralbias.root");
		return Path.of(root == null ? "../.." : root).toAbsolutePath().normalize();
	}

	/** @return the headless distribution folder */
	static Path headless() {
		return root().resolve("releng/org.spectralbias.headless/target/spectralbias-headless");
	}

	/** @return the materialized product folder */
	static Path product() {
		return root().resolve("product/target/products/org.spectralbias.workbench/linux/gtk/x86_64/spectralbias-workbench");
	}

	/** @return the update site repository folder */
	static Path updateSite() {
		return root().resolve("releng/org.spectralbias.updatesite/target/repository");
	}

	/** @return the java executable of the JVM running the tests (≥ 21) */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** A finished process. */
	record Result(int exitCode, String out, String err) {
	}

	/** Runs a command, failing after the timeout. */
	static Result run(Path dir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
		return run(dir, timeoutSeconds, Map.of(), command);
	}

	/**
	 * Runs a command with changes to the inherited environment (a null value removes the variable), failing after
	 * the timeout.
	 */
	static Result run(Path dir, long timeoutSeconds, Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("sb-out", ".txt");
		Path err = Files.createTempFile("sb-err", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile())
					.redirectOutput(out.toFile()).redirectError(err.toFile());
			environment.forEach((name, value) -> {
				if (value == null) {
					builder.environment().remove(name);
				} else {
					builder.environment().put(name, value);
				}
			});
			Process p = builder.start();
			if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new AssertionError("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
			}
			return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** @return the command to run the headless launcher with the given arguments */
	static String[] headlessCommand(String... args) {
		List<String> c = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-jar",
				headless().resolve("launcher.jar").toString()));
		c.addAll(List.of(args));
		return c.toArray(String[]::new);
	}
}

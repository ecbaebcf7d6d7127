package org.spectralbias.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.spectralbias.core.io.AtomicFiles;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/**
 * One run's folder: {@code run.json} (spec, provenance, status, timings, results), {@code experiment.json},
 * {@code trajectory.csv}, analysis tables and figures. Every file is written atomically, so a cancelled or crashed
 * run leaves complete files; {@code run.json} is written first with status {@code running} and rewritten at the end.
 */
public final class RunFolder {

	/** The run's record. */
	public static final String RUN_JSON = "run.json";

	/** The experiment exactly as run. */
	public static final String EXPERIMENT_JSON = "experiment.json";

	/** The recorded and predicted trajectories. */
	public static final String TRAJECTORY_CSV = "trajectory.csv";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path path;

	private RunFolder(Path path) {
		this.path = path;
	}

	/**
	 * Creates a new, empty run folder {@code <root>/<name>-<yyyyMMdd-HHmmss>} (with a suffix when taken); never
	 * touches existing runs.
	 *
	 * @param root the runs folder (created when missing)
	 * @param name the experiment's name
	 * @return the new folder
	 */
	public static RunFolder create(Path root, String name) throws IOException {
		Files.createDirectories(root);
		String base = name + "-" + LocalDateTime.now().format(STAMP);
		for (int i = 0;; i++) {
			Path candidate = root.resolve(i == 0 ? base : base + "-" + i);
			try {
				Files.createDirectory(candidate);
				return new RunFolder(candidate);
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// taken: try the next suffix
			}
		}
	}

	/**
	 * Opens an existing run folder (for re-analysis).
	 *
	 * @throws IOException when it holds no {@value #RUN_JSON}
	 */
	public static RunFolder open(Path path) throws IOException {
		if (!Files.isRegularFile(path.resolve(RUN_JSON))) {
			throw new IOException(path + " is not a run folder: it has no " + RUN_JSON);
		}
		return new RunFolder(path);
	}

	/** @return the folder */
	public Path path() {
		return path;
	}

	/** @return a file in the folder */
	public Path file(String name) {
		return path.resolve(name);
	}

	/** Writes a JSON document atomically, pretty-printed. */
	public void writeJson(String name, JsonElement json) throws IOException {
		AtomicFiles.writeString(file(name),
				new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues()
						.create().toJson(json) + "\n");
	}

	/** Writes text atomically. */
	public void writeText(String name, String text) throws IOException {
		AtomicFiles.writeString(file(name), text);
	}

	/** Writes bytes atomically. */
	public void writeBytes(String name, byte[] bytes) throws IOException {
		AtomicFiles.write(file(name), bytes);
	}

	@Override
	public String toString() {
		return path.toString();
	}
}

package org.spectralbias.core.experiment;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.google.gson.JsonElement;

/**
 * Reads and writes experiment files (schema {@value ExperimentSpec#SCHEMA}, documented in
 * {@code docs/experiment-files.md}). Stateless and thread-safe.
 * <p>
 * Reading is strict: standard JSON only (no comments, trailing commas or NaN), UTF-8, unknown and duplicate keys are
 * errors, and every problem in the file is reported at once in one {@link ExperimentFileException}. Malformed JSON
 * yields a single problem with its line and column. Contribution ids and parameters are not checked here (see
 * {@link ExperimentSpec#contributionUses()}).
 */
public final class ExperimentJson {

	private ExperimentJson() {
	}

	/**
	 * @param file a UTF-8 experiment file
	 * @return the experiment
	 * @throws IOException             when the file cannot be read
	 * @throws ExperimentFileException when its content is not a valid experiment; messages are prefixed by the path
	 */
	public static ExperimentSpec read(Path file) throws IOException, ExperimentFileException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new ExperimentFileException(file.toString(), List.of(new Problem("$", "is not valid UTF-8 text")));
		}
		return read(text, file.toString());
	}

	/**
	 * @param json       the text of an experiment file
	 * @param sourceName what to prefix messages with (usually the file name), or {@code null} for no prefix
	 * @return the experiment
	 * @throws ExperimentFileException with every problem found
	 */
	public static ExperimentSpec read(String json, String sourceName) throws ExperimentFileException {
		Objects.requireNonNull(json, "json");
		String text = json.startsWith("\uFEFF") ? json.substring(1) : json; // a byte-order mark some editors add
		if (text.isBlank()) {
			throw new ExperimentFileException(sourceName,
					List.of(new Problem("$", "the file is empty; an experiment file is a JSON object")));
		}
		Problems problems = new Problems();
		JsonElement root;
		try {
			root = JsonTree.parse(text, problems);
		} catch (JsonTree.Malformed e) {
			throw new ExperimentFileException(sourceName, List.of(e.problem()));
		}
		if (root.isJsonObject() && root.getAsJsonObject().has("sweep")) {
			throw new ExperimentFileException(sourceName, List.of(new Problem("$.sweep", "this file is a sweep (it lists "
					+ "several values to vary): run it with 'spectralbias sweep FILE', or read it with SweepJson")));
		}
		ExperimentSpec spec = new SpecReader(problems).read(root);
		if (spec == null || !problems.isEmpty()) {
			throw new ExperimentFileException(sourceName, problems.list());
		}
		return spec;
	}

	/**
	 * @param spec the experiment
	 * @return pretty JSON (two-space indentation, every value explicit, ending in a newline) that {@link #read}
	 *         turns back into an equal spec
	 */
	public static String write(ExperimentSpec spec) {
		return SpecWriter.write(Objects.requireNonNull(spec, "spec"));
	}

	/**
	 * Writes {@link #write(ExperimentSpec)} to a file in UTF-8, replacing it.
	 *
	 * @param spec the experiment
	 * @param file where to write
	 * @throws IOException when the file cannot be written
	 */
	public static void write(ExperimentSpec spec, Path file) throws IOException {
		Files.writeString(file, write(spec), StandardCharsets.UTF_8);
	}
}

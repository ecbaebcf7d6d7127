package org.spectralbias.experiments.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An experiment file as the Experiments view lists it.
 *
 * @param file        the file
 * @param name        the experiment's name, or the file name without {@value ExperimentFolder#SUFFIX} when it
 *                    does not read
 * @param description the experiment's description ({@code ""} when none or unreadable)
 * @param modified    when the file was last written
 * @param problem     the first problem when the file does not read as an experiment (with the number of others)
 */
public record ExperimentFile(Path file, String name, String description, Instant modified, Optional<String> problem) {

	/** Checks that all parts are present. */
	public ExperimentFile {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(modified, "modified");
		Objects.requireNonNull(problem, "problem");
	}

	/** @return {@code valid} or the problem */
	public String status() {
		return problem.orElse("valid");
	}
}

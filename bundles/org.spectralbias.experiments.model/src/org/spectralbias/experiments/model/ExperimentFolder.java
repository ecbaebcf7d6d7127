package org.spectralbias.experiments.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.io.AtomicFiles;

/**
 * The folder of experiment files the Experiments view shows: lists them, names and creates new ones. Files are
 * {@code <name>}{@value #SUFFIX}; nothing here deletes or overwrites a file.
 */
public final class ExperimentFolder {

	/** The ending of an experiment file's name. */
	public static final String SUFFIX = ".experiment.json";

	private final Path folder;

	/** @param folder the folder (it need not exist yet) */
	public ExperimentFolder(Path folder) {
		this.folder = folder;
	}

	/** @return the folder */
	public Path path() {
		return folder;
	}

	/**
	 * @return the experiment files, sorted by name; a file that does not read is listed with its problem
	 * @throws IOException when the folder exists but cannot be listed
	 */
	public List<ExperimentFile> list() throws IOException {
		List<ExperimentFile> files = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
			for (Path p : stream) {
				if (Files.isRegularFile(p)) {
					files.add(describe(p));
				}
			}
		}
		files.sort(Comparator.comparing(ExperimentFile::name).thenComparing(f -> f.file().getFileName().toString()));
		return files;
	}

	/**
	 * @param file an experiment file
	 * @return what the view shows for it
	 * @throws IOException when its modification time cannot be read
	 */
	public static ExperimentFile describe(Path file) throws IOException {
		String fileName = file.getFileName().toString();
		String base = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
		var modified = Files.getLastModifiedTime(file).toInstant();
		try {
			ExperimentSpec spec = ExperimentJson.read(file);
			return new ExperimentFile(file, spec.name(), spec.description(), modified, Optional.empty());
		} catch (ExperimentFileException e) {
			int more = e.problems().size() - 1;
			return new ExperimentFile(file, base, "", modified, Optional.of(e.problems().get(0)
					+ (more > 0 ? " (and " + more + " more)" : "")));
		} catch (IOException e) {
			return new ExperimentFile(file, base, "", modified, Optional.of("cannot be read: " + e.getMessage()));
		}
	}

	/**
	 * @param name an experiment name
	 * @return the file an experiment of this name is saved in
	 */
	public Path fileFor(String name) {
		return folder.resolve(name + SUFFIX);
	}

	/**
	 * @param base a valid experiment name
	 * @return {@code base} when no file has it, else {@code base-2}, {@code base-3}, …
	 */
	public String unusedName(String base) {
		if (!Files.exists(fileFor(base))) {
			return base;
		}
		for (int i = 2;; i++) {
			String candidate = base + "-" + i;
			if (!Files.exists(fileFor(candidate))) {
				return candidate;
			}
		}
	}

	/**
	 * @param name a proposed name for a new experiment
	 * @return why it cannot be used, or empty when it can
	 */
	public Optional<String> checkNewName(String name) {
		if (name.isEmpty()) {
			return Optional.of("Give the experiment a name.");
		}
		if (!ExperimentSpec.isValidName(name)) {
			return Optional.of("Invalid name: " + ExperimentSpec.NAME_RULE + ".");
		}
		if (Files.exists(fileFor(name))) {
			return Optional.of("An experiment file " + fileFor(name).getFileName() + " already exists.");
		}
		return Optional.empty();
	}

	/**
	 * Writes a template under a new name (creating the folder when needed).
	 *
	 * @param template the template
	 * @param name     the new experiment's name
	 * @return the new file
	 * @throws FileAlreadyExistsException when a file of that name exists (it is left alone)
	 * @throws IOException                when the file cannot be written
	 */
	public Path create(ExperimentTemplate template, String name) throws IOException {
		Optional<String> problem = checkNewName(name);
		Path file = fileFor(name);
		if (problem.isPresent() && Files.exists(file)) {
			throw new FileAlreadyExistsException(file.toString());
		}
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
		Files.createDirectories(folder);
		AtomicFiles.writeString(file, ExperimentJson.write(template.spec().withName(name)));
		return file;
	}
}

package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spectralbias.core.experiment.ExperimentJson;

/** Listing, naming and creating experiment files. */
class ExperimentFolderTest {

	@TempDir
	Path dir;

	private final ExperimentTemplate template = TemplateLibrary.of(Map.of("small.experiment.json", Fixtures.SMALL))
			.find("small").orElseThrow();

	@Test
	void createsATemplateUnderANewNameAndNeverOverwrites() throws Exception {
		ExperimentFolder folder = new ExperimentFolder(dir.resolve("experiments"));
		assertEquals(List.of(), folder.list(), "a missing folder lists nothing");
		Path file = folder.create(template, "mine");
		assertEquals(dir.resolve("experiments/mine.experiment.json"), file);
		assertEquals(template.spec().withName("mine"), ExperimentJson.read(file));
		String before = Files.readString(file);
		assertThrows(FileAlreadyExistsException.class, () -> folder.create(template, "mine"));
		assertEquals(before, Files.readString(file));
		assertThrows(IllegalArgumentException.class, () -> folder.create(template, "../escape"));
		assertEquals("mine-2", folder.unusedName("mine"));
		assertEquals("other", folder.unusedName("other"));
	}

	@Test
	void checksNewNames() throws IOException {
		ExperimentFolder folder = new ExperimentFolder(dir);
		folder.create(template, "taken");
		assertEquals(Optional.empty(), folder.checkNewName("free-1.2_x"));
		assertTrue(folder.checkNewName("taken").orElseThrow().contains("already exists"));
		assertTrue(folder.checkNewName("-x").orElseThrow().startsWith("Invalid name"));
		assertTrue(folder.checkNewName("").isPresent());
	}

	@Test
	void listsValidAndBrokenFilesByName() throws IOException {
		ExperimentFolder folder = new ExperimentFolder(dir);
		folder.create(template, "b-valid");
		Files.writeString(dir.resolve("a-broken.experiment.json"), "{ \"schema\": \"spectralbias.experiment/1\", }");
		Files.writeString(dir.resolve("notes.json"), "{}");
		List<ExperimentFile> files = folder.list();
		assertEquals(List.of("a-broken", "b-valid"), files.stream().map(ExperimentFile::name).toList());
		assertTrue(files.get(0).status().contains("malformed JSON at line 1, column 43"), files.get(0).status());
		assertEquals("valid", files.get(1).status());
	}
}

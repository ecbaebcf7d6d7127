package org.spectralbias.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunDataFiles;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunStatus;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The run store over a runs folder with real runs: scanning, grouping, key numbers, trash, change detection. */
class RunStoreTest {

	private Fixture fixture;
	private Path root;
	private RunStore store;

	@BeforeEach
	void copyRuns() throws Exception {
		fixture = Fixture.get();
		root = fixture.copy();
		store = new RunStore(root);
	}

	@AfterEach
	void deleteCopy() throws IOException {
		TinyRuns.delete(root);
	}

	private Path copyOf(Path fixtureRun) {
		return root.resolve(fixture.root.relativize(fixtureRun).toString());
	}

	@Test
	void findsNestedRunsAndGroupsThemByExperiment() throws IOException {
		RunStore.Scan scan = store.scan();
		assertEquals(List.of(), scan.problems());
		assertEquals(2, scan.runs().size());
		List<ExperimentGroup> groups = scan.groups();
		assertEquals(List.of(Fixture.ANISOTROPIC, Fixture.UNIFORM), groups.stream().map(ExperimentGroup::experiment)
				.toList(), "groups by experiment name, sorted");
		RunSummary uniform = groups.get(1).runs().get(0);
		assertEquals(copyOf(fixture.uniform), uniform.folder());
		assertTrue(uniform.name().startsWith("reproduce/tiny/runs/" + Fixture.UNIFORM + "-"), uniform.name());
		assertEquals(RunStatus.COMPLETED, uniform.status());
		assertEquals("uniform-sphere", uniform.distribution());
		assertEquals(256, uniform.width());
		assertEquals(120, uniform.trainSize());
		assertEquals("anisotropic-gaussian", groups.get(0).runs().get(0).distribution());
	}

	@Test
	void keyNumbersAreTheStoredRatesOfTheConvergenceAnalysis() throws IOException {
		RunSummary uniform = store.scan().runs().stream().filter(r -> r.experiment().equals(Fixture.UNIFORM))
				.findFirst().orElseThrow();
		JsonObject numbers = JsonParser.parseString(Files.readString(uniform.folder().resolve(RunFolder.RUN_JSON)))
				.getAsJsonObject().getAsJsonObject("analyses").getAsJsonObject("convergence-by-degree")
				.getAsJsonObject("numbers");
		assertEquals(List.of(1, 2, 4), uniform.rates().stream().map(DegreeRates::degree).toList());
		for (DegreeRates r : uniform.rates()) {
			assertEquals(numbers.get("degree" + r.degree() + ".rate.measured").getAsDouble(), r.measured());
			assertEquals(numbers.get("degree" + r.degree() + ".rate.mu").getAsDouble(), r.predictedMu());
			assertEquals(numbers.get("degree" + r.degree() + ".rate.linear").getAsDouble(), r.linear());
		}
		// the sphere prediction −ln(1 − η·m·μ_1) with μ_1 = 3/(4D) = 0.15 at D = 5 (science.md) and η·m = 1
		assertEquals(-Math.log(1 - 0.15), uniform.rates().get(0).predictedMu(), 1e-12);
		String key = uniform.keyNumbers();
		assertTrue(key.startsWith("k=1 " + Numbers.format(uniform.rates().get(0).measured()) + " (μ 0.163)"), key);
	}

	@Test
	void anUnreadableRunIsReportedByNameAndHidesNothingElse() throws IOException {
		Path broken = Files.createDirectories(root.resolve("broken-run"));
		Files.writeString(broken.resolve(RunFolder.RUN_JSON), "{ \"status\": ");
		Path unknown = Files.createDirectories(root.resolve("odd-run"));
		Files.writeString(unknown.resolve(RunFolder.RUN_JSON), "{ \"status\": \"exploded\" }");
		RunStore.Scan scan = store.scan();
		assertEquals(2, scan.runs().size(), "the readable runs are all listed");
		assertEquals(2, scan.problems().size(), scan.problems().toString());
		assertTrue(scan.problems().get(0).startsWith("broken-run: ") && scan.problems().get(0).contains("not valid JSON"),
				scan.problems().get(0));
		assertTrue(scan.problems().get(1).contains("unknown status 'exploded'"), scan.problems().get(1));
	}

	@Test
	void deletingMovesTheRunIntoTheTrashWithEverythingInIt() throws IOException {
		Path run = copyOf(fixture.uniform);
		List<String> files;
		try (Stream<Path> s = Files.list(run)) {
			files = s.map(p -> p.getFileName().toString()).sorted().toList();
		}
		Path trashed = store.moveToTrash(run);
		assertFalse(Files.exists(run));
		assertTrue(trashed.startsWith(store.trash()), trashed.toString());
		assertTrue(trashed.endsWith(root.relativize(run)), "keeps its path below the runs folder: " + trashed);
		try (Stream<Path> s = Files.list(trashed)) {
			assertEquals(files, s.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertEquals(List.of(Fixture.ANISOTROPIC), store.scan().runs().stream().map(RunSummary::experiment).toList(),
				"the trash is not scanned");
	}

	@Test
	void deletingTheSameNameTwiceNeverOverwrites() throws IOException {
		Path run = copyOf(fixture.anisotropic);
		Path backup = Files.createTempDirectory("sb-backup");
		try {
			Fixture.copy(run, backup);
			Path first = store.moveToTrash(run);
			Fixture.copy(backup, run);
			Path second = store.moveToTrash(run);
			assertNotEquals(first, second);
			assertTrue(Files.isRegularFile(first.resolve(RunFolder.RUN_JSON)));
			assertTrue(Files.isRegularFile(second.resolve(RunFolder.RUN_JSON)));
		} finally {
			TinyRuns.delete(backup);
		}
	}

	@Test
	void aDeletedRunIsListedAndRestoredWhereItWas() throws IOException {
		Path run = copyOf(fixture.uniform);
		String original = root.relativize(run).toString().replace('\\', '/');
		assertEquals(List.of(), store.trashed(), "no trash folder yet");
		Path trashed = store.moveToTrash(run);

		List<RunStore.TrashedRun> listed = store.trashed();
		assertEquals(1, listed.size());
		RunStore.TrashedRun entry = listed.get(0);
		assertEquals(trashed, entry.folder());
		assertEquals(original, entry.originalPath());
		assertEquals(Fixture.UNIFORM, entry.experiment());
		assertNotNull(entry.deleted(), "the time comes from the trash sub-folder's name");
		assertTrue(Math.abs(Duration.between(entry.deleted(), LocalDateTime.now()).toSeconds()) < 60,
				entry.deleted().toString());

		assertEquals(run, store.restore(entry.folder()));
		assertTrue(Files.isRegularFile(run.resolve(RunFolder.RUN_JSON)));
		assertEquals(2, store.scan().runs().size(), "the run is listed again");
		assertEquals(List.of(), store.trashed());
		try (Stream<Path> s = Files.list(store.trash())) {
			assertEquals(0, s.count(), "the emptied trash sub-folder is removed");
		}
	}

	@Test
	void restoringNeverOverwritesARunThatTookThePlace() throws IOException {
		Path run = copyOf(fixture.anisotropic);
		Path first = store.moveToTrash(run);
		Fixture.copy(fixture.anisotropic, run); // a new run at the same path
		assertEquals(run.resolveSibling(run.getFileName() + "-restored"), store.restore(first));
		Path second = store.moveToTrash(run);
		Fixture.copy(fixture.anisotropic, run);
		assertEquals(run.resolveSibling(run.getFileName() + "-restored-2"), store.restore(second));
		assertTrue(Files.isRegularFile(run.resolve(RunFolder.RUN_JSON)), "the run in place is untouched");
		assertEquals(4, store.scan().runs().size());
	}

	@Test
	void refusesToRestoreWhatIsNotADeletedRun() throws IOException {
		Path run = copyOf(fixture.uniform);
		IOException live = assertThrows(IOException.class, () -> store.restore(run));
		assertTrue(live.getMessage().contains("is not a deleted run in " + store.trash()), live.getMessage());
		Path trashed = store.moveToTrash(run);
		Path plain = Files.createDirectories(trashed.getParent().resolve("just-a-folder"));
		IOException notRun = assertThrows(IOException.class, () -> store.restore(plain));
		assertTrue(notRun.getMessage().contains("has no run.json"), notRun.getMessage());
		assertThrows(IOException.class, () -> store.restore(store.trash()));
		assertTrue(Files.isRegularFile(trashed.resolve(RunFolder.RUN_JSON)), "nothing moved");
	}

	@Test
	void refusesToDeleteWhatIsNotOneOfItsRuns() throws IOException {
		IOException outside = assertThrows(IOException.class, () -> store.moveToTrash(fixture.uniform));
		assertTrue(outside.getMessage().contains("is not a run folder under " + root), outside.getMessage());
		Path plain = Files.createDirectories(root.resolve("just-a-folder"));
		IOException notRun = assertThrows(IOException.class, () -> store.moveToTrash(plain));
		assertTrue(notRun.getMessage().contains("has no run.json"), notRun.getMessage());
		assertThrows(IOException.class, () -> store.moveToTrash(root));
		assertTrue(Files.isDirectory(plain), "nothing moved");
	}

	@Test
	void refusesToDeleteARunThatIsTraining() throws Exception {
		Path run = copyOf(fixture.uniform);
		RunRecord record = RunRecord.read(run);
		RunData data = RunDataFiles.read(RunFolder.open(run), record.json());
		LiveRun live = new LiveRun();
		live.started(run, data);
		try {
			IOException e = assertThrows(IOException.class, () -> store.moveToTrash(run));
			assertTrue(e.getMessage().contains("is still training"), e.getMessage());
			assertTrue(Files.isDirectory(run));
		} finally {
			live.finished(run, RunStatus.CANCELLED, "test over");
		}
	}

	@Test
	void theSignatureChangesWhenARunAppearsOrEnds() throws IOException {
		String before = store.signature();
		assertEquals(before, store.signature(), "stable while nothing changes");
		Path added = root.resolve("copy-of-uniform");
		Fixture.copy(copyOf(fixture.uniform), added);
		String withCopy = store.signature();
		assertNotEquals(before, withCopy);
		Path json = added.resolve(RunFolder.RUN_JSON);
		Files.writeString(json, Files.readString(json).replace("\"completed\"", "\"failed\""));
		assertNotEquals(withCopy, store.signature(), "a rewritten run.json (a run that ends) is a change");
		assertEquals(3, store.scan().runs().size());
	}

	@Test
	void aMissingRunsFolderIsEmpty() throws IOException {
		RunStore none = new RunStore(root.resolve("not-there"));
		assertEquals(0, none.scan().runs().size());
		assertEquals("", none.signature());
	}
}

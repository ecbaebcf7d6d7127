package org.spectralbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Sweep files: the cartesian product, the names of its runs, and problems at their paths inside the sweep. */
class SweepJsonTest {

	private static final String DISTRIBUTIONS = """
			[ { "id": "uniform-sphere" },
			  { "id": "piecewise-uniform", "parameters": { "weights": [1, 4] } },
			  { "id": "piecewise-uniform", "parameters": { "weights": [1, 8] } } ]""";

	private static String sweep(String axes) {
		return ExperimentFiles.fig1With(root -> root.add("sweep", JsonParser.parseString(axes)));
	}

	private static List<Problem> problems(String json) {
		return assertThrows(ExperimentFileException.class, () -> SweepJson.read(json, null)).problems();
	}

	@Test
	void theProductVariesTheFirstAxisSlowestAndNamesEveryRunUniquely() throws Exception {
		Sweep sweep = SweepJson.read(sweep("{ \"distribution\": " + DISTRIBUTIONS + ", \"width\": [256, 1024] }"), null);
		assertEquals(List.of("distribution", "width"), sweep.axes());
		assertEquals(6, sweep.points().size(), "3 distributions × 2 widths");
		assertEquals("uniform-sphere, 256", sweep.points().get(0).label());
		assertEquals("uniform-sphere, 1024", sweep.points().get(1).label());
		assertEquals("piecewise-uniform#2, 256", sweep.points().get(2).label(), "a repeated id is numbered");
		assertEquals(1024, sweep.points().get(5).spec().width());
		assertEquals("piecewise-uniform", sweep.points().get(5).spec().distribution().id());
		assertTrue(sweep.points().get(5).spec().distribution().parameters().get("weights").contains("8"));
		Set<String> names = new HashSet<>();
		for (Sweep.Point p : sweep.points()) {
			assertTrue(ExperimentSpec.isValidName(p.spec().name()), p.spec().name());
			assertTrue(names.add(p.spec().name()), "unique: " + p.spec().name());
		}
		assertEquals("fig1-uniform-sphere-256", sweep.points().get(0).spec().name());
		// what is not varied stays the base's
		assertEquals(20000, sweep.points().get(3).spec().optimizer().steps());
	}

	@Test
	void aBaseMayLeaveOutWhatTheSweepVaries() throws Exception {
		String json = ExperimentFiles.fig1With(root -> {
			root.remove("distribution");
			root.add("sweep", JsonParser.parseString("{ \"distribution\": " + DISTRIBUTIONS + " }"));
		});
		assertEquals(3, SweepJson.read(json, null).points().size());
	}

	@Test
	void problemsOfOnePointAreReportedAtTheirPlaceInTheSweep() {
		List<Problem> problems = problems(sweep("{ \"width\": [256, 1], \"activation\": [ { \"id\": \"relu\", "
				+ "\"parameters\": {} }, { \"id\": \"relu\", \"colour\": 3 } ] }"));
		Set<String> paths = new HashSet<>();
		problems.forEach(p -> paths.add(p.path()));
		assertTrue(paths.contains("$.sweep.width[1]"), problems.toString());
		assertTrue(paths.stream().anyMatch(p -> p.startsWith("$.sweep.activation[1]")), problems.toString());
		assertFalse(paths.stream().anyMatch(p -> p.startsWith("$.width")), "no problem at the base's own path");
	}

	@Test
	void unknownAxesAndEmptyListsAreNamed() {
		List<Problem> problems = problems(sweep("{ \"optimizer\": [1], \"width\": [] }"));
		assertEquals(2, problems.size(), problems.toString());
		assertEquals("$.sweep.optimizer", problems.get(0).path());
		assertTrue(problems.get(0).message().contains("cannot be varied"));
		assertEquals("$.sweep.width", problems.get(1).path());
	}

	@Test
	void tooManyPointsAreRefusedBeforeAnythingRuns() {
		JsonArray seeds = new JsonArray();
		for (int i = 0; i < 40; i++) {
			seeds.add(i);
		}
		JsonObject axes = new JsonObject();
		axes.add("seed", seeds);
		axes.add("width", JsonParser.parseString("[256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700]"));
		List<Problem> problems = problems(sweep(axes.toString()));
		assertEquals("$.sweep", problems.get(0).path());
		assertTrue(problems.get(0).message().contains("1040 experiments"), problems.toString());
	}

	@Test
	void anExperimentReaderPointsASweepToTheSweepCommand() {
		List<Problem> problems = ExperimentFiles.problemsOf(sweep("{ \"width\": [256] }"));
		assertEquals("$.sweep", problems.get(0).path());
		assertTrue(problems.get(0).message().contains("spectralbias sweep"), problems.toString());
		assertTrue(SweepJson.isSweep(sweep("{ \"width\": [256] }")));
		assertFalse(SweepJson.isSweep(ExperimentFiles.FIG1));
		assertFalse(SweepJson.isSweep("not json"));
	}
}

package org.spectralbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectralbias.core.experiment.ExperimentFiles.FIG1;
import static org.spectralbias.core.experiment.ExperimentFiles.problemsOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

class ExperimentJsonProblemsTest {

	private static void assertOnly(List<Problem> problems, String path, String message) {
		assertEquals(List.of(new Problem(path, message)), problems);
	}

	@Test
	void missingSchema() {
		assertOnly(problemsOf(o -> o.remove("schema")), "$.schema",
				"is required; the first key of an experiment file is \"schema\": \"spectralbias.experiment/1\"");
	}

	@Test
	void otherVersionIsTheOnlyProblemReported() {
		assertOnly(problemsOf(o -> {
			o.addProperty("schema", "spectralbias.experiment/2");
			o.addProperty("newKeyOfVersion2", 1);
		}), "$.schema", "unsupported schema version \"spectralbias.experiment/2\"; this version of the workbench "
				+ "reads \"spectralbias.experiment/1\"");
	}

	@Test
	void foreignSchema() {
		assertOnly(problemsOf(o -> o.addProperty("schema", "something/1")), "$.schema",
				"must be \"spectralbias.experiment/1\", got \"something/1\"");
	}

	@Test
	void ambientDimensionOne() {
		assertOnly(problemsOf(o -> o.addProperty("ambientDim", 1)), "$.ambientDim", "must be an integer ≥ 2, got 1");
	}

	@Test
	void stepsZeroAndNegative() {
		assertOnly(problemsOf(o -> o.getAsJsonObject("optimizer").addProperty("steps", 0)), "$.optimizer.steps",
				"must be an integer in [1, 100000000], got 0");
		assertOnly(problemsOf(o -> o.getAsJsonObject("optimizer").addProperty("steps", -5)), "$.optimizer.steps",
				"must be an integer in [1, 100000000], got -5");
	}

	@Test
	void bothLearningRates() {
		assertOnly(problemsOf(o -> o.getAsJsonObject("optimizer").addProperty("learningRate", 0.001)), "$.optimizer",
				"give exactly one of 'learningRate' (the paper's η) and 'effectiveLearningRate' (η·m); both are present");
	}

	@Test
	void neitherLearningRate() {
		assertOnly(problemsOf(o -> o.getAsJsonObject("optimizer").remove("effectiveLearningRate")), "$.optimizer",
				"give exactly one of 'learningRate' (the paper's η) and 'effectiveLearningRate' (η·m); "
						+ "neither is present");
	}

	@Test
	void nonPositiveLearningRate() {
		assertOnly(problemsOf(o -> o.getAsJsonObject("optimizer").addProperty("effectiveLearningRate", -1)),
				"$.optimizer.effectiveLearningRate", "must be a positive finite number, got -1");
	}

	@Test
	void unknownSchedule() {
		assertOnly(problemsOf(o -> o.getAsJsonObject("optimizer").getAsJsonObject("record")
				.addProperty("schedule", "cubic")), "$.optimizer.record.schedule",
				"must be one of \"linear\", \"log\", got \"cubic\"");
	}

	@Test
	void linearScheduleNeedsEveryAndRejectsPoints() {
		List<Problem> problems = problemsOf(o -> o.getAsJsonObject("optimizer").getAsJsonObject("record")
				.addProperty("schedule", "linear"));
		assertEquals(List.of(
				new Problem("$.optimizer.record.points", "not used with schedule \"linear\" (which takes 'every')"),
				new Problem("$.optimizer.record.every", "is required")), problems);
	}

	@Test
	void unknownOptimizerType() {
		assertOnly(problemsOf(o -> o.getAsJsonObject("optimizer").addProperty("type", "adam")), "$.optimizer.type",
				"must be one of \"gd\", got \"adam\"");
	}

	@Test
	void unknownKeysAreErrorsWithSuggestions() {
		assertOnly(problemsOf(o -> {
			JsonObject opt = o.getAsJsonObject("optimizer");
			opt.add("step", opt.remove("steps"));
		}), "$.optimizer.step", "unknown key; did you mean 'steps'?");
		assertOnly(problemsOf(o -> o.add("widht", o.remove("width"))), "$.widht",
				"unknown key; did you mean 'width'?");
		assertOnly(problemsOf(o -> o.getAsJsonObject("samples").addProperty("validation", 10)),
				"$.samples.validation", "unknown key; allowed keys: train, test");
	}

	@Test
	void misspeltRequiredKeyIsReportedOnce() {
		List<Problem> problems = problemsOf(o -> o.add("widht", o.remove("width")));
		assertEquals(1, problems.size(), "the misspelt key counts once, not again as a missing 'width': " + problems);
	}

	@Test
	void stringWhereANumberIsExpected() {
		assertOnly(problemsOf(o -> o.addProperty("width", "4096")), "$.width",
				"must be an integer in [2, 1000000], got string \"4096\"");
		assertOnly(problemsOf(o -> o.addProperty("ambientDim", 10.5)), "$.ambientDim",
				"must be an integer ≥ 2, got 10.5");
	}

	@Test
	void arrayOfStringsAsAParameterValue() {
		assertOnly(problemsOf(o -> {
			JsonArray degrees = new JsonArray();
			degrees.add("1");
			degrees.add(2);
			o.getAsJsonObject("target").getAsJsonObject("parameters").add("degrees", degrees);
		}), "$.target.parameters.degrees[0]",
				"must be a number (array parameter values hold numbers only), got string \"1\"");
	}

	@Test
	void objectAndEmptyArrayAsParameterValues() {
		List<Problem> problems = problemsOf(o -> {
			JsonObject p = o.getAsJsonObject("distribution").getAsJsonObject("parameters");
			p.add("nested", new JsonObject());
			p.add("empty", new JsonArray());
		});
		assertEquals(List.of(
				new Problem("$.distribution.parameters.nested",
						"must be a string, number, boolean or array of numbers, got an object"),
				new Problem("$.distribution.parameters.empty",
						"must not be an empty array (a list parameter needs at least one number)")), problems);
	}

	@Test
	void duplicateKeys() {
		assertOnly(problemsOf(FIG1.replace("\"seed\": 1,", "\"seed\": 1, \"seed\": 2,")), "$.seed",
				"duplicate key; each key may appear only once");
	}

	@Test
	void duplicateProjectionDegree() {
		assertOnly(problemsOf(FIG1.replace("\"projectionDegrees\": [1, 2, 4]", "\"projectionDegrees\": [1, 2, 1]")),
				"$.projectionDegrees[2]", "duplicate degree 1 (already at $.projectionDegrees[0])");
	}

	@Test
	void badNameAndRefShapes() {
		List<Problem> problems = problemsOf(o -> {
			o.addProperty("name", "../escape");
			o.addProperty("activation", "relu");
			o.getAsJsonArray("analyses").get(1).getAsJsonObject().remove("id");
		});
		assertEquals(List.of(
				new Problem("$.name", ExperimentSpec.NAME_RULE + " (it names the run folder), got \"../escape\""),
				new Problem("$.activation",
						"must be an object { \"id\": …, \"parameters\": { … } }, got string \"relu\""),
				new Problem("$.analyses[1].id", "is required")), problems);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		List<Problem> problems = problemsOf(o -> {
			o.remove("schema");
			o.addProperty("ambientDim", 1);
			o.getAsJsonObject("samples").addProperty("train", 0);
			o.getAsJsonObject("samples").addProperty("test", 100001);
			o.addProperty("width", 1);
			o.addProperty("threads", -1);
			JsonObject opt = o.getAsJsonObject("optimizer");
			opt.addProperty("steps", 0);
			opt.addProperty("force", "yes");
			opt.getAsJsonObject("record").addProperty("points", 1);
			o.addProperty("colour", "blue");
		});
		assertEquals(List.of("$.colour", "$.schema", "$.ambientDim", "$.threads", "$.samples.train",
				"$.samples.test", "$.width", "$.optimizer.steps", "$.optimizer.record.points", "$.optimizer.force"),
				problems.stream().map(Problem::path).toList());
		assertEquals("must be an integer in [2, 100000], got 1",
				problems.get(8).message());
		assertEquals("must be true or false, got string \"yes\"", problems.get(9).message());
		assertEquals("must be an integer ≥ 0, got -1", problems.get(3).message());
	}

	@Test
	void malformedJsonReportsLineAndColumn() {
		String broken = FIG1.replace("\"width\": 4096,", "\"width\": 4096");
		Problem problem = problemsOf(broken).getFirst();
		assertEquals(1, problemsOf(broken).size());
		assertEquals("$.width", problem.path());
		assertEquals("malformed JSON at line 14, column 4: expected ',' or '}' after a value (a missing comma?)",
				problem.message());
	}

	@Test
	void commentsAndTrailingCommasAreNotJson() {
		Problem comment = problemsOf("{\n  // note\n  \"schema\": \"spectralbias.experiment/1\"\n}").getFirst();
		assertTrue(comment.message().startsWith("malformed JSON at line 2, column 4: not valid JSON here"),
				comment.message());
		assertEquals("$.degrees[2]", problemsOf("{ \"degrees\": [1, 2 4] }").getFirst().path());
		assertEquals("malformed JSON at line 1, column 21: expected ',' or ']' after an element (a missing comma?)",
				problemsOf("{ \"degrees\": [1, 2 4] }").getFirst().message());
		Problem comma = problemsOf("{ \"schema\": \"spectralbias.experiment/1\", }").getFirst();
		assertEquals("malformed JSON at line 1, column 43: expected a key in double quotes (a trailing comma?)",
				comma.message());
	}

	@Test
	void emptyTextAndNonObjects() {
		assertOnly(problemsOf("  \n"), "$", "the file is empty; an experiment file is a JSON object");
		assertOnly(problemsOf("[1, 2]"), "$", "must be a JSON object, got an array");
		assertEquals("$", problemsOf("{} {}").getFirst().path());
		assertEquals("malformed JSON at line 1, column 5: more content after the end of the top-level object",
				problemsOf("{} {}").getFirst().message());
	}

	@Test
	void numberBeyondTheDoubleRangeIsReportedOnce() {
		assertOnly(problemsOf(FIG1.replace("\"width\": 4096", "\"width\": 1e99999999999")), "$.width",
				"the number 1e99999999999 is out of range");
	}

	@Test
	void messageListsProblemsOneLinePerProblemPrefixedByTheFile() throws Exception {
		ExperimentFiles.inTempFolder(dir -> {
			Path file = dir.resolve("bad.json");
			Files.writeString(file, ExperimentFiles.fig1With(o -> {
				o.addProperty("ambientDim", 1);
				o.getAsJsonObject("optimizer").addProperty("steps", -5);
			}));
			ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentJson.read(file));
			assertEquals(file + ": $.ambientDim: must be an integer ≥ 2, got 1" + System.lineSeparator() + file
					+ ": $.optimizer.steps: must be an integer in [1, 100000000], got -5", e.getMessage());
			assertEquals(file.toString(), e.source().orElseThrow());
		});
	}

	@Test
	void messageWithoutSourceHasNoPrefix() {
		ExperimentFileException e = assertThrows(ExperimentFileException.class,
				() -> ExperimentJson.read("[]", null));
		assertEquals("$: must be a JSON object, got an array", e.getMessage());
		assertTrue(e.source().isEmpty());
	}

	@Test
	void invalidUtf8File() throws Exception {
		ExperimentFiles.inTempFolder(dir -> {
			Path file = dir.resolve("latin1.json");
			Files.write(file, new byte[] { '{', '"', (byte) 0xE9, '"', ':', '1', '}' });
			ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> ExperimentJson.read(file));
			assertOnly(e.problems(), "$", "is not valid UTF-8 text");
		});
	}
}

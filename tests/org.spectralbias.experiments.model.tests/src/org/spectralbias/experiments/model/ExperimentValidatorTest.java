package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.experiment.Problem;

/** The reader's problems first; the contribution check only for a file that reads; parameter problems moved. */
class ExperimentValidatorTest {

	@Test
	void reportsEveryReaderProblemWithItsPath() {
		String text = Fixtures.canonical().replace("\"width\": 256", "\"width\": 1").replace("\"steps\": 600",
				"\"step\": 600");
		Validation v = new ExperimentValidator(ContributionCheck.NONE).validate(text, true);
		assertEquals(List.of(new Marker(JsonPath.parse("$.width"), "must be an integer in [2, 1000000], got 1"),
				new Marker(JsonPath.parse("$.optimizer.step"), "unknown key; did you mean 'steps'?")), v.markers());
		assertTrue(v.spec().isEmpty());
		assertFalse(v.isValid());
	}

	@Test
	void parameterProblemsGoToTheParameter() {
		ContributionCheck check = spec -> List.of(
				new Problem("$.target.parameters",
						"target 'gegenbauer-sum': parameter 'degrees' = 'x' is not comma-separated numbers in [0, 1000]"),
				new Problem("$.target.parameters",
						"target 'gegenbauer-sum' has no parameter 'odd key'; it takes: degrees, coefficients"),
				new Problem("$.distribution.id", "unknown distribution 'nope'; available: uniform-sphere"));
		Validation v = new ExperimentValidator(check).validate(Fixtures.canonical(), true);
		assertEquals(List.of(JsonPath.parse("$.target.parameters.degrees"),
				JsonPath.parse("$.target.parameters['odd key']"), JsonPath.parse("$.distribution.id")),
				v.markers().stream().map(Marker::path).toList());
		assertTrue(v.spec().isPresent(), "the file reads; only its contributions are wrong");
		assertFalse(v.isValid());
	}

	@Test
	void contributionsAreCheckedWhileAnotherFieldIsWrong() {
		String text = Fixtures.canonical().replace("\"width\": 256", "\"width\": 1").replace("\"gegenbauer-sum\"",
				"\"nope\"");
		ContributionCheck check = spec -> spec.target().id().equals("nope")
				&& spec.target().parameters().get("degrees").equals("1,2")
						? List.of(new Problem("$.target.id", "unknown target 'nope'"))
						: List.of();
		Validation v = new ExperimentValidator(check).validate(text, true);
		assertEquals(List.of(new Marker(JsonPath.parse("$.width"), "must be an integer in [2, 1000000], got 1"),
				new Marker(JsonPath.parse("$.target.id"), "unknown target 'nope'")), v.markers());
		assertTrue(v.spec().isEmpty());
		// a reference that does not read itself is left to the reader
		String broken = text.replace("\"id\": \"nope\"", "\"id\": 7");
		assertEquals(2, new ExperimentValidator(check).validate(broken, true).markers().size());
		assertTrue(new ExperimentValidator(check).validate(broken, true).markers().stream()
				.noneMatch(m -> m.message().equals("unknown target 'nope'")));
	}

	@Test
	void aFileThatReadsAndChecksIsValid() {
		Validation v = new ExperimentValidator(ContributionCheck.NONE).validate(Fixtures.canonical(), true);
		assertTrue(v.isValid());
		assertEquals(Fixtures.smallSpec(), v.spec().orElseThrow());
	}
}

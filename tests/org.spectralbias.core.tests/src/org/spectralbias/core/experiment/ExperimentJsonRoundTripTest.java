package org.spectralbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectralbias.core.experiment.ExperimentFiles.FIG1;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ExperimentJsonRoundTripTest {

	@Test
	void fig1WritesAndReadsBackEqual() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(FIG1, null);
		String written = ExperimentJson.write(spec);
		assertEquals(spec, ExperimentJson.read(written, null));
		assertEquals(written, ExperimentJson.write(ExperimentJson.read(written, null)), "writing is stable");
	}

	@Test
	void writtenFileIsTheSameJsonAsTheExample() throws Exception {
		String written = ExperimentJson.write(ExperimentJson.read(FIG1, null));
		assertEquals(JsonParser.parseString(FIG1), JsonParser.parseString(written));
		assertTrue(written.contains("\n  \"samples\": { \"train\": 1000, \"test\": 1000 },\n"), written);
		assertTrue(written.endsWith("}\n"));
	}

	@Test
	void defaultsAreWrittenExplicitly() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(ExperimentFiles.fig1With(o -> {
			o.remove("seed");
			o.remove("analyses");
			o.getAsJsonObject("optimizer").remove("record");
		}), null);
		JsonObject written = JsonParser.parseString(ExperimentJson.write(spec)).getAsJsonObject();
		assertEquals(1, written.get("seed").getAsInt());
		assertEquals(0, written.getAsJsonArray("analyses").size());
		assertEquals("log", written.getAsJsonObject("optimizer").getAsJsonObject("record").get("schedule")
				.getAsString());
	}

	@Test
	void programmaticSpecWithAwkwardValuesRoundTrips() throws Exception {
		ContributionRef target = new ContributionRef("gegenbauer-sum", Map.of("degrees", "1,2,4", "coefficients",
				"1, 3, 5", "scale", "1.50", "label", "a \"quoted\" \\ text\nwith a line", "flag", "true", "tiny",
				"1.0E-5", "empty", "", "csv", "1,,2", "neg", "-0.25", "word", "TRUE"));
		ExperimentSpec spec = new ExperimentSpec("quick.v2_test", "", 3, Long.MIN_VALUE, 8, new Samples(10, 0),
				ContributionRef.of("uniform-sphere"), target, ContributionRef.of("two-layer"), Optional.empty(), 2,
				new OptimizerSpec(OptimizerType.GRADIENT_DESCENT, LearningRate.eta(0.1 + 0.2), 7,
						new RecordSchedule.Linear(3), true),
				List.of(0, 6, 3), List.of(new ContributionRef("odd key analysis", Map.of("odd key", "x"))));
		String written = ExperimentJson.write(spec);
		assertEquals(spec, ExperimentJson.read(written, null), written);
		assertFalse(written.contains("\"activation\""), "an absent activation is left out");
		assertFalse(written.contains("\"description\""), "an empty description is left out");
		assertTrue(written.contains("\"learningRate\": 0.30000000000000004"), written);
	}

	@Test
	void withMethodsOverrideForCommands() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(FIG1, null);
		ExperimentSpec quick = spec.withName("fig1-quick").withSteps(200).withSamples(new Samples(100, 0))
				.withWidth(256).withSeed(7).withThreads(2);
		assertEquals("fig1-quick", quick.name());
		assertEquals(200, quick.optimizer().steps());
		assertEquals(spec.optimizer().learningRate(), quick.optimizer().learningRate());
		assertEquals(new Samples(100, 0), quick.samples());
		assertEquals(256, quick.width());
		assertEquals(7, quick.seed());
		assertEquals(spec.target(), quick.target());
		assertEquals(quick, ExperimentJson.read(ExperimentJson.write(quick), null));
		assertEquals("fig1", spec.name(), "the original is unchanged");
		ExperimentSpec changed = spec.withTarget(spec.target().withParameter("coefficients", "1,3,5"))
				.withActivation(Optional.empty()).withAnalyses(List.of()).withProjectionDegrees(List.of(3))
				.withOptimizer(spec.optimizer().withForce(true).withRecord(new RecordSchedule.Linear(10))
						.withLearningRate(LearningRate.eta(1e-3)));
		assertEquals("1,3,5", changed.target().parameters().get("coefficients"));
		assertEquals(1e-3 * 4096, changed.effectiveLearningRate(), 1e-12);
		assertEquals(changed, ExperimentJson.read(ExperimentJson.write(changed), null));
	}

	@Test
	void writeToFileAndReadBack() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(FIG1, null);
		ExperimentFiles.inTempFolder(dir -> {
			Path file = dir.resolve("fig1.json");
			ExperimentJson.write(spec, file);
			assertEquals(spec, ExperimentJson.read(file));
		});
	}
}

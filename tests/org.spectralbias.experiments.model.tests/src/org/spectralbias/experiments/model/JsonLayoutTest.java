package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.JsonLayout;

import com.google.gson.JsonParser;

/** The layout against its oracle, the core's experiment writer (docs/experiment-files.md, "Writing"). */
class JsonLayoutTest {

	@Test
	void reproducesTheCoreWritersText() {
		String canonical = Fixtures.canonical();
		assertEquals(canonical, JsonLayout.format(ExperimentDocument.parse(canonical)));
	}

	@Test
	void reproducesTheWriterForLongDescriptionsAndManyAnalyses() {
		var spec = Fixtures.smallSpec().withDescription("x".repeat(150))
				.withAnalyses(java.util.List.of(org.spectralbias.core.experiment.ContributionRef.of("convergence-by-degree"),
						org.spectralbias.core.experiment.ContributionRef.of("misspecification"),
						org.spectralbias.core.experiment.ContributionRef.of("parity-check")));
		String canonical = ExperimentJson.write(spec);
		assertEquals(canonical, JsonLayout.format(ExperimentDocument.parse(canonical)));
	}

	@Test
	void keepsNumbersAsTyped() {
		assertEquals("{\n  \"a\": 1e-5,\n  \"b\": [1.50, 2]\n}\n",
				JsonLayout.format(JsonParser.parseString("{\"a\":1e-5,\"b\":[1.50,2]}")));
	}

	@Test
	void breaksALineThatWouldPassOneHundredCharacters() {
		String longList = "[" + "1, ".repeat(40) + "1]";
		String text = JsonLayout.format(JsonParser.parseString("{\"list\":" + longList + "}"));
		assertEquals(45, text.lines().count(), text); // "{", "list": [, 41 element lines, "]", "}"
	}
}

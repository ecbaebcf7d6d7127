package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.RecordSchedule;

/** Templates from experiment files, each with its quick variant. */
class TemplateLibraryTest {

	@Test
	void eachFileIsFollowedByItsQuickVariant() {
		TemplateLibrary library = TemplateLibrary.of(Map.of("small.experiment.json", Fixtures.SMALL,
				"broken.experiment.json", "{ \"schema\": \"spectralbias.experiment/1\" }"));
		assertEquals(2, library.templates().size());
		ExperimentTemplate full = library.templates().get(0);
		ExperimentTemplate quick = library.templates().get(1);
		assertEquals("small", full.id());
		assertFalse(full.quick());
		assertEquals(Fixtures.smallSpec(), full.spec());
		assertEquals("small-quick", quick.id());
		assertTrue(quick.quick());
		assertEquals(quick, library.find("small-quick").orElseThrow());
		assertEquals("D = 5, n = 200, m = 512, 2000 steps", quick.size());
		assertEquals(1, library.problems().size());
		assertTrue(library.problems().get(0).startsWith("broken.experiment.json: $.name: is required"),
				library.problems().get(0));
	}

	@Test
	void theQuickVariantIsTheCommandLinesReproduceQuick() {
		// ReproduceCommand.quick of the command line: n = 200 (+ 200 test), m = 512, 2000 steps, 60 log records
		ExperimentSpec quick = TemplateLibrary.quick(Fixtures.smallSpec());
		assertEquals(200, quick.samples().train());
		assertEquals(200, quick.samples().test());
		assertEquals(512, quick.width());
		assertEquals(2000, quick.optimizer().steps());
		assertEquals(new RecordSchedule.Log(60), quick.optimizer().record());
		assertEquals(Fixtures.smallSpec().optimizer().learningRate(), quick.optimizer().learningRate());
		assertEquals(Fixtures.smallSpec().target(), quick.target());
	}
}

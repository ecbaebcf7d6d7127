package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.experiments.model.ExperimentForm.ContributionItem;
import org.spectralbias.experiments.model.ExperimentForm.FieldItem;

/** The form covers every key of the schema (docs/experiment-files.md, "Fields"). */
class ExperimentFormTest {

	@Test
	void everyKeyOfTheSchemaHasAPlaceInTheForm() {
		List<String> paths = new ArrayList<>();
		for (ExperimentForm.Section s : ExperimentForm.sections()) {
			for (ExperimentForm.Item item : s.items()) {
				switch (item) {
				case FieldItem f -> paths.add(f.field().path().toString());
				case ContributionItem c -> paths.add(c.path().toString());
				case ExperimentForm.RateItem r -> paths.add("$.optimizer.<rate>");
				case ExperimentForm.RecordItem r -> paths.add("$.optimizer.record");
				case ExperimentForm.AnalysesItem a -> paths.add("$.analyses");
				}
			}
		}
		// the table of docs/experiment-files.md without $.schema, which the form does not edit
		assertEquals(List.of("$.name", "$.description", "$.seed", "$.threads", "$.ambientDim", "$.samples.train",
				"$.samples.test", "$.distribution", "$.target", "$.projectionDegrees", "$.architecture", "$.activation",
				"$.width", "$.optimizer.type", "$.optimizer.<rate>", "$.optimizer.steps", "$.optimizer.record",
				"$.optimizer.force", "$.analyses"), paths);
	}

	@Test
	void fieldsWhosePlaceDependsOnTheDocumentAreResolvedInIt() {
		ExperimentDocument doc = Fixtures.document();
		assertEquals(JsonPath.parse("$.optimizer.effectiveLearningRate"), ExperimentForm.resolve(ExperimentForm.RATE_VALUE, doc));
		assertEquals(JsonPath.parse("$.optimizer.record.points"), ExperimentForm.resolve(ExperimentForm.RECORD_VALUE, doc));
		assertEquals("200", ExperimentForm.recordDefault(doc));
		doc.setRecordSchedule("linear");
		assertEquals(JsonPath.parse("$.optimizer.record.every"), ExperimentForm.resolve(ExperimentForm.RECORD_VALUE, doc));
		assertEquals(null, ExperimentForm.recordDefault(doc));
		assertTrue(ExperimentForm.WIDTH.required());
	}
}

package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.experiment.ContributionRef;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.LearningRate;
import org.spectralbias.core.experiment.RecordSchedule;
import org.spectralbias.experiments.model.ExperimentDocument.Origin;

/** The document the form and the source share: edits both ways, markers, dirty state. */
class ExperimentDocumentTest {

	private static final JsonPath WIDTH = JsonPath.parse("$.width");

	@Test
	void aFormEditChangesTheTextAsTheWriterWouldWriteTheEditedSpec() {
		ExperimentDocument doc = Fixtures.document();
		List<Origin> origins = new ArrayList<>();
		doc.addListener(origins::add);
		doc.setFieldText(ExperimentForm.WIDTH, "1024");
		// oracle: the core's writer applied to the same spec with the new width
		assertEquals(ExperimentJson.write(Fixtures.smallSpec().withWidth(1024)), doc.text());
		assertEquals(List.of(Origin.FORM), origins);
		assertTrue(doc.validation().isValid());
		assertEquals(1024, doc.spec().orElseThrow().width());
		assertTrue(doc.isDirty());
	}

	@Test
	void aSourceEditReachesTheFields() {
		ExperimentDocument doc = Fixtures.document();
		List<Origin> origins = new ArrayList<>();
		doc.addListener(origins::add);
		doc.setText(doc.text().replace("\"width\": 256", "\"width\": 2048"));
		assertEquals("2048", doc.fieldText(ExperimentForm.WIDTH));
		assertEquals(List.of(Origin.SOURCE), origins);
		doc.setText(doc.text().replace("\"width\": 2048", "\"width\": 256"));
		assertFalse(doc.isDirty(), "back to the saved text");
	}

	@Test
	void aBadValueGetsTheReadersMessageAtItsField() {
		ExperimentDocument doc = Fixtures.document();
		doc.setFieldText(ExperimentForm.WIDTH, "1");
		assertEquals(List.of(new Marker(WIDTH, "must be an integer in [2, 1000000], got 1")), doc.validation().markers());
		assertTrue(doc.spec().isEmpty());
		doc.setFieldText(ExperimentForm.WIDTH, "wide");
		assertEquals(List.of(new Marker(WIDTH, "must be an integer in [2, 1000000], got string \"wide\"")),
				doc.validation().at(WIDTH));
		assertEquals("wide", doc.fieldText(ExperimentForm.WIDTH), "the field keeps what was typed");
		doc.setFieldText(ExperimentForm.WIDTH, "");
		assertEquals(List.of(new Marker(WIDTH, "is required")), doc.validation().at(WIDTH));
		assertFalse(doc.text().contains("\"width\""));
	}

	@Test
	void malformedSourceStopsFormEditsAndSaysWhere() {
		ExperimentDocument doc = Fixtures.document();
		doc.setText(doc.text().replace("\"width\": 256,", "\"width\": 256"));
		assertFalse(doc.isFormEditable());
		assertFalse(doc.validation().readable());
		assertEquals(1, doc.validation().markers().size());
		assertTrue(doc.validation().markers().get(0).message().startsWith("malformed JSON at line"),
				doc.validation().markers().toString());
		assertEquals("256", doc.fieldText(ExperimentForm.WIDTH), "the form keeps the last well-formed values");
		assertThrows(IllegalStateException.class, () -> doc.setFieldText(ExperimentForm.WIDTH, "512"));
	}

	@Test
	void choosingAnotherContributionStartsItsParametersAfresh() {
		ExperimentDocument doc = Fixtures.document();
		JsonPath target = JsonPath.parse("$.target");
		doc.setContribution(target, "gegenbauer-sum");
		assertEquals("1, 2", doc.fieldText(field("$.target.parameters.degrees")), "same id keeps parameters");
		doc.setContribution(target, "cosine");
		assertEquals(Optional.of("cosine"), doc.contributionId(target));
		assertEquals(ContributionRef.of("cosine"), doc.spec().orElseThrow().target());
		doc.setContribution(JsonPath.parse("$.activation"), null);
		assertTrue(doc.spec().orElseThrow().activation().isEmpty());
		assertFalse(doc.text().contains("\"activation\""));
	}

	@Test
	void parameterFieldsWriteTheContributionsParameters() {
		ExperimentDocument doc = Fixtures.document();
		doc.setFieldText(field("$.target.parameters.coefficients"), "1, 3");
		assertEquals("1,3", doc.spec().orElseThrow().target().parameters().get("coefficients"));
		doc.setFieldText(field("$.architecture.parameters.bias"), "true");
		assertEquals("true", doc.spec().orElseThrow().architecture().parameters().get("bias"));
	}

	@Test
	void analysesAreAddedAtTheEndAndRemovedById() {
		ExperimentDocument doc = Fixtures.document();
		doc.setAnalysis("misspecification", true);
		doc.setAnalysis("misspecification", true);
		assertEquals(List.of("convergence-by-degree", "misspecification"), doc.analysisIds());
		doc.setAnalysis("convergence-by-degree", false);
		assertEquals(List.of(ContributionRef.of("misspecification")), doc.spec().orElseThrow().analyses());
	}

	@Test
	void switchingTheRateKeyKeepsTheRun() {
		ExperimentDocument doc = Fixtures.document();
		assertEquals(ExperimentForm.RATE_EFFECTIVE, doc.rateKey());
		doc.setRateKey(ExperimentForm.RATE_ETA);
		// η = η_eff / m = 2 / 256 = 0.0078125 exactly in binary
		assertEquals(LearningRate.eta(0.0078125), doc.spec().orElseThrow().optimizer().learningRate());
		assertEquals("0.0078125", doc.fieldText(ExperimentForm.RATE_VALUE));
		doc.setRateKey(ExperimentForm.RATE_EFFECTIVE);
		assertEquals(LearningRate.effective(2.0), doc.spec().orElseThrow().optimizer().learningRate());
	}

	@Test
	void switchingTheScheduleGivesItsCount() {
		ExperimentDocument doc = Fixtures.document();
		assertEquals("40", doc.fieldText(ExperimentForm.RECORD_VALUE));
		doc.setRecordSchedule("linear");
		// ⌈600 / 200⌉ = 3
		assertEquals(new RecordSchedule.Linear(3), doc.spec().orElseThrow().optimizer().record());
		doc.setFieldText(ExperimentForm.RECORD_VALUE, "50");
		assertEquals(new RecordSchedule.Linear(50), doc.spec().orElseThrow().optimizer().record());
		doc.setRecordSchedule("log");
		assertEquals(new RecordSchedule.Log(200), doc.spec().orElseThrow().optimizer().record());
	}

	@Test
	void aNewKeyGoesWhereTheSchemaPutsIt() {
		ExperimentDocument doc = new ExperimentDocument(Fixtures.SMALL, new ExperimentValidator(ContributionCheck.NONE));
		doc.setFieldText(field("$.seed"), "42");
		List<String> keys = new ArrayList<>(ExperimentDocument.parse(doc.text()).keySet());
		assertEquals(keys.indexOf("ambientDim") + 1, keys.indexOf("seed"), keys.toString());
		assertEquals(42, doc.spec().orElseThrow().seed());
	}

	@Test
	void savingAndReloadingClearTheDirtyState() {
		ExperimentDocument doc = Fixtures.document();
		doc.setFieldText(ExperimentForm.STEPS, "1200");
		assertTrue(doc.isDirty());
		doc.markSaved();
		assertFalse(doc.isDirty());
		doc.reload(Fixtures.SMALL);
		assertFalse(doc.isDirty());
		assertEquals("600", doc.fieldText(ExperimentForm.STEPS));
	}

	private static FormField field(String path) {
		return new FormField(JsonPath.parse(path), "test", path.endsWith("bias") ? FieldKind.BOOLEAN
				: path.endsWith("seed") ? FieldKind.INTEGER : FieldKind.NUMBER_LIST, "", "", "", "", List.of());
	}
}

package org.spectralbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExperimentSpecTest {

	private static ExperimentSpec spec() throws ExperimentFileException {
		return ExperimentJson.read(ExperimentFiles.FIG1, null);
	}

	@Test
	void constructorEnforcesTheFileBounds() throws Exception {
		ExperimentSpec spec = spec();
		assertThrows(IllegalArgumentException.class, () -> spec.withName("a/b"));
		assertThrows(IllegalArgumentException.class, () -> spec.withName(".hidden"));
		assertThrows(IllegalArgumentException.class, () -> spec.withName("x".repeat(101)));
		assertThrows(IllegalArgumentException.class, () -> spec.withWidth(1));
		assertThrows(IllegalArgumentException.class, () -> spec.withWidth(1_000_001));
		assertThrows(IllegalArgumentException.class, () -> spec.withThreads(-1));
		assertThrows(IllegalArgumentException.class, () -> spec.withSteps(0));
		assertThrows(IllegalArgumentException.class, () -> spec.withProjectionDegrees(List.of(2, 2)));
		assertThrows(IllegalArgumentException.class, () -> spec.withProjectionDegrees(List.of(-1)));
		assertThrows(IllegalArgumentException.class, () -> new Samples(0, 0));
		assertThrows(IllegalArgumentException.class, () -> new Samples(1, 100_001));
		assertThrows(IllegalArgumentException.class, () -> LearningRate.effective(0));
		assertThrows(IllegalArgumentException.class, () -> LearningRate.eta(Double.POSITIVE_INFINITY));
		assertThrows(IllegalArgumentException.class, () -> ContributionRef.of(" "));
	}

	@Test
	void validNames() {
		assertTrue(ExperimentSpec.isValidName("fig1"));
		assertTrue(ExperimentSpec.isValidName("Fig_1-misspec.gaussian"));
		assertFalse(ExperimentSpec.isValidName(".."));
		assertFalse(ExperimentSpec.isValidName("fig 1"));
		assertFalse(ExperimentSpec.isValidName("fïg"));
		assertFalse(ExperimentSpec.isValidName(""));
	}

	@Test
	void learningRateConvertsBetweenEtaAndEffective() {
		assertEquals(2.0, LearningRate.eta(2.0 / 4096).effectiveFor(4096), 1e-15);
		assertEquals(2.0 / 4096, LearningRate.effective(2.0).etaFor(4096), 1e-18);
		assertEquals(2.0, LearningRate.effective(2.0).effectiveFor(17));
	}

	@Test
	void specIsImmutable() throws Exception {
		Map<String, String> parameters = new HashMap<>(Map.of("slope", "0.1"));
		ContributionRef ref = new ContributionRef("leaky-relu", parameters);
		parameters.put("slope", "0.2");
		assertEquals("0.1", ref.parameters().get("slope"));
		assertThrows(UnsupportedOperationException.class, () -> ref.parameters().put("x", "1"));
		assertThrows(UnsupportedOperationException.class, () -> spec().analyses().clear());
		assertThrows(UnsupportedOperationException.class, () -> spec().projectionDegrees().add(3));
	}

	@Test
	void optimizerRecordingStepsUseItsOwnT() throws Exception {
		OptimizerSpec optimizer = spec().optimizer().withSteps(1000).withRecord(new RecordSchedule.Linear(100));
		assertEquals(11, optimizer.recordingSteps().length);
	}

	@Test
	void optimizerTypeIds() {
		assertEquals(List.of("gd"), OptimizerType.ids());
		assertEquals(Optional.of(OptimizerType.GRADIENT_DESCENT), OptimizerType.byId("gd"));
		assertEquals(Optional.empty(), OptimizerType.byId("sgd"));
	}
}

package org.spectralbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spectralbias.core.experiment.ExperimentFiles.FIG1;
import static org.spectralbias.core.experiment.ExperimentFiles.fig1With;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

class ExperimentJsonReadTest {

	@Test
	void fig1ParsesToTheExpectedValues() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(FIG1, "fig1.json");
		assertEquals("fig1", spec.name());
		assertEquals("Cao et al. 2021, Fig. 1: f* = P1 + P2 + P4 on S^9, n = 1000, m = 4096", spec.description());
		assertEquals(10, spec.ambientDim());
		assertEquals(1L, spec.seed());
		assertEquals(0, spec.threads());
		assertEquals(new Samples(1000, 1000), spec.samples());
		assertEquals(ContributionRef.of("uniform-sphere"), spec.distribution());
		assertEquals(new ContributionRef("gegenbauer-sum", Map.of("degrees", "1,2,4", "coefficients", "1,1,1")),
				spec.target());
		assertEquals(new ContributionRef("two-layer",
				Map.of("initialisation", "symmetric", "trainedLayers", "both", "bias", "false")), spec.architecture());
		assertEquals(Optional.of(ContributionRef.of("relu")), spec.activation());
		assertEquals(4096, spec.width());
		OptimizerSpec optimizer = spec.optimizer();
		assertEquals(OptimizerType.GRADIENT_DESCENT, optimizer.type());
		assertEquals(LearningRate.effective(2.0), optimizer.learningRate());
		assertEquals(2.0, spec.effectiveLearningRate());
		assertEquals(2.0 / 4096, optimizer.learningRate().etaFor(4096));
		assertEquals(20000, optimizer.steps());
		assertEquals(new RecordSchedule.Log(200), optimizer.record());
		assertFalse(optimizer.force());
		assertEquals(List.of(1, 2, 4), spec.projectionDegrees());
		assertEquals(List.of(ContributionRef.of("convergence-by-degree"), ContributionRef.of("parity-check")),
				spec.analyses());
	}

	@Test
	void parameterOrderIsKeptAsInTheFile() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(FIG1, null);
		assertEquals(List.of("initialisation", "trainedLayers", "bias"),
				List.copyOf(spec.architecture().parameters().keySet()));
	}

	@Test
	void omittedOptionalKeysTakeTheirDefaults() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(fig1With(o -> {
			for (String key : List.of("description", "seed", "threads", "activation", "projectionDegrees",
					"analyses")) {
				o.remove(key);
			}
			o.getAsJsonObject("samples").remove("test");
			o.getAsJsonObject("optimizer").remove("record");
			o.getAsJsonObject("optimizer").remove("force");
			o.getAsJsonObject("distribution").remove("parameters");
		}), null);
		assertEquals("", spec.description());
		assertEquals(ExperimentSpec.DEFAULT_SEED, spec.seed());
		assertEquals(0, spec.threads());
		assertEquals(0, spec.samples().test());
		assertEquals(Optional.empty(), spec.activation());
		assertEquals(List.of(), spec.projectionDegrees());
		assertEquals(List.of(), spec.analyses());
		assertEquals(RecordSchedule.DEFAULT, spec.optimizer().record());
		assertEquals(new RecordSchedule.Log(200), spec.optimizer().record());
		assertFalse(spec.optimizer().force());
		assertEquals(Map.of(), spec.distribution().parameters());
	}

	@Test
	void logScheduleWithoutPointsTakes200() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(fig1With(o -> o.getAsJsonObject("optimizer")
				.getAsJsonObject("record").remove("points")), null);
		assertEquals(new RecordSchedule.Log(200), spec.optimizer().record());
	}

	@Test
	void learningRateIsThePapersEtaScaledByWidth() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(fig1With(o -> {
			JsonObject opt = o.getAsJsonObject("optimizer");
			opt.remove("effectiveLearningRate");
			opt.addProperty("learningRate", 0.0005);
		}), null);
		assertEquals(LearningRate.eta(0.0005), spec.optimizer().learningRate());
		assertEquals(0.0005 * 4096, spec.effectiveLearningRate(), 1e-15);
		assertEquals(0.0005 * 100, spec.optimizer().effectiveLearningRate(100), 1e-15);
	}

	@Test
	void linearScheduleAndSeedAreRead() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(fig1With(o -> {
			o.addProperty("seed", -9007199254740993L);
			JsonObject record = new JsonObject();
			record.addProperty("schedule", "linear");
			record.addProperty("every", 1000);
			o.getAsJsonObject("optimizer").add("record", record);
		}), null);
		assertEquals(-9007199254740993L, spec.seed(), "a seed beyond 2^53 is read exactly");
		assertEquals(new RecordSchedule.Linear(1000), spec.optimizer().record());
	}

	@Test
	void integralNumbersWrittenWithAFractionOrExponentAreIntegers() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(FIG1.replace("\"width\": 4096", "\"width\": 4.096e3")
				.replace("\"steps\": 20000", "\"steps\": 20000.0"), null);
		assertEquals(4096, spec.width());
		assertEquals(20000, spec.optimizer().steps());
	}

	@Test
	void parameterValuesBecomeTheTextParametersResolveAccepts() throws Exception {
		ExperimentSpec spec = ExperimentJson.read(fig1With(o -> {
			JsonObject p = new JsonObject();
			p.addProperty("slope", 0.1);
			p.addProperty("tiny", 1e-5);
			p.addProperty("count", 3.0);
			p.addProperty("big", 12345678901L);
			p.addProperty("flag", true);
			p.addProperty("label", "two words");
			JsonArray list = new JsonArray();
			list.add(1);
			list.add(0.5);
			list.add(-2.5e-3);
			p.add("weights", list);
			o.getAsJsonObject("activation").add("parameters", p);
		}), null);
		Map<String, String> text = spec.activation().orElseThrow().parameters();
		assertEquals(Map.of("slope", "0.1", "tiny", "1.0E-5", "count", "3", "big", "12345678901", "flag", "true",
				"label", "two words", "weights", "1,0.5,-0.0025"), text);
		// The same text through the contribution API.
		Parameters resolved = Parameters.resolve("activation 'test'", List.of(
				ParameterDescriptor.ofDouble("slope", 0, 0, 1, "", ""),
				ParameterDescriptor.ofDouble("tiny", 0, 0, 1, "", ""),
				ParameterDescriptor.ofInt("count", 1, 1, 10, ""),
				ParameterDescriptor.ofDouble("big", 0, 0, 1e12, "", ""),
				ParameterDescriptor.ofBoolean("flag", false, ""),
				new ParameterDescriptor("label", org.spectralbias.core.contrib.ParameterType.STRING, "", 0, 0, "", ""),
				ParameterDescriptor.ofDoubleList("weights", "1", -10, 10, "")), text);
		assertEquals(0.1, resolved.getDouble("slope"));
		assertEquals(1e-5, resolved.getDouble("tiny"));
		assertEquals(3, resolved.getInt("count"));
		assertTrue(resolved.getBoolean("flag"));
		assertEquals("two words", resolved.getString("label"));
		assertEquals(-0.0025, resolved.getDoubleList("weights")[2]);
	}

	@Test
	void byteOrderMarkIsIgnored() throws Exception {
		assertEquals(ExperimentJson.read(FIG1, null), ExperimentJson.read("\uFEFF" + FIG1, null));
	}

	@Test
	void contributionUsesListEveryReferenceWithItsPath() throws Exception {
		List<ContributionUse> uses = ExperimentJson.read(FIG1, null).contributionUses();
		assertEquals(List.of("$.distribution", "$.target", "$.architecture", "$.activation", "$.analyses[0]",
				"$.analyses[1]"), uses.stream().map(ContributionUse::path).toList());
		assertEquals(List.of(ContributionSlot.DISTRIBUTION, ContributionSlot.TARGET, ContributionSlot.ARCHITECTURE,
				ContributionSlot.ACTIVATION, ContributionSlot.ANALYSIS, ContributionSlot.ANALYSIS),
				uses.stream().map(ContributionUse::slot).toList());
		assertEquals("parity-check", uses.get(5).ref().id());
		assertEquals("$.target.parameters", uses.get(1).parametersPath());
	}

	@Test
	void contributionUsesSkipAnAbsentActivation() throws Exception {
		List<ContributionUse> uses = ExperimentJson.read(fig1With(o -> o.remove("activation")), null)
				.contributionUses();
		assertEquals(List.of("$.distribution", "$.target", "$.architecture", "$.analyses[0]", "$.analyses[1]"),
				uses.stream().map(ContributionUse::path).toList());
	}
}

package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.engine.Engine;
import org.spectralbias.core.engine.ExperimentResolver;
import org.spectralbias.core.experiment.ContributionRef;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.LearningRate;
import org.spectralbias.math.Progress;

/** The error dialog's cause, from the engine's real failures. */
class RunFailureTest {

	private Catalogues catalogues;

	@BeforeEach
	void open() throws InterruptedException {
		catalogues = PlatformFixture.catalogues();
	}

	@AfterEach
	void close() {
		catalogues.close();
	}

	@Test
	void aLearningRateAboveTheStabilityBoundIsNamedWithTheBound() throws Exception {
		ExperimentSpec spec = Fixtures.smallSpec().withOptimizer(
				Fixtures.smallSpec().optimizer().withLearningRate(LearningRate.effective(100)));
		var resolved = new ExperimentResolver(catalogues).resolve(spec, "small");
		ExperimentFileException e = assertThrows(ExperimentFileException.class,
				() -> new Engine().prepare(resolved, Progress.NONE).close());
		RunFailure f = RunFailure.of("small", e);
		assertEquals("learning rate above the stability bound", f.cause());
		assertEquals(1, f.details().size());
		assertTrue(f.details().get(0).startsWith("$.optimizer: effective learning rate η·m = 100.000 exceeds the "
				+ "stability bound 2/λ_max(K/n) = "), f.details().get(0));
		assertTrue(f.message().startsWith("small cannot run: learning rate above the stability bound."), f.message());
	}

	@Test
	void anUnknownContributionIsNamedWithTheAvailableOnes() {
		ExperimentSpec spec = Fixtures.smallSpec().withTarget(ContributionRef.of("nope"));
		ExperimentFileException e = assertThrows(ExperimentFileException.class,
				() -> new ExperimentResolver(catalogues).resolve(spec, "small"));
		RunFailure f = RunFailure.of("small", e);
		assertEquals("unknown contribution", f.cause());
		assertEquals(List.of("$.target.id: unknown target 'nope'; available: "
				+ String.join(", ", catalogues.targets().ids())), f.details());
	}

	@Test
	void otherFailures() {
		IOException io = new NoSuchFileException("/runs");
		assertEquals("the run folder could not be written", RunFailure.of("x", io).cause());
		assertEquals("x failed: java.lang.IllegalStateException: boom",
				RunFailure.of("x", new IllegalStateException("boom")).message());
	}
}

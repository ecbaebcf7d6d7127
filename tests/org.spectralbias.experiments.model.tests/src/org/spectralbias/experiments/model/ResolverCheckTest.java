package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spectralbias.core.catalogue.Catalogues;

/** Contribution markers from the engine's resolver over the built-in contributions. */
class ResolverCheckTest {

	private Catalogues catalogues;
	private ExperimentDocument doc;

	@BeforeEach
	void open() throws InterruptedException {
		catalogues = PlatformFixture.catalogues();
		doc = new ExperimentDocument(Fixtures.canonical(), new ExperimentValidator(new ResolverCheck(catalogues)));
	}

	@AfterEach
	void close() {
		catalogues.close();
	}

	@Test
	void theBuiltInsAcceptTheSmallExperiment() {
		assertEquals(List.of(), doc.validation().markers());
		assertTrue(doc.validation().isValid());
	}

	@Test
	void anUnknownIdListsTheAvailableOnes() {
		doc.setContribution(JsonPath.parse("$.target"), "nope");
		assertEquals(List.of(new Marker(JsonPath.parse("$.target.id"), "unknown target 'nope'; available: "
				+ String.join(", ", catalogues.targets().ids()))), doc.validation().markers());
	}

	@Test
	void aParameterOutOfRangeIsMarkedAtTheParameter() {
		doc.setContribution(JsonPath.parse("$.distribution"), "gaussian-mixture");
		FormField sigma = ParameterFields.of(JsonPath.parse("$.distribution"),
				catalogues.distributions().find("gaussian-mixture").orElseThrow().parameters()).stream()
				.filter(f -> f.label().equals("sigma")).findFirst().orElseThrow();
		doc.setFieldText(sigma, "0");
		List<Marker> markers = doc.validation().markers();
		assertEquals(1, markers.size(), markers.toString());
		assertEquals(JsonPath.parse("$.distribution.parameters.sigma"), markers.get(0).path());
		assertEquals("distribution 'gaussian-mixture': parameter 'sigma' = '0' is not a number in [1.0E-4, 10000]",
				markers.get(0).message());
	}

	@Test
	void anUndeclaredParameterIsMarkedAtItsName() {
		doc.set(JsonPath.parse("$.activation.parameters.slope"), JsonValues.fromText(FieldKind.NUMBER, "0.1"));
		assertEquals(List.of(new Marker(JsonPath.parse("$.activation.parameters.slope"),
				"activation 'relu' has no parameter 'slope' (it takes none)")), doc.validation().markers());
	}

	@Test
	void anArchitectureThatNeedsAnActivationSaysSo() {
		doc.setContribution(JsonPath.parse("$.activation"), null);
		assertEquals(1, doc.validation().markers().size());
		Marker m = doc.validation().markers().get(0);
		assertEquals(JsonPath.parse("$.activation"), m.path());
		assertTrue(m.message().startsWith("architecture 'two-layer' needs an activation; available: "), m.message());
	}
}

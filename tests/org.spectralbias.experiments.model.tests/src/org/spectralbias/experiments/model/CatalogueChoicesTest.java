package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.experiment.ContributionSlot;
import org.spectralbias.math.activation.ActivationFunction;

/** The pickers offer the active contributions; a broken plug-in is left out and named, never breaks the rest. */
class CatalogueChoicesTest {

	private Catalogues catalogues;
	private ServiceRegistration<Activation> broken;

	@BeforeEach
	void open() throws InterruptedException {
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put(ContributionInfo.ID, "broken-for-test");
		properties.put(ContributionInfo.NAME, "Broken on purpose");
		broken = PlatformFixture.context().registerService(Activation.class, new Activation() {
			@Override
			public List<ParameterDescriptor> parameters() {
				throw new IllegalStateException("broken on purpose");
			}

			@Override
			public ActivationFunction create(Parameters parameters) {
				throw new IllegalStateException("broken on purpose");
			}
		}, properties);
		catalogues = PlatformFixture.catalogues();
	}

	@AfterEach
	void close() {
		catalogues.close();
		broken.unregister();
	}

	@Test
	void offersTheActiveContributionsWithTheirParameters() {
		CatalogueChoices choices = new CatalogueChoices(catalogues);
		List<String> ids = choices.choices(ContributionSlot.ACTIVATION).stream().map(ContributionChoice::id).toList();
		assertEquals(catalogues.activations().ids(), ids);
		assertTrue(ids.contains("relu") && ids.contains("leaky-relu"), ids.toString());
		ContributionChoice leaky = choices.find(ContributionSlot.ACTIVATION, "leaky-relu").orElseThrow();
		assertEquals(List.of("slope"), leaky.parameters().stream().map(ParameterDescriptor::name).toList());
		assertEquals("Leaky ReLU (leaky-relu)", leaky.label());
		assertEquals(catalogues.analyses().ids(),
				choices.choices(ContributionSlot.ANALYSIS).stream().map(ContributionChoice::id).toList());
	}

	@Test
	void aBrokenPlugInIsNotOfferedButNamed() {
		CatalogueChoices choices = new CatalogueChoices(catalogues);
		assertFalse(choices.find(ContributionSlot.ACTIVATION, "broken-for-test").isPresent());
		List<String> failures = choices.failures(ContributionSlot.ACTIVATION);
		assertEquals(1, failures.size(), failures.toString());
		assertTrue(failures.get(0).startsWith("broken-for-test (org.spectralbias.experiments.model): "
				+ "parameters() threw java.lang.IllegalStateException: broken on purpose"), failures.get(0));
		assertEquals(List.of(), choices.failures(ContributionSlot.TARGET));
	}

	@Test
	void choosingTheBrokenPlugInInAFileGetsTheResolversReason() {
		ExperimentDocument doc = new ExperimentDocument(Fixtures.canonical(),
				new ExperimentValidator(new ResolverCheck(catalogues)));
		doc.setContribution(JsonPath.parse("$.activation"), "broken-for-test");
		List<Marker> markers = doc.validation().markers();
		assertEquals(1, markers.size(), markers.toString());
		assertEquals(JsonPath.parse("$.activation.id"), markers.get(0).path());
		assertTrue(markers.get(0).message().startsWith("activation 'broken-for-test' from "
				+ "org.spectralbias.experiments.model failed: parameters() threw"), markers.get(0).message());
	}
}

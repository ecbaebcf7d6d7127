package org.spectralbias.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.math.activation.ActivationFunction;

/**
 * The catalogue over the live service registry: dummy contributions are registered here, some deliberately broken,
 * and the catalogue must list all of them, mark the broken ones with a reason, and keep the others usable.
 */
class CatalogueTest {

	private final BundleContext context = FrameworkUtil.getBundle(CatalogueTest.class).getBundleContext();
	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
	private Catalogues catalogues;

	@BeforeEach
	void open() {
		catalogues = new Catalogues(context);
	}

	@AfterEach
	void close() {
		registrations.forEach(ServiceRegistration::unregister);
		catalogues.close();
	}

	private static Dictionary<String, Object> info(String id, int ranking) {
		Dictionary<String, Object> p = new Hashtable<>();
		if (id != null) {
			p.put(ContributionInfo.ID, id);
			p.put(ContributionInfo.NAME, "Test " + id);
		}
		p.put("service.ranking", ranking);
		return p;
	}

	private static Activation identity() {
		return parameters -> new ActivationFunction() {
			@Override
			public double value(double z) {
				return z;
			}

			@Override
			public double derivative(double z) {
				return 1.0;
			}
		};
	}

	private void register(Activation a, String id, int ranking) {
		registrations.add(context.registerService(Activation.class, a, info(id, ranking)));
	}

	@Test
	void aContributionAppearsAndDisappears() {
		register(identity(), "test-identity", 0);
		Optional<ContributionEntry<Activation>> entry = catalogues.activations().entry("test-identity");
		assertTrue(entry.isPresent());
		assertTrue(entry.get().isActive());
		assertEquals("org.spectralbias.core", entry.get().bundle(), "the registering bundle (the test's host)");
		assertTrue(catalogues.activations().find("test-identity").isPresent());

		registrations.remove(0).unregister();
		assertFalse(catalogues.activations().find("test-identity").isPresent());
	}

	@Test
	void brokenContributionsAreReportedAndHideNothing() {
		register(identity(), "test-good", 0);
		// a service factory that fails: what a component whose constructor throws looks like to a consumer
		registrations.add(context.registerService(Activation.class.getName(), new ServiceFactory<Activation>() {
			@Override
			public Activation getService(Bundle bundle, ServiceRegistration<Activation> registration) {
				throw new IllegalStateException("deliberately broken in the constructor");
			}

			@Override
			public void ungetService(Bundle bundle, ServiceRegistration<Activation> registration, Activation service) {
				// nothing was handed out
			}
		}, info("test-throws", 0)));
		register(new Activation() {
			@Override
			public List<ParameterDescriptor> parameters() {
				throw new UnsupportedOperationException("deliberately broken parameters()");
			}

			@Override
			public ActivationFunction create(org.spectralbias.core.contrib.Parameters p) {
				return null;
			}
		}, "test-bad-parameters", 0);
		register(identity(), null, 0);

		List<ContributionEntry<Activation>> entries = catalogues.activations().entries();
		assertTrue(catalogues.activations().find("test-good").isPresent(), "the good one still works");
		ContributionEntry<Activation> throwing = catalogues.activations().entry("test-throws").orElseThrow();
		assertEquals(ContributionStatus.FAILED, throwing.status());
		assertFalse(throwing.reason().isBlank());
		ContributionEntry<Activation> badParameters = catalogues.activations().entry("test-bad-parameters")
				.orElseThrow();
		assertEquals(ContributionStatus.FAILED, badParameters.status());
		assertTrue(badParameters.reason().contains("deliberately broken parameters()"), badParameters.reason());
		assertTrue(entries.stream().anyMatch(e -> !e.isActive() && e.reason().contains("declares no")),
				"a contribution without id is listed as failed");
		assertFalse(catalogues.activations().find("test-throws").isPresent());
	}

	@Test
	void aDuplicateIdLosesToTheHigherRanking() {
		Activation low = identity();
		Activation high = identity();
		register(low, "test-dup", 0);
		register(high, "test-dup", 10);
		assertTrue(catalogues.activations().find("test-dup").orElseThrow() == high);
		long failed = catalogues.activations().entries().stream()
				.filter(e -> e.id().equals("test-dup") && !e.isActive()).count();
		assertEquals(1, failed);
	}

	@Test
	void builtInActivationsArriveThroughDeclarativeServices() throws Exception {
		// the activations bundle contributes exactly as a third party would; SCR registers its components
		for (int i = 0; i < 100 && catalogues.activations().find("relu").isEmpty(); i++) {
			Thread.sleep(50);
		}
		ContributionEntry<Activation> relu = catalogues.activations().entry("relu").orElseThrow();
		assertTrue(relu.isActive(), relu.reason());
		assertEquals("org.spectralbias.activations", relu.bundle());
		// ReLU, σ(z) = max(0, z): σ(2) = 2, σ(−1) = 0
		ActivationFunction f = relu.service().orElseThrow().create(org.spectralbias.core.contrib.Parameters.EMPTY);
		assertEquals(2.0, f.value(2.0));
		assertEquals(0.0, f.value(-1.0));
		for (String id : List.of("leaky-relu", "tanh", "erf", "gelu", "softplus", "sin")) {
			assertTrue(catalogues.activations().find(id).isPresent(), id);
		}
	}
}

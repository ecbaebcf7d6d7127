package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The example third-party plug-in ({@code releng/example-plugin}), built against our published update site, installed
 * with the p2 director into a copy of the materialized product, and used by the product's own headless application;
 * and the same plug-in built for an API version the product does not have, which p2 refuses with its reason while
 * the product stays exactly as it was.
 */
class ExamplePluginInstallTest {

	@Test
	void theDirectorInstallsTheExampleAndTheProductComputesWithIt() throws Exception {
		ExamplePlugin.Build example = ExamplePlugin.build();
		try (ProductCopy product = new ProductCopy()) {
			Repo.Result install = product.install(example.site(), ExamplePlugin.FEATURE_IU);
			assertEquals(0, install.exitCode(), install.out() + install.err());
			assertTrue(product.bundlesInfo().contains("\n" + ExamplePlugin.BUNDLE + ",1.0.0."),
					"the product starts the example bundle:\n" + product.bundlesInfo());
			assertTrue(product.profileStates().lastEntry().getValue().contains("id='" + ExamplePlugin.FEATURE_IU + "'"),
					"the p2 profile records the example feature");

			Repo.Result list = product.command("list", "--format", "csv");
			assertEquals(0, list.exitCode(), list.out() + list.err());
			ExampleOracles.assertListed(list.out());
			assertTrue(list.out().lines().skip(1).allMatch(l -> l.endsWith(",active")), list.out());

			Repo.Result spectrum = product.command(ExampleOracles.spectrumOfSilu());
			assertEquals(0, spectrum.exitCode(), spectrum.out() + spectrum.err());
			ExampleOracles.assertSiluSpectrum(spectrum.out());

			Repo.Result nystrom = product.command(ExampleOracles.nystromOnPolarCap());
			assertEquals(0, nystrom.exitCode(), nystrom.out() + nystrom.err());
			ExampleOracles.assertPolarCapEigenvalue(nystrom.out());
		}
	}

	@Test
	void aPluginBuiltForAnIncompatibleApiFailsWithP2sReasonAndChangesNothing() throws Exception {
		try (ProductCopy product = new ProductCopy()) {
			Path variant = ExamplePlugin.incompatibleVariant(product, "[9.0,10.0)");
			// p2 records the copy's new install folder in a profile state at its first use; let that happen first
			Repo.Result roots = product.application("org.eclipse.equinox.p2.director", "-listInstalledRoots");
			assertEquals(0, roots.exitCode(), roots.out() + roots.err());
			assertTrue(roots.out().contains("org.spectralbias.workbench.feature.feature.group/"), roots.out());
			String bundlesInfo = product.bundlesInfo();
			TreeMap<String, String> profile = product.profileStates();
			List<String> plugins = product.plugins();

			Repo.Result install = product.install(variant, ExamplePlugin.FEATURE_IU);
			String output = install.out() + install.err();
			assertNotEquals(0, install.exitCode(), output);
			assertTrue(output.contains("Missing requirement"), "p2 explains the failure:\n" + output);
			assertTrue(output.contains("org.spectralbias.core.contrib [9.0.0,10.0.0)"),
					"p2 names the unsatisfied import:\n" + output);

			assertEquals(bundlesInfo, product.bundlesInfo(), "bundles.info unchanged");
			assertEquals(profile, product.profileStates(), "p2 profile unchanged (no new state)");
			assertEquals(plugins, product.plugins(), "plugins folder unchanged");
			assertFalse(bundlesInfo.contains(ExamplePlugin.BUNDLE), bundlesInfo);
		}
	}
}

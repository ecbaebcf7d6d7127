package org.spectralbias.experiments.model;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spectralbias.core.catalogue.Catalogues;

/** The catalogues of the test runtime, with the built-in contributions activated. */
final class PlatformFixture {

	private PlatformFixture() {
	}

	/** @return the test bundle's context */
	static BundleContext context() {
		return FrameworkUtil.getBundle(PlatformFixture.class).getBundleContext();
	}

	/**
	 * @return new catalogues once the built-ins the tests use are active (SCR activates them asynchronously); the
	 *         caller closes them
	 */
	static Catalogues catalogues() throws InterruptedException {
		Catalogues catalogues = new Catalogues(context());
		for (int i = 0; i < 200 && (catalogues.architectures().find("two-layer").isEmpty()
				|| catalogues.targets().find("gegenbauer-sum").isEmpty()
				|| catalogues.activations().find("relu").isEmpty()
				|| catalogues.distributions().find("gaussian-mixture").isEmpty()
				|| catalogues.analyses().find("convergence-by-degree").isEmpty()); i++) {
			Thread.sleep(50);
		}
		return catalogues;
	}
}

package org.spectralbias.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spectralbias.core.catalogue.Catalogues;

/**
 * Shared set-up of the command-line tests: the real catalogues (waiting until Declarative Services has activated the
 * built-ins) and a way to run a command line with its output captured.
 */
abstract class CliFixture {

	/** The ids the tests need: one per point, all from the built-in bundles. */
	private static final String[][] NEEDED = { { "activation", "relu" }, { "kernel", "ntk" },
			{ "architecture", "two-layer" }, { "target", "cosine" }, { "analysis", "parity-check" },
			{ "distribution", "uniform-sphere" } };

	final BundleContext context = FrameworkUtil.getBundle(CliFixture.class).getBundleContext();
	Catalogues catalogues;
	final StringWriter out = new StringWriter();
	final StringWriter err = new StringWriter();

	@BeforeEach
	void openCatalogues() throws InterruptedException {
		catalogues = new Catalogues(context);
		for (int i = 0; i < 200 && !allPresent(); i++) {
			Thread.sleep(50); // SCR activates the built-ins asynchronously
		}
	}

	private boolean allPresent() {
		for (String[] need : NEEDED) {
			boolean present = switch (need[0]) {
			case "activation" -> catalogues.activations().find(need[1]).isPresent();
			case "kernel" -> catalogues.kernels().find(need[1]).isPresent();
			case "architecture" -> catalogues.architectures().find(need[1]).isPresent();
			case "target" -> catalogues.targets().find(need[1]).isPresent();
			case "analysis" -> catalogues.analyses().find(need[1]).isPresent();
			default -> catalogues.distributions().find(need[1]).isPresent();
			};
			if (!present) {
				return false;
			}
		}
		return true;
	}

	@AfterEach
	void closeCatalogues() {
		catalogues.close();
	}

	/** Runs one command line; its output is in {@link #out} and {@link #err}. */
	int run(String... args) {
		return new CommandLineService(catalogues, context).run(args, new PrintWriter(out, true),
				new PrintWriter(err, true));
	}
}

package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example plug-in's jar (built against our update site) added to the headless distribution on Felix with
 * {@code --plugins DIR}, as docs/writing-a-plugin.md describes: listed, and used in computations.
 */
class ExamplePluginHeadlessTest {

	private static Path plugins;

	@BeforeAll
	static void collectJar() throws Exception {
		Path jar = ExamplePlugin.build().bundle();
		plugins = Files.createTempDirectory("sb-example-jars");
		Files.copy(jar, plugins.resolve(jar.getFileName()));
	}

	@AfterAll
	static void delete() {
		ExamplePlugin.delete(plugins);
	}

	private static Repo.Result headless(String... args) throws Exception {
		String[] command = new String[args.length + 2];
		command[0] = "--plugins";
		command[1] = plugins.toString();
		System.arraycopy(args, 0, command, 2, args.length);
		Repo.Result r = Repo.run(Repo.root(), 120, Repo.headlessCommand(command));
		assertEquals(0, r.exitCode(), r.out() + r.err());
		return r;
	}

	@Test
	void theContributionsAreListed() throws Exception {
		ExampleOracles.assertListed(headless("list", "--format", "csv").out());
	}

	@Test
	void theActivationGivesTheSiluSpectrum() throws Exception {
		ExampleOracles.assertSiluSpectrum(headless(ExampleOracles.spectrumOfSilu()).out());
	}

	@Test
	void theDistributionSamplesTheCap() throws Exception {
		ExampleOracles.assertPolarCapEigenvalue(headless(ExampleOracles.nystromOnPolarCap()).out());
	}
}

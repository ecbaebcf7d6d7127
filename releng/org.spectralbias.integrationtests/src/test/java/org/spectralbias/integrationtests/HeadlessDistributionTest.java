package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headless distribution starts the same bundles on Felix and on Equinox and runs the command line. */
class HeadlessDistributionTest {

	@ParameterizedTest
	@ValueSource(strings = { "felix", "equinox" })
	void listFindsTheBuiltInContributions(String framework) throws Exception {
		Repo.Result r = Repo.run(Repo.root(), 120,
				Repo.headlessCommand("--framework", framework, "list", "--format", "csv"));
		assertEquals(0, r.exitCode(), r.err());
		String[] lines = r.out().split("\\R");
		assertEquals("kind,id,name,bundle,version,status", lines[0], r.out());
		assertTrue(r.out().contains("\nactivation,relu,ReLU,org.spectralbias.activations,"), r.out());
		assertTrue(r.out().lines().skip(1).allMatch(l -> l.endsWith(",active")), r.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "felix", "equinox" })
	void unknownCommandsAreUsageErrors(String framework) throws Exception {
		Repo.Result r = Repo.run(Repo.root(), 120, Repo.headlessCommand("--framework", framework, "frobnicate"));
		assertEquals(2, r.exitCode(), r.out() + r.err());
		assertTrue(r.err().contains("frobnicate"), r.err());
	}

	@org.junit.jupiter.api.Test
	void anUnknownFrameworkIsNamed() throws Exception {
		Repo.Result r = Repo.run(Repo.root(), 60, Repo.headlessCommand("--framework", "knopflerfish", "list"));
		assertEquals(2, r.exitCode());
		assertTrue(r.err().contains("--framework must be felix or equinox"), r.err());
	}

	@org.junit.jupiter.api.Test
	void benchTimesStartUpInFreshJvms() throws Exception {
		// the start-up row: three fresh launcher JVMs running a first spectrum; no reference (numpy) needed
		Repo.Result r = Repo.run(Repo.root(), 300, Repo.headlessCommand("bench", "--workloads", "sphere-spectrum-k50",
				"--startup", "--no-fig1", "--format", "csv", "--python", "no-such-python", "--repetitions", "1"));
		assertEquals(0, r.exitCode(), r.out() + r.err());
		String startup = r.out().lines().filter(l -> l.startsWith("startup,")).findFirst().orElseThrow(
				() -> new AssertionError("no startup row in\n" + r.out() + r.err()));
		double seconds = Double.parseDouble(startup.split(",")[1]);
		assertTrue(seconds > 0.05 && seconds < 60, startup);
		assertTrue(r.err().contains("bench: startup: ["), r.err());
	}
}

package org.spectralbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

/** The command line contract: formats, exit codes and messages. */
class CommandLineTest extends CliFixture {


	@Test
	void listCsvHasTheDocumentedHeaderAndTheBuiltIns() {
		assertEquals(0, run("list", "--format", "csv"));
		String[] lines = out.toString().split("\\R");
		assertEquals("kind,id,name,bundle,version,status", lines[0]);
		assertTrue(out.toString().contains("\nactivation,relu,ReLU,org.spectralbias.activations,"), out.toString());
		assertTrue(out.toString().contains(",active"), out.toString());
	}

	@Test
	void listJsonIsAnArrayOfObjects() {
		assertEquals(0, run("list", "--format", "json"));
		String json = out.toString().trim();
		assertTrue(json.startsWith("[") && json.endsWith("]"), json);
		assertTrue(json.contains("\"id\": \"leaky-relu\""), json);
	}

	@Test
	void versionAndHelp() {
		assertEquals(0, run("--version"));
		assertTrue(out.toString().startsWith("Spectral Bias Workbench "), out.toString());
		assertEquals(0, run("--help"));
		assertTrue(out.toString().contains("list"), out.toString());
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertEquals(2, run("no-such-command"));
		assertTrue(err.toString().contains("no-such-command"), err.toString());
		assertEquals(2, run("list", "--format", "xml"));
		assertTrue(err.toString().contains("xml"), err.toString());
		assertFalse(err.toString().contains("\tat "), "no stack trace");
		assertEquals(2, run());
	}
}

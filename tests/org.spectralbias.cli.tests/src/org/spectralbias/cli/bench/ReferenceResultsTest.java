package org.spectralbias.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Parsing of the reference script's JSON lines (the format written by releng/bench/reference.py). */
class ReferenceResultsTest {

	@Test
	void readsInfoTimingsAndPerWorkloadErrors() {
		ReferenceResults r = ReferenceResults.parse(List.of(
				"{\"info\": {\"python\": \"3.11.7\", \"numpy\": \"2.4.6\", \"scipy\": \"1.17.1\", "
						+ "\"blas\": \"scipy-openblas 0.3.31\"}}",
				"{\"workload\": \"dgemm-n2000\", \"seconds\": 0.21, \"repetitions\": 5, \"batch\": 1}",
				"",
				"{\"workload\": \"sphere-spectrum-k50\", \"seconds\": 3.5e-4, \"repetitions\": 5, \"batch\": 1000}",
				"{\"workload\": \"top100-n10000\", \"error\": \"MemoryError: \"}"));
		assertTrue(r.available());
		assertNull(r.unavailable());
		assertEquals("2.4.6", r.info().get("numpy"));
		assertEquals("scipy-openblas 0.3.31", r.info().get("blas"));
		assertEquals(0.21, r.timing("dgemm-n2000").orElseThrow().seconds());
		Timing.Measurement sphere = r.timing("sphere-spectrum-k50").orElseThrow();
		assertEquals(3.5e-4, sphere.seconds());
		assertEquals(5, sphere.repetitions());
		assertEquals(1000, sphere.batch());
		assertFalse(r.timing("top100-n10000").isPresent());
		assertEquals("MemoryError: ", r.errors().get("top100-n10000"));
		assertTrue(r.warnings().isEmpty(), r.warnings().toString());
	}

	@Test
	void topLevelErrorMeansUnavailable() {
		ReferenceResults r = ReferenceResults
				.parse(List.of("{\"error\": \"numpy and scipy are needed for the reference timings\"}"));
		assertFalse(r.available());
		assertEquals("numpy and scipy are needed for the reference timings", r.unavailable());
		assertTrue(r.timings().isEmpty());
	}

	@Test
	void strayLinesBecomeWarningsAndDoNotStopParsing() {
		ReferenceResults r = ReferenceResults.parse(List.of("Traceback (most recent call last):", "[1, 2]",
				"{\"workload\": \"gram-n4000\"}", "{\"workload\": \"gram-n4000\", \"seconds\": -1}",
				"{\"workload\": \"gram-n4000\", \"seconds\": \"fast\"}", "{\"something\": 1}",
				"{\"workload\": \"eigh-n2000\", \"seconds\": 0.9}"));
		assertTrue(r.available());
		assertEquals(6, r.warnings().size(), r.warnings().toString());
		assertTrue(r.warnings().get(0).startsWith("line 1 "), r.warnings().get(0));
		assertFalse(r.timing("gram-n4000").isPresent());
		assertEquals(0.9, r.timing("eigh-n2000").orElseThrow().seconds());
		assertEquals(0, r.timing("eigh-n2000").orElseThrow().repetitions(), "repetitions are optional");
	}

	@Test
	void unavailableCarriesTheReason() {
		ReferenceResults r = ReferenceResults.unavailable("no Python");
		assertFalse(r.available());
		assertEquals("no Python", r.unavailable());
		assertTrue(r.timings().isEmpty() && r.info().isEmpty());
	}
}

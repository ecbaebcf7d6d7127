package org.spectralbias.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workload names carry their sizes; the reference script parses the same names. */
class WorkloadTest {

	@Test
	void standardWorkloadsHaveTheIssuesSizes() {
		assertEquals(new Workload(Workload.Kind.GD_STEP, "gd-step-m4096", 4096, 0), Workload.parse("gd-step-m4096"));
		assertEquals(16384, Workload.parse("gd-step-m16384").size());
		assertEquals(new Workload(Workload.Kind.GRAM, "gram-n4000", 4000, 0), Workload.parse("gram-n4000"));
		assertEquals(new Workload(Workload.Kind.EIGH, "eigh-n2000", 2000, 0), Workload.parse("eigh-n2000"));
		assertEquals(new Workload(Workload.Kind.TOP, "top100-n10000", 10000, 100), Workload.parse("top100-n10000"));
		assertEquals(new Workload(Workload.Kind.SPHERE_SPECTRUM, "sphere-spectrum-k50", 50, 0),
				Workload.parse("sphere-spectrum-k50"));
		Workload.STANDARD.forEach(Workload::parse);
	}

	@Test
	void vectorVariantsParseAndFollowTheirTwins() {
		Workload step = Workload.parse("gd-step-vector-m4096");
		assertEquals(new Workload(Workload.Kind.GD_STEP_VECTOR, "gd-step-vector-m4096", 4096, 0), step);
		assertTrue(step.isGdStep());
		assertEquals(Workload.parse("gd-step-m4096").usefulFlops(1000, 10), step.usefulFlops(1000, 10));
		assertEquals(new Workload(Workload.Kind.GRAM_VECTOR, "gram-vector-n4000", 4000, 0),
				Workload.parse("gram-vector-n4000"));
		Workload.VECTOR.forEach(Workload::parse);
		assertEquals(Workload.STANDARD, Workload.standard(false));
		assertEquals(java.util.List.of("gd-step-m4096", "gd-step-vector-m4096", "gd-step-m16384",
				"gd-step-vector-m16384", "gram-n4000", "gram-vector-n4000", "eigh-n2000", "eigh-java-n2000", "top100-n10000",
				"sphere-spectrum-k50"), Workload.standard(true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "gd-step", "gd-step-m15", "gd-step-vector-m15", "gram-vector-n0", "gram-n0", "top10-n10", "top0-n10", "eigh-n99999999999",
			"GRAM-n10", "gram-n10 " })
	void badNamesAreRefused(String name) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Workload.parse(name));
		assertTrue(e.getMessage().contains(name), e.getMessage());
	}

	@Test
	void usefulFlopsOfAGdStepAre6nmD() {
		assertEquals(6.0 * 1000 * 4096 * 10, Workload.parse("gd-step-m4096").usefulFlops(1000, 10));
		assertEquals(2.0 * 2000 * 2000 * 2000, Workload.parse("dgemm-n2000").usefulFlops(1000, 10));
		assertTrue(Double.isNaN(Workload.parse("gram-n4000").usefulFlops(1000, 10)));
	}

	@Test
	void clusterNoteSaysWhenKCutsADegreeBlock() {
		// D = 10: degree 0 (1), degree 1 (10), degree 2 (54), degree 4 (660); odd degrees >= 3 vanish
		assertTrue(JavaWorkloads.clusterNote(100, 10).contains("degree-4 block"),
				JavaWorkloads.clusterNote(100, 10));
		assertTrue(JavaWorkloads.clusterNote(100, 10).contains("66–725"));
		assertEquals("", JavaWorkloads.clusterNote(65, 10), "65 = 1 + 10 + 54 ends a block");
		assertEquals("", JavaWorkloads.clusterNote(11, 10));
	}
}

package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Thread count and title of a run. */
class RunPlanTest {

	@Test
	void theFilesThreadsWinOverTheWorkbenchDefault() {
		assertEquals(3, RunPlan.withThreads(Fixtures.smallSpec(), 3).threads(), "the file says 0: the default");
		assertEquals(2, RunPlan.withThreads(Fixtures.smallSpec().withThreads(2), 8).threads());
		assertThrows(IllegalArgumentException.class, () -> RunPlan.withThreads(Fixtures.smallSpec(), 0));
	}

	@Test
	void theTitleSaysTheSize() {
		assertEquals("Run small (n = 120, m = 256, 600 steps, 2 threads)",
				RunPlan.title(Fixtures.smallSpec().withThreads(2)));
	}
}

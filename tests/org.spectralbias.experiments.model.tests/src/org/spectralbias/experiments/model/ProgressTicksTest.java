package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The engine's phases on one bar. */
class ProgressTicksTest {

	@Test
	void trainingTakesMostOfTheBarAndTheBarNeverMovesBack() {
		ProgressTicks ticks = new ProgressTicks();
		ticks.begin("sampling 200 + 200 points", 1);
		assertEquals(1000, ticks.worked(1)); // 10% of 10 000
		ticks.begin("Gram matrix 200 × 200", 4);
		int gram = 0;
		for (int i = 0; i < 4; i++) {
			int d = ticks.worked(1);
			assertTrue(d >= 0);
			gram += d;
		}
		assertEquals(900, gram); // 10% of the 9000 left
		ticks.begin("Gradient descent: 2000 steps, η_eff = 2.0", 2000);
		assertEquals(3645, ticks.worked(1000)); // half of 90% of the 8100 left
		assertEquals(0, ticks.worked(0));
		assertEquals(3645, ticks.worked(5000), "units beyond the total count once");
		ticks.begin("predictions", 10);
		assertEquals(405, ticks.worked(10)); // 50% of the 810 left after training
		assertTrue(ticks.used() <= ProgressTicks.TOTAL);
	}

	@Test
	void anUnfinishedPhaseLeavesItsTicksToTheNext() {
		ProgressTicks ticks = new ProgressTicks();
		ticks.begin("Empirical NTK", 10);
		assertEquals(500, ticks.worked(5));
		ticks.begin("Eigen-decomposition", 0);
		assertEquals(0, ticks.worked(3));
		ticks.begin("Gradient descent", 1);
		assertEquals(8550, ticks.worked(1)); // 90% of the 9500 left
	}
}

package org.spectralbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RecordScheduleTest {

	private static void assertStrictlyIncreasingFrom0To(int total, int[] steps) {
		assertEquals(0, steps[0]);
		assertEquals(total, steps[steps.length - 1]);
		for (int i = 1; i < steps.length; i++) {
			assertTrue(steps[i] > steps[i - 1], "steps[" + i + "] = " + steps[i] + " after " + steps[i - 1]);
		}
	}

	@Test
	void logWith200PointsOver20000Steps() {
		int[] steps = new RecordSchedule.Log(200).steps(20000);
		assertStrictlyIncreasingFrom0To(20000, steps);
		assertEquals(200, steps.length);
		// Early on the geometric grid is finer than one step, so the steps are consecutive.
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4 }, java.util.Arrays.copyOf(steps, 5));
		// Late, they are the rounded geometric targets T^{(j−1)/(p−2)}, ratio 20000^{1/198} ≈ 1.0513.
		for (int j = 150; j < 199; j++) {
			assertEquals(Math.round(Math.pow(20000, (j - 1) / 198.0)), steps[j], "j = " + j);
		}
	}

	@Test
	void logSpacingIsRoughlyGeometricInTheTail() {
		int[] steps = new RecordSchedule.Log(200).steps(20000);
		double ratio = (double) steps[198] / steps[197];
		assertEquals(Math.pow(20000, 1 / 198.0), ratio, 0.002);
	}

	@Test
	void logWithMorePointsThanStepsRecordsEveryStep() {
		assertArrayEquals(IntStream.rangeClosed(0, 9).toArray(), new RecordSchedule.Log(200).steps(9));
		assertArrayEquals(IntStream.rangeClosed(0, 9).toArray(), new RecordSchedule.Log(10).steps(9));
	}

	@Test
	void logWithTwoPointsIsTheEnds() {
		assertArrayEquals(new int[] { 0, 1000 }, new RecordSchedule.Log(2).steps(1000));
	}

	@Test
	void logHasExactlyPPointsWhenPIsCloseToT() {
		for (int t : new int[] { 10, 11, 57, 1000 }) {
			int[] steps = new RecordSchedule.Log(10).steps(t);
			assertStrictlyIncreasingFrom0To(t, steps);
			assertEquals(10, steps.length, "T = " + t);
		}
	}

	@Test
	void linearEvery1000Over20000Steps() {
		int[] steps = new RecordSchedule.Linear(1000).steps(20000);
		assertEquals(21, steps.length);
		assertArrayEquals(IntStream.rangeClosed(0, 20).map(i -> 1000 * i).toArray(), steps);
	}

	@Test
	void linearAddsTheLastStepWhenItIsNotAMultiple() {
		assertArrayEquals(new int[] { 0, 3, 6, 7 }, new RecordSchedule.Linear(3).steps(7));
		assertArrayEquals(new int[] { 0, 5 }, new RecordSchedule.Linear(1000).steps(5));
		assertArrayEquals(new int[] { 0 }, new RecordSchedule.Linear(4).steps(0));
	}

	@Test
	void boundsAreEnforced() {
		assertThrows(IllegalArgumentException.class, () -> new RecordSchedule.Log(1));
		assertThrows(IllegalArgumentException.class, () -> new RecordSchedule.Log(100_001));
		assertThrows(IllegalArgumentException.class, () -> new RecordSchedule.Linear(0));
		assertThrows(IllegalArgumentException.class, () -> new RecordSchedule.Log(5).steps(-1));
	}
}

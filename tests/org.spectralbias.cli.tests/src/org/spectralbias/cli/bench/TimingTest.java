package org.spectralbias.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The median and the sampling plan (no timing is asserted). */
class TimingTest {

	@Test
	void medianOfAnOddCountIsTheMiddleValue() {
		assertEquals(3.0, Timing.median(5.0, 1.0, 3.0));
		assertEquals(7.0, Timing.median(7.0));
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		assertEquals(2.5, Timing.median(4.0, 1.0, 2.0, 3.0));
		assertEquals(1.5, Timing.median(2.0, 1.0));
	}

	@Test
	void medianIgnoresOutliersAndLeavesItsInputAlone() {
		double[] samples = { 0.011, 0.5, 0.012, 0.010, 0.013 };
		assertEquals(0.012, Timing.median(samples));
		assertArrayEquals(new double[] { 0.011, 0.5, 0.012, 0.010, 0.013 }, samples);
	}

	@Test
	void medianOfNothingIsRefused() {
		assertThrows(IllegalArgumentException.class, Timing::median);
	}

	@Test
	void batchLadderIsOneTwoFive() {
		long[] expected = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], Timing.nextBatch(i));
		}
	}

	@Test
	void budgetCutsRepetitionsButKeepsOne() {
		assertEquals(5, Timing.repetitionsWithin(5, 30.0, 0.2));
		assertEquals(3, Timing.repetitionsWithin(5, 30.0, 10.0));
		assertEquals(1, Timing.repetitionsWithin(5, 30.0, 100.0));
		assertEquals(5, Timing.repetitionsWithin(5, 30.0, 0.0));
	}

	@Test
	void withoutMinimumSampleTimeEachSampleIsOneCall() {
		AtomicInteger calls = new AtomicInteger();
		BenchOptions options = BenchOptions.defaults().withRepetitions(3, 2).withSampling(0.0, 30.0);
		Timing.Measurement m = Timing.measure(calls::incrementAndGet, options);
		assertEquals(1, m.batch());
		assertEquals(3, m.repetitions());
		// calibration (the first warm-up), one more warm-up, three timed samples
		assertEquals(5, calls.get());
	}
}

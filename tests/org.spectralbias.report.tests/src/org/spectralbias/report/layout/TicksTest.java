package org.spectralbias.report.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.report.chart.Range;

class TicksTest {

	@Test
	void logAxisOverSixDecadesLabelsEveryDecadeWithMinorTicks() {
		List<Tick> ticks = Ticks.log(1e-6, 1, 8);
		assertArrayEquals(new double[] { 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1 }, majorValues(ticks));
		assertEquals(List.of("10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"), labels(ticks));
		// 2…9 × 10ⁿ for the six decades below 1
		assertEquals(6 * 8, ticks.size() - 7);
		assertTrue(ticks.stream().anyMatch(t -> t.value() == 3e-4 && !t.isMajor()));
		assertAscendingInside(ticks, 1e-6, 1);
	}

	@Test
	void linearIterationAxisUses5000Steps() {
		List<Tick> ticks = Ticks.linear(0, 20000, 6);
		assertArrayEquals(new double[] { 0, 5000, 10000, 15000, 20000 }, majorValues(ticks));
		assertEquals(List.of("0", "5000", "10000", "15000", "20000"), labels(ticks));
	}

	@Test
	void linearTicksAreExactDecimals() {
		List<Tick> ticks = Ticks.linear(0, 1, 6);
		assertArrayEquals(new double[] { 0, 0.2, 0.4, 0.6, 0.8, 1 }, majorValues(ticks));
		assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1.0"), labels(ticks));
		assertEquals(List.of("−1.0", "−0.5", "0", "0.5", "1.0"), labels(Ticks.linear(-1, 1, 5)));
	}

	@Test
	void largeLinearValuesUseScientificLabels() {
		assertEquals(List.of("0", "1×10⁶", "2×10⁶", "3×10⁶"), labels(Ticks.linear(0, 3e6, 4)));
		assertEquals(List.of("0", "5×10⁻⁵", "1×10⁻⁴"), labels(Ticks.linear(0, 1e-4, 3)));
	}

	@Test
	void oneTwoFiveStepsAndNiceRanges() {
		assertEquals(0.2, Ticks.linearStep(0, 1, 6).doubleValue());
		assertEquals(5000, Ticks.linearStep(0, 20000, 6).doubleValue());
		assertEquals(1, Ticks.linearStep(0, 3, 4).doubleValue());
		assertEquals(2, Ticks.linearStep(0, 3.1, 4).doubleValue());
		assertEquals(new Range(0, 10), Ticks.niceLinearRange(0.3, 9.7, 6));
		assertEquals(new Range(-20, 40), Ticks.niceLinearRange(-13, 37, 5));
		assertEquals(new Range(1e-4, 1), Ticks.decadeRange(2e-4, 0.8));
		assertEquals(new Range(1e-3, 1e-2), Ticks.decadeRange(2e-3, 3e-3));
		assertEquals(new Range(1, 10), Ticks.decadeRange(1, 10));
	}

	@Test
	void narrowLogRangeLabelsTwoAndFive() {
		List<Tick> ticks = Ticks.log(1e-3, 1e-2, 8);
		assertArrayEquals(new double[] { 1e-3, 2e-3, 5e-3, 1e-2 }, majorValues(ticks));
		assertEquals(List.of("10⁻³", "2×10⁻³", "5×10⁻³", "10⁻²"), labels(ticks));
		assertAscendingInside(ticks, 1e-3, 1e-2);
	}

	@Test
	void logRangeWithoutDecadeLabelsMultiples() {
		List<Tick> ticks = Ticks.log(2.1e-3, 9.5e-3, 8);
		assertArrayEquals(new double[] { 3e-3, 4e-3, 5e-3, 6e-3, 7e-3, 8e-3, 9e-3 }, majorValues(ticks));
		assertEquals("3×10⁻³", ticks.get(0).label());
		List<Tick> tiny = Ticks.log(2.01e-3, 2.09e-3, 5);
		assertTrue(majorValues(tiny).length >= 2, "falls back to linear ticks: " + tiny);
		assertAscendingInside(tiny, 2.01e-3, 2.09e-3);
	}

	@Test
	void manyDecadesLabelEveryKthDecade() {
		List<Tick> ticks = Ticks.log(1e-20, 1, 6);
		assertArrayEquals(new double[] { 1e-20, 1e-16, 1e-12, 1e-8, 1e-4, 1 }, majorValues(ticks));
		// the other decades stay as unlabelled ticks; no 2…9 minor ticks at this density
		assertEquals(21, ticks.size());
		assertFalse(ticks.stream().anyMatch(t -> t.value() == 2e-5));
	}

	@Test
	void invalidInputIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> Ticks.log(0, 1, 5));
		assertThrows(IllegalArgumentException.class, () -> Ticks.log(1, 1, 5));
		assertThrows(IllegalArgumentException.class, () -> Ticks.linear(0, Double.NaN, 5));
		assertThrows(IllegalArgumentException.class, () -> Ticks.linear(0, 1, 1));
	}

	private static double[] majorValues(List<Tick> ticks) {
		return ticks.stream().filter(Tick::isMajor).mapToDouble(Tick::value).toArray();
	}

	private static List<String> labels(List<Tick> ticks) {
		return ticks.stream().filter(Tick::isMajor).map(Tick::label).toList();
	}

	private static void assertAscendingInside(List<Tick> ticks, double min, double max) {
		for (int i = 0; i < ticks.size(); i++) {
			double v = ticks.get(i).value();
			assertTrue(v >= min * (1 - 1e-12) && v <= max * (1 + 1e-12), v + " outside [" + min + ", " + max + "]");
			if (i > 0) {
				assertTrue(v > ticks.get(i - 1).value(), "not ascending at " + i + ": " + ticks);
			}
		}
	}
}

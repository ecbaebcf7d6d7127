package org.spectralbias.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How numbers are written for people. */
class NumbersTest {

	@Test
	void formatsWithThreeSignificantDigits() {
		assertEquals("0.169", Numbers.format(0.16912));
		assertEquals("2.22e-04", Numbers.format(2.2222e-4));
		assertEquals("12706", Numbers.format(12706.4));
		assertEquals("14", Numbers.format(14.0));
		assertEquals("198", Numbers.format(198.42));
		assertEquals("—", Numbers.format(Double.NaN));
		assertEquals("∞", Numbers.format(Double.POSITIVE_INFINITY));
		assertEquals("1.50e+05", Numbers.format(150000.5));
	}

	@Test
	void writesSharesAsPercentagesAndDurations() {
		assertEquals("99.2%", Numbers.percent(0.9924));
		assertEquals("0.62%", Numbers.percent(0.0062));
		assertEquals("100%", Numbers.percent(1));
		assertEquals("5%", Numbers.percent(0.05));
		assertEquals("0%", Numbers.percent(0));
		assertEquals("0.42 s", Numbers.seconds(0.42));
		assertEquals("3 min 12 s", Numbers.seconds(192));
	}
}

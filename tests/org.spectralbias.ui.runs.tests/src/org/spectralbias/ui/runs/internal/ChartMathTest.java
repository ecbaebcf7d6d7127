package org.spectralbias.ui.runs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spectralbias.report.chart.Range;
import org.spectralbias.ui.charts.AxisZoom;

/** Zoom arithmetic of the chart widget. */
class ChartMathTest {

	@Test
	void aLogAxisZoomsInTheExponent() {
		// [1e-4, 1] around 1e-2 by 1/2: exponents [−4, 0] around −2 become [−3, −1]
		Range r = AxisZoom.zoom(new Range(1e-4, 1), true, 1e-2, 0.5);
		assertEquals(-3, Math.log10(r.min()), 1e-12);
		assertEquals(-1, Math.log10(r.max()), 1e-12);
		// off-centre anchor 1e-3 keeps its place: [−4, 0] → [−3.5, −1.5]
		r = AxisZoom.zoom(new Range(1e-4, 1), true, 1e-3, 0.5);
		assertEquals(-3.5, Math.log10(r.min()), 1e-12);
		assertEquals(-1.5, Math.log10(r.max()), 1e-12);
	}

	@Test
	void aLinearAxisZoomsInTheValues() {
		Range r = AxisZoom.zoom(new Range(0, 10), false, 5, 0.5);
		assertEquals(new Range(2.5, 7.5), r);
		r = AxisZoom.zoom(new Range(0, 10), false, 0, 2);
		assertEquals(new Range(0, 20), r);
		assertEquals(new Range(2, 8), AxisZoom.span(8, 2, false));
		Range decades = AxisZoom.span(1e-1, 1e-3, true);
		assertEquals(-3, Math.log10(decades.min()), 1e-12);
		assertEquals(-1, Math.log10(decades.max()), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> AxisZoom.zoom(new Range(0, 1), false, 0.5, 0));
	}
}

package org.spectralbias.runs.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.layout.Rect;
import org.spectralbias.runs.export.FigureExport;

/** Colour scale, layout and painting of heat maps. */
class HeatMapTest {

	private static final ColourScale LOG = new ColourScale(1e-4, 1, true, true, "share");

	@Test
	void aLogScalePlacesValuesByTheirExponent() {
		// log10 positions: 1e-4 → 0, 1e-2 → (−2 + 4)/4 = 0.5, 1 → 1
		assertEquals(0, LOG.position(1e-4), 1e-12);
		assertEquals(0.5, LOG.position(1e-2), 1e-12);
		assertEquals(1, LOG.position(1), 1e-12);
		assertEquals(0, LOG.position(0), "clamped");
		assertEquals(1, LOG.position(3), "clamped");
		assertTrue(Double.isNaN(LOG.position(Double.NaN)));
		// the ends of viridis
		assertEquals(Rgb.of(0x440154), LOG.colour(1e-4));
		assertEquals(Rgb.of(0xfde725), LOG.colour(1));
		assertEquals(Rgb.WHITE, LOG.textColour(1e-4), "white on dark purple");
		assertEquals(Rgb.of(0x111111), LOG.textColour(1), "dark on yellow");
		assertArrayEquals(new double[] { 1e-4, 1e-3, 1e-2, 1e-1, 1 }, LOG.ticks(), 1e-18);
		assertEquals("0.01%", LOG.format(1e-4));
		assertEquals("100%", LOG.format(1));
		ColourScale linear = new ColourScale(0, 2, false, false, "");
		assertEquals(0.25, linear.position(0.5), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> new ColourScale(0, 1, true, false, ""));
	}

	@Test
	void everyCellIsFoundUnderItsCentreAndDrawn() {
		HeatMap map = new HeatMap("Leakage", "", "degree", "block", List.of("k = 1", "k = 2"),
				List.of("b0", "b1", "b2"), new double[][] { { 0.9, 0.09, 0.01 }, { 0.001, 0.98, 0.019 } }, LOG);
		HeatMapLayout layout = HeatMapLayout.of(map, 720, 460);
		for (int r = 0; r < 2; r++) {
			for (int c = 0; c < 3; c++) {
				Rect cell = layout.cell(r, c);
				assertArrayEquals(new int[] { r, c }, layout.cellAt(cell.x() + cell.width() / 2, cell.y()
						+ cell.height() / 2).orElseThrow());
			}
		}
		assertTrue(layout.cellAt(1, 1).isEmpty(), "the corner is outside the grid");
		assertTrue(layout.valuesFit());
		assertTrue(layout.bar().x() > layout.grid().right(), "the colour bar is right of the cells");
		String svg = FigureExport.svg(map);
		for (String value : List.of("90%", "9%", "1%", "0.1%", "98%", "1.9%")) {
			assertTrue(svg.contains(">" + value + "<"), value);
		}
		assertThrows(IllegalArgumentException.class, () -> HeatMapLayout.of(map, 100, 100));
	}

	@Test
	void aLongSubtitleIsWrappedAtSpaces() {
		List<String> lines = HeatMapLayout.wrap("one two three four five six seven", 12, 60);
		assertTrue(lines.size() > 1, lines.toString());
		assertEquals("one two three four five six seven", String.join(" ", lines));
		assertEquals(List.of("short"), HeatMapLayout.wrap("short", 12, 600));
		assertEquals(List.of(), HeatMapLayout.wrap("", 12, 600));
	}

	@Test
	void labelsMustMatchTheMatrix() {
		assertThrows(IllegalArgumentException.class, () -> new HeatMap("t", "", "", "", List.of("a"), List.of("x", "y"),
				new double[][] { { 1 } }, LOG));
		assertThrows(IllegalArgumentException.class, () -> new HeatMap("t", "", "", "", List.of("a", "b"),
				List.of("x"), new double[][] { { 1 } }, LOG));
	}
}

package org.spectralbias.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChartTest {

	private static final double[] X = { 1, 2, 3, 4, 5 };
	private static final double[] Y = { 1, 0, -1, Double.NaN, 2 };

	@Test
	void builderCollectsEverything() {
		Series s = Series.line("measured", X, X);
		Chart chart = Chart.builder().title("t").subtitle("s").xAxis(Axis.linear("iteration t", ""))
				.yAxis(Axis.log("|v_kᵀ r_t|", "").withRange(1e-6, 1)).legend(LegendPosition.TOP_LEFT).series(s)
				.referenceLine(ReferenceLine.diagonal().withLabel("y = x")).annotate("outlier", 3, 3).build();
		assertEquals("t", chart.title());
		assertEquals("s", chart.subtitle());
		assertEquals(Scale.LOG, chart.yAxis().scale());
		assertEquals(new Range(1e-6, 1), chart.yAxis().range().orElseThrow());
		assertEquals(List.of(s), chart.series());
		assertEquals(new Annotation("outlier", 3, 3), chart.annotations().get(0));
		assertEquals("y = x", chart.referenceLines().get(0).label());
		assertEquals(LegendPosition.TOP_LEFT, chart.legend());
		Chart copy = chart.toBuilder().build();
		assertEquals(chart.series(), copy.series());
		assertEquals(chart.yAxis(), copy.yAxis());
		assertEquals(chart.referenceLines(), copy.referenceLines());
	}

	@Test
	void axisTitleCombinesLabelAndUnit() {
		assertEquals("time (s)", Axis.linear("time", "s").title());
		assertEquals("iteration t", Axis.linear("iteration t", "").title());
	}

	@Test
	void coloursComeFromThePaletteInOrderUnlessPinned() {
		Palette okabeIto = Palette.okabeIto();
		Rgb red = Rgb.parse("#FF0000");
		Chart chart = Chart.builder().series(Series.line("a", X, X), Series.line("b", X, X).withColour(red),
				Series.line("c", X, X), Series.line("d", X, X).withPaletteIndex(0), Series.line("e", X, X)).build();
		assertEquals(okabeIto.colour(0), chart.colour(0));
		assertEquals(red, chart.colour(1));
		assertEquals(okabeIto.colour(1), chart.colour(2));
		assertEquals(okabeIto.colour(0), chart.colour(3));
		assertEquals(okabeIto.colour(2), chart.colour(4));
		assertEquals("#0072b2", okabeIto.colour(0).hex());
		assertEquals(okabeIto.colour(0), okabeIto.colour(okabeIto.colours().size()));
	}

	@Test
	void skippedPointsDependOnTheScale() {
		Series s = Series.markers("m", X, Y);
		Chart linear = Chart.builder().series(s).build();
		Chart log = linear.toBuilder().yAxis(Axis.log("y", "")).build();
		assertEquals(1, linear.skippedPoints(0));
		assertEquals(3, log.skippedPoints(0));
		assertEquals(3, log.skippedPoints());
		Chart logLog = log.toBuilder().xAxis(Axis.log("x", "")).series(Series.line("", new double[] { 0, 1 },
				new double[] { 1, 1 })).build();
		assertEquals(4, logLog.skippedPoints());
	}

	@Test
	void seriesIsImmutable() {
		double[] x = { 1, 2 };
		double[] y = { 3, 4 };
		Series s = Series.line("s", x, y);
		x[0] = 99;
		s.yValues()[0] = 99;
		assertEquals(1, s.x(0));
		assertEquals(3, s.y(0));
		Series styled = s.dashed().withMarker(MarkerShape.DIAMOND);
		assertEquals(LinePattern.SOLID, s.pattern());
		assertEquals(LinePattern.DASHED, styled.pattern());
		assertEquals(SeriesStyle.LINE_AND_MARKERS, styled.style());
		assertTrue(styled.colour().isEmpty());
	}

	@Test
	void invalidValuesAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> Series.line("s", new double[2], new double[3]));
		assertThrows(IllegalArgumentException.class, () -> Axis.log("y", "").withRange(0, 1));
		assertThrows(IllegalArgumentException.class, () -> Axis.linear("y", "").withRange(1, 1));
		assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> Rgb.parse("#12345"));
		assertThrows(IllegalArgumentException.class, () -> Series.line("s", X, X).withLineWidth(0));
		assertThrows(NullPointerException.class, () -> Chart.builder().title(null));
	}
}

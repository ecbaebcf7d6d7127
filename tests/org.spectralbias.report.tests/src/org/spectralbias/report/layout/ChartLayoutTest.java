package org.spectralbias.report.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.report.ExampleCharts;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.Range;
import org.spectralbias.report.chart.ReferenceLine;
import org.spectralbias.report.chart.Series;

class ChartLayoutTest {

	@Test
	void logAxisPutsOneThousandthHalfwayBetweenOneMillionthAndOne() {
		Chart chart = Chart.builder().yAxis(Axis.log("r", "").withRange(1e-6, 1))
				.series(Series.line("s", new double[] { 0, 1 }, new double[] { 1e-5, 1e-2 })).build();
		ChartLayout layout = ChartLayout.of(chart, 640, 420);
		Rect plot = layout.plotArea();
		assertEquals(plot.bottom(), layout.pixelY(1e-6), 1e-9);
		assertEquals(plot.y(), layout.pixelY(1), 1e-9);
		assertEquals((plot.y() + plot.bottom()) / 2, layout.pixelY(1e-3), 1e-9);
		assertEquals(1e-3, layout.dataY((plot.y() + plot.bottom()) / 2), 1e-15);
		assertTrue(Double.isNaN(layout.pixelY(0)));
		assertTrue(Double.isNaN(layout.pixelY(-1)));
	}

	@Test
	void automaticRangesWidenToTicks() {
		ChartLayout layout = ChartLayout.of(ExampleCharts.residualProjections(), 640, 420);
		assertEquals(new Range(0, 20000), layout.xRange());
		assertEquals(1, layout.yRange().max());
		assertEquals(layout.plotArea().x(), layout.pixelX(0), 1e-9);
		assertEquals(layout.plotArea().right(), layout.pixelX(20000), 1e-9);
		double decade = Math.log10(layout.yRange().min());
		assertEquals(Math.rint(decade), decade, 1e-12);
		assertTrue(layout.yRange().min() <= 1e-6);
	}

	@Test
	void linesBreakAtSkippedPointsAndStayInsideThePlot() {
		double[] x = { 0, 0.5, 1, 1.5, 2, 3, 4, 5 };
		double[] y = { 1, 2, Double.NaN, 3, 0, 4, 5, 6 };
		Chart chart = Chart.builder().xAxis(Axis.linear("x", "").withRange(0, 4.5))
				.yAxis(Axis.log("y", "").withRange(1, 10)).series(Series.line("s", x, y)).build();
		ChartLayout layout = ChartLayout.of(chart, 400, 300);
		List<double[]> lines = layout.seriesLines(0);
		assertEquals(2, lines.size(), "broken at NaN and at y = 0, the lone point between has no line");
		assertEquals(4, lines.get(0).length);
		assertEquals(6, lines.get(1).length);
		Rect plot = layout.plotArea();
		double margin = Series.DEFAULT_LINE_WIDTH + 1e-9;
		for (double[] line : lines) {
			for (int i = 0; i < line.length; i += 2) {
				assertTrue(line[i] >= plot.x() - margin && line[i] <= plot.right() + margin, "x " + line[i]);
				assertTrue(line[i + 1] >= plot.y() - margin && line[i + 1] <= plot.bottom() + margin);
			}
		}
		double[] clippedEnd = lines.get(1);
		assertEquals(plot.right() + Series.DEFAULT_LINE_WIDTH, clippedEnd[clippedEnd.length - 2], 1e-9);
	}

	@Test
	void markersOnTheEdgesOfAnAutomaticRangeAreKept() {
		double[] k = new double[30];
		double[] mu = new double[30];
		for (int i = 0; i < k.length; i++) {
			k[i] = i + 1;
			mu[i] = Math.pow(10, -1 - 0.55 * i);
		}
		Chart chart = Chart.builder().xAxis(Axis.log("degree k", "")).yAxis(Axis.log("μ_k", ""))
				.series(Series.markers("μ_k", k, mu)).build();
		ChartLayout layout = ChartLayout.of(chart, 360, 300);
		assertEquals(0.1, layout.yRange().max());
		assertEquals(1, layout.xRange().min());
		assertEquals(2 * k.length, layout.seriesMarkers(0).length, "the point (1, 0.1) sits on the corner");
	}

	@Test
	void diagonalReferenceLineOnLogLogAxesIsStraight() {
		Chart chart = Chart.builder().xAxis(Axis.log("predicted", "").withRange(1e-4, 1))
				.yAxis(Axis.log("measured", "").withRange(1e-4, 1)).referenceLine(ReferenceLine.diagonal()).build();
		ChartLayout layout = ChartLayout.of(chart, 500, 500);
		List<double[]> polylines = layout.referenceLine(0);
		assertEquals(1, polylines.size());
		double[] p = polylines.get(0);
		for (int i = 0; i < p.length; i += 2) {
			assertEquals(layout.dataX(p[i]), layout.dataY(p[i + 1]), 1e-9 * layout.dataX(p[i]));
		}
		assertEquals(layout.plotArea().x(), p[0], 1e-9);
		assertEquals(layout.plotArea().bottom(), p[1], 1e-9);
	}

	@Test
	void automaticLegendAvoidsTheData() {
		ChartLayout layout = ChartLayout.of(ExampleCharts.residualProjections(), 640, 420);
		Legend legend = layout.legend().orElseThrow();
		assertEquals(6, legend.entries().size());
		Rect box = legend.box();
		Rect plot = layout.plotArea();
		assertTrue(box.x() >= plot.x() && box.right() <= plot.right() && box.bottom() <= plot.bottom());
		for (int s = 0; s < layout.chart().series().size(); s++) {
			for (double[] line : layout.seriesLines(s)) {
				for (int i = 0; i < line.length; i += 2) {
					assertFalse(box.contains(line[i], line[i + 1]), "series " + s + " under the legend");
				}
			}
		}
		Chart none = layout.chart().toBuilder().legend(LegendPosition.NONE).build();
		assertTrue(ChartLayout.of(none, 640, 420).legend().isEmpty());
	}

	@Test
	void outsideLegendShrinksThePlot() {
		Chart inside = ExampleCharts.residualProjections();
		Chart outside = inside.toBuilder().legend(LegendPosition.OUTSIDE_RIGHT).build();
		ChartLayout a = ChartLayout.of(inside, 640, 420);
		ChartLayout b = ChartLayout.of(outside, 640, 420);
		Rect box = b.legend().orElseThrow().box();
		assertTrue(b.plotArea().width() < a.plotArea().width());
		assertTrue(box.x() > b.plotArea().right() && box.right() <= 640);
	}

	@Test
	void tickLabelsDoNotOverlapOnANarrowChart() {
		Chart chart = Chart.builder().xAxis(Axis.linear("iteration t", "").withRange(0, 123456))
				.yAxis(Axis.log("r", "").withRange(1e-17, 10)).build();
		ChartLayout layout = ChartLayout.of(chart, 180, 160);
		TextMetrics metrics = TextMetrics.sansSerif();
		List<PlacedText> labels = layout.xTickLabels();
		assertTrue(labels.size() >= 2, labels.toString());
		for (int i = 1; i < labels.size(); i++) {
			PlacedText a = labels.get(i - 1);
			PlacedText b = labels.get(i);
			double gap = b.x() - a.x() - (metrics.width(a.text(), a.style().size(), false)
					+ metrics.width(b.text(), b.style().size(), false)) / 2;
			assertTrue(gap > 0, a.text() + " overlaps " + b.text());
		}
		List<PlacedText> yLabels = layout.yTickLabels();
		for (int i = 1; i < yLabels.size(); i++) {
			assertTrue(yLabels.get(i - 1).y() - yLabels.get(i).y() > ChartLayout.TICK_LABEL_SIZE);
		}
		for (PlacedText label : labels) {
			assertTrue(label.x() + metrics.width(label.text(), label.style().size(), false) / 2 <= 180);
		}
	}

	@Test
	void annotationsStayInsideThePlot() {
		Chart chart = Chart.builder().xAxis(Axis.linear("x", "").withRange(0, 10))
				.yAxis(Axis.linear("y", "").withRange(0, 10)).annotate("far right outlier", 9.9, 5)
				.annotate("outside", 11, 5).build();
		ChartLayout layout = ChartLayout.of(chart, 400, 300);
		assertEquals(1, layout.annotations().size());
		PlacedText text = layout.annotations().get(0);
		assertEquals(Anchor.END, text.style().anchor());
		assertTrue(text.x() < layout.pixelX(9.9));
	}

	@Test
	void tooSmallCanvasIsRejected() {
		Chart chart = ExampleCharts.residualProjections();
		assertThrows(IllegalArgumentException.class, () -> ChartLayout.of(chart, 50, 50));
		assertThrows(IllegalArgumentException.class, () -> ChartLayout.of(chart, Double.NaN, 300));
	}
}

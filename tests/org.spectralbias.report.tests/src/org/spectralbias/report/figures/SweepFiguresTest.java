package org.spectralbias.report.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.MarkerShape;
import org.spectralbias.report.chart.Series;

/** The sweep's figures: series per prediction, the diagonal, and labels exactly on the points far from it. */
class SweepFiguresTest {

	private static final List<SweepFigures.Rate> RATES = List.of(
			new SweepFigures.Rate(1, "uniform-sphere", 1, 0.169, 0.163, 0.165),
			new SweepFigures.Rate(1, "uniform-sphere", 4, 2.0e-4, 1.1e-4, 2.4e-4),
			new SweepFigures.Rate(2, "anisotropic-gaussian", 1, 0.2, 0.163, 0.19),
			new SweepFigures.Rate(2, "anisotropic-gaussian", 3, 1e-5, 0.0, 1.2e-5));

	@Test
	void theTheoryCheckHasOneMarkerShapePerPredictionAndLabelsTheOutliers() {
		Chart chart = SweepFigures.theoryCheck("test", RATES);
		List<Series> series = chart.series();
		assertEquals(2, series.size());
		assertEquals(MarkerShape.CIRCLE, series.get(0).marker());
		assertEquals(MarkerShape.SQUARE, series.get(1).marker());
		assertEquals(3, series.get(0).size(), "the zero μ-rate of degree 3 cannot be drawn on a log axis");
		assertEquals(4, series.get(1).size());
		assertEquals(1, chart.referenceLines().size(), "the diagonal");
		// only 2.0e-4 against 1.1e-4 is off by more than 1.5× (ratio 1.82); 0.2/0.163 = 1.23 is not
		assertEquals(1, chart.annotations().size(), chart.annotations().toString());
		assertEquals("1: k=4", chart.annotations().get(0).text());
		assertTrue(chart.subtitle().contains("1 with a zero or negative rate"), chart.subtitle());
	}

	@Test
	void theComparisonHasMeasuredAndBothPredictionsPerDegree() {
		Chart chart = SweepFigures.comparison("test", RATES);
		assertEquals(9, chart.series().size(), "degrees 1, 3, 4 × measured, μ_k, linear model");
		assertEquals("k = 1, measured", chart.series().get(0).name());
		assertEquals(2, chart.series().get(0).size(), "degree 1 in both runs");
		assertTrue(chart.subtitle().contains("2: anisotropic-gaussian"), chart.subtitle());
	}
}

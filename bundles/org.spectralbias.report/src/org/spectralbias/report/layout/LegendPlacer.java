package org.spectralbias.report.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.layout.LegendEntry.Source;

/**
 * Sizes the legend and places it: in a corner of the plot area (for {@link LegendPosition#AUTO} the corner that
 * covers the fewest points of lines, markers and annotations) or right of it.
 */
final class LegendPlacer {

	static final double OUTSIDE_GAP = 10;
	private static final double PAD = 6;
	private static final double SAMPLE = 28;
	private static final double SAMPLE_GAP = 6;
	private static final double INSET = 8;
	private static final double ROW = ChartLayout.LEGEND_SIZE * 1.45;
	private static final double STEP = 3;
	private static final int ANNOTATION_WEIGHT = 25;
	private static final LegendPosition[] CORNERS = { LegendPosition.TOP_RIGHT, LegendPosition.TOP_LEFT,
			LegendPosition.BOTTOM_RIGHT, LegendPosition.BOTTOM_LEFT };

	private record Row(Source source, int index, String text) {
	}

	private final List<Row> rows = new ArrayList<>();
	private final double width;
	private final double height;

	LegendPlacer(Chart chart, TextMetrics metrics) {
		for (int i = 0; i < chart.series().size(); i++) {
			if (!chart.series().get(i).name().isEmpty()) {
				rows.add(new Row(Source.SERIES, i, chart.series().get(i).name()));
			}
		}
		for (int i = 0; i < chart.referenceLines().size(); i++) {
			if (!chart.referenceLines().get(i).label().isEmpty()) {
				rows.add(new Row(Source.REFERENCE_LINE, i, chart.referenceLines().get(i).label()));
			}
		}
		double widest = 0;
		for (Row row : rows) {
			widest = Math.max(widest, metrics.width(row.text(), ChartLayout.LEGEND_SIZE, false));
		}
		width = 2 * PAD + SAMPLE + SAMPLE_GAP + widest;
		height = 2 * PAD + rows.size() * ROW;
	}

	boolean hasEntries() {
		return !rows.isEmpty();
	}

	double width() {
		return width;
	}

	Optional<Legend> place(LegendPosition position, Rect plot, List<List<double[]>> lines, List<double[]> markers,
			List<PlacedText> annotations) {
		if (position == LegendPosition.NONE || rows.isEmpty()) {
			return Optional.empty();
		}
		Rect box;
		if (position == LegendPosition.OUTSIDE_RIGHT) {
			box = new Rect(plot.right() + OUTSIDE_GAP, plot.y(), width, height);
		} else if (position == LegendPosition.AUTO) {
			box = corner(LegendPosition.TOP_RIGHT, plot);
			long best = Long.MAX_VALUE;
			for (LegendPosition candidate : CORNERS) {
				Rect r = corner(candidate, plot);
				long covered = covered(r, lines, markers, annotations);
				if (covered < best) {
					best = covered;
					box = r;
				}
			}
		} else {
			box = corner(position, plot);
		}
		List<LegendEntry> entries = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			double cy = box.y() + PAD + ROW * (i + 0.5);
			double start = box.x() + PAD;
			entries.add(new LegendEntry(row.source(), row.index(), start, start + SAMPLE, cy,
					new PlacedText(row.text(), start + SAMPLE + SAMPLE_GAP, cy + 0.35 * ChartLayout.LEGEND_SIZE,
							new TextStyle(ChartLayout.LEGEND_SIZE, false, Anchor.START, 0, ChartLayout.INK))));
		}
		return Optional.of(new Legend(box, entries));
	}

	private Rect corner(LegendPosition corner, Rect plot) {
		boolean right = corner == LegendPosition.TOP_RIGHT || corner == LegendPosition.BOTTOM_RIGHT;
		boolean top = corner == LegendPosition.TOP_RIGHT || corner == LegendPosition.TOP_LEFT;
		double x = right ? plot.right() - INSET - width : plot.x() + INSET;
		double y = top ? plot.y() + INSET : plot.bottom() - INSET - height;
		return new Rect(x, y, width, height);
	}

	private static long covered(Rect box, List<List<double[]>> lines, List<double[]> markers,
			List<PlacedText> annotations) {
		long count = 0;
		for (List<double[]> polylines : lines) {
			for (double[] p : polylines) {
				for (int i = 0; i + 3 < p.length; i += 2) {
					count += coveredOnSegment(box, p[i], p[i + 1], p[i + 2], p[i + 3]);
				}
			}
		}
		for (double[] m : markers) {
			for (int i = 0; i + 1 < m.length; i += 2) {
				count += box.contains(m[i], m[i + 1]) ? 1 : 0;
			}
		}
		for (PlacedText a : annotations) {
			count += box.contains(a.x(), a.y()) ? ANNOTATION_WEIGHT : 0;
		}
		return count;
	}

	private static int coveredOnSegment(Rect box, double x0, double y0, double x1, double y1) {
		if (Math.max(x0, x1) < box.x() || Math.min(x0, x1) > box.right() || Math.max(y0, y1) < box.y()
				|| Math.min(y0, y1) > box.bottom()) {
			return 0;
		}
		int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / STEP);
		int count = 0;
		for (int k = 0; k < Math.max(1, steps); k++) {
			double t = steps == 0 ? 0 : (double) k / steps;
			count += box.contains(x0 + t * (x1 - x0), y0 + t * (y1 - y0)) ? 1 : 0;
		}
		return count;
	}
}

package org.spectralbias.runs.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.layout.Anchor;
import org.spectralbias.report.layout.PlacedText;
import org.spectralbias.report.layout.Rect;
import org.spectralbias.report.layout.TextMetrics;
import org.spectralbias.report.layout.TextStyle;

/**
 * Where every part of a {@link HeatMap} goes in a figure of given size (pixels at scale 1, y downward): header,
 * row labels on the left, column labels below (turned upright when they do not fit), the cells, and a colour bar
 * on the right. Text widths use the report bundle's sans-serif metrics, so the same layout fits on screen, in SVG
 * and in PNG. Immutable.
 */
public final class HeatMapLayout {

	/** Outer margin. */
	public static final double PADDING = 12;
	/** Label font size. */
	public static final double LABEL_SIZE = 11.5;
	/** Font size of the values in the cells. */
	public static final double VALUE_SIZE = 11;
	/** Largest cell width and height. */
	public static final double MAX_CELL = 90;
	/** Ink of texts. */
	public static final Rgb INK = Rgb.of(0x222222);

	private static final double BAR_WIDTH = 14;
	private static final TextMetrics METRICS = TextMetrics.sansSerif();

	private final HeatMap map;
	private final double width;
	private final double height;
	private final Rect grid;
	private final double cellWidth;
	private final double cellHeight;
	private final Rect bar;
	private final List<PlacedText> texts = new ArrayList<>();
	private final List<double[]> barTicks = new ArrayList<>();

	private HeatMapLayout(HeatMap map, double width, double height) {
		this.map = map;
		this.width = width;
		this.height = height;
		double y = PADDING;
		if (!map.title().isEmpty()) {
			y += 15;
			texts.add(new PlacedText(map.title(), PADDING, y, new TextStyle(15, true, Anchor.START, 0, INK)));
		}
		for (String line : wrap(map.subtitle(), 12, width - 2 * PADDING)) {
			y += 17;
			texts.add(new PlacedText(line, PADDING, y, new TextStyle(12, false, Anchor.START, 0, INK)));
		}
		double top = y + 12;
		double rowLabelWidth = map.rowLabels().stream().mapToDouble(t -> METRICS.width(t, LABEL_SIZE, false)).max()
				.orElse(0);
		double columnLabelWidth = map.columnLabels().stream().mapToDouble(t -> METRICS.width(t, LABEL_SIZE, false))
				.max().orElse(0);
		double[] ticks = map.scale().ticks();
		double tickWidth = 0;
		for (double t : ticks) {
			tickWidth = Math.max(tickWidth, METRICS.width(map.scale().format(t), LABEL_SIZE, false));
		}
		double left = PADDING + (map.rowAxis().isEmpty() ? 0 : 20) + rowLabelWidth + 6;
		double barX = width - PADDING - 16 - tickWidth - 6 - BAR_WIDTH;
		double right = barX - 24;
		int columns = Math.max(1, map.columns());
		int rows = Math.max(1, map.rows());
		double available = Math.max(10, right - left);
		cellWidth = Math.min(MAX_CELL, available / columns);
		boolean upright = columnLabelWidth > cellWidth - 4;
		double columnLabelHeight = upright ? columnLabelWidth + 4 : LABEL_SIZE + 4;
		double bottom = height - PADDING - (map.columnAxis().isEmpty() ? 0 : 18) - columnLabelHeight - 6;
		cellHeight = Math.min(MAX_CELL, Math.max(6, (bottom - top) / rows));
		grid = new Rect(left, top, cellWidth * columns, cellHeight * rows);
		for (int r = 0; r < map.rows(); r++) {
			texts.add(new PlacedText(map.rowLabels().get(r), left - 6, top + (r + 0.5) * cellHeight + 0.35 * LABEL_SIZE,
					new TextStyle(LABEL_SIZE, false, Anchor.END, 0, INK)));
		}
		for (int c = 0; c < map.columns(); c++) {
			double cx = left + (c + 0.5) * cellWidth;
			texts.add(upright
					? new PlacedText(map.columnLabels().get(c), cx + 0.35 * LABEL_SIZE, grid.bottom() + 6,
							new TextStyle(LABEL_SIZE, false, Anchor.END, 90, INK))
					: new PlacedText(map.columnLabels().get(c), cx, grid.bottom() + 6 + LABEL_SIZE,
							new TextStyle(LABEL_SIZE, false, Anchor.MIDDLE, 0, INK)));
		}
		if (!map.columnAxis().isEmpty()) {
			texts.add(new PlacedText(map.columnAxis(), left + grid.width() / 2,
					grid.bottom() + 6 + columnLabelHeight + 14, new TextStyle(13, false, Anchor.MIDDLE, 0, INK)));
		}
		if (!map.rowAxis().isEmpty()) {
			texts.add(new PlacedText(map.rowAxis(), PADDING + 13, top + grid.height() / 2,
					new TextStyle(13, false, Anchor.MIDDLE, 90, INK)));
		}
		double barHeight = Math.max(grid.height(), 60);
		// the bar follows the grid when the cells do not fill the width
		bar = new Rect(Math.min(barX, grid.right() + 28), top, BAR_WIDTH, barHeight);
		for (double t : ticks) {
			double py = bar.bottom() - map.scale().position(t) * bar.height();
			barTicks.add(new double[] { t, py });
			texts.add(new PlacedText(map.scale().format(t), bar.right() + 6, py + 0.35 * LABEL_SIZE,
					new TextStyle(LABEL_SIZE, false, Anchor.START, 0, INK)));
		}
		if (!map.scale().label().isEmpty()) {
			texts.add(new PlacedText(map.scale().label(), bar.right() + 6 + tickWidth + 16, top + barHeight / 2,
					new TextStyle(LABEL_SIZE, false, Anchor.MIDDLE, 90, INK)));
		}
	}

	/** @return the text broken at spaces into lines no wider than the width (a long word gets a line of its own) */
	static List<String> wrap(String text, double size, double width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && METRICS.width(candidate, size, false) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * @param map    the heat map
	 * @param width  figure width in pixels, at least 200
	 * @param height figure height in pixels, at least 120
	 * @return its layout
	 */
	public static HeatMapLayout of(HeatMap map, double width, double height) {
		if (width < 200 || height < 120) {
			throw new IllegalArgumentException("a heat map needs at least 200 × 120 pixels, got " + width + " × " + height);
		}
		return new HeatMapLayout(map, width, height);
	}

	/** @return the heat map */
	public HeatMap map() {
		return map;
	}

	/** @return figure width */
	public double width() {
		return width;
	}

	/** @return figure height */
	public double height() {
		return height;
	}

	/** @return the rectangle holding all cells */
	public Rect grid() {
		return grid;
	}

	/** @return one cell's rectangle */
	public Rect cell(int row, int column) {
		return new Rect(grid.x() + column * cellWidth, grid.y() + row * cellHeight, cellWidth, cellHeight);
	}

	/** @return the cell under a point as {row, column}, if any */
	public Optional<int[]> cellAt(double x, double y) {
		if (!grid.contains(x, y)) {
			return Optional.empty();
		}
		int c = Math.min(map.columns() - 1, (int) ((x - grid.x()) / cellWidth));
		int r = Math.min(map.rows() - 1, (int) ((y - grid.y()) / cellHeight));
		return r < 0 || c < 0 ? Optional.empty() : Optional.of(new int[] { r, c });
	}

	/** @return whether a value's text fits in a cell */
	public boolean valuesFit() {
		double widest = 0;
		for (int r = 0; r < map.rows(); r++) {
			for (int c = 0; c < map.columns(); c++) {
				widest = Math.max(widest, METRICS.width(map.scale().format(map.value(r, c)), VALUE_SIZE, false));
			}
		}
		return widest + 4 <= cellWidth && VALUE_SIZE + 4 <= cellHeight;
	}

	/** @return the colour bar's rectangle (minimum at the bottom) */
	public Rect bar() {
		return bar;
	}

	/** @return the colour bar's ticks as {value, pixel y} */
	public List<double[]> barTicks() {
		return List.copyOf(barTicks);
	}

	/** @return the header, labels and tick labels */
	public List<PlacedText> texts() {
		return List.copyOf(texts);
	}
}

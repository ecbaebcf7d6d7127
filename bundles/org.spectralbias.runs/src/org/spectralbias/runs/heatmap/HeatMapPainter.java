package org.spectralbias.runs.heatmap;

import org.spectralbias.report.chart.Rgb;
import org.spectralbias.report.layout.Anchor;
import org.spectralbias.report.layout.PlacedText;
import org.spectralbias.report.layout.Rect;
import org.spectralbias.report.layout.TextStyle;
import org.spectralbias.report.render.Canvas;
import org.spectralbias.report.render.Stroke;

/** Draws a {@link HeatMapLayout} on a report {@link Canvas} (SVG, PNG or a screen). Stateless. */
public final class HeatMapPainter {

	private static final int BAR_SLICES = 64;
	private static final Stroke CELL_BORDER = Stroke.solid(Rgb.WHITE, 1);
	private static final Stroke FRAME = Stroke.solid(Rgb.of(0x333333), 1);

	private HeatMapPainter() {
	}

	/**
	 * @param layout what to draw and where
	 * @param canvas where to draw
	 */
	public static void paint(HeatMapLayout layout, Canvas canvas) {
		HeatMap map = layout.map();
		ColourScale scale = map.scale();
		canvas.rect(new Rect(0, 0, layout.width(), layout.height()), Rgb.WHITE, null);
		canvas.beginGroup("cells", map.title());
		boolean values = layout.valuesFit();
		for (int r = 0; r < map.rows(); r++) {
			for (int c = 0; c < map.columns(); c++) {
				Rect cell = layout.cell(r, c);
				double v = map.value(r, c);
				canvas.rect(cell, scale.colour(v), CELL_BORDER);
				if (values) {
					canvas.text(new PlacedText(scale.format(v), cell.x() + cell.width() / 2,
							cell.y() + cell.height() / 2 + 0.35 * HeatMapLayout.VALUE_SIZE,
							new TextStyle(HeatMapLayout.VALUE_SIZE, false, Anchor.MIDDLE, 0, scale.textColour(v))));
				}
			}
		}
		canvas.endGroup();
		canvas.beginGroup("colour-bar", scale.label());
		Rect bar = layout.bar();
		double slice = bar.height() / BAR_SLICES;
		for (int i = 0; i < BAR_SLICES; i++) {
			double p = (i + 0.5) / BAR_SLICES;
			double v = scale.log() ? Math.pow(10, Math.log10(scale.min()) + p * (Math.log10(scale.max())
					- Math.log10(scale.min()))) : scale.min() + p * (scale.max() - scale.min());
			// slices overlap by half a pixel so that no seam shows between them
			canvas.rect(new Rect(bar.x(), bar.bottom() - (i + 1) * slice, bar.width(), slice + 0.5), scale.colour(v),
					null);
		}
		canvas.rect(bar, null, FRAME);
		for (double[] tick : layout.barTicks()) {
			canvas.line(bar.right(), tick[1], bar.right() + 4, tick[1], FRAME);
		}
		canvas.endGroup();
		canvas.beginGroup("labels", "");
		layout.texts().forEach(canvas::text);
		canvas.endGroup();
	}
}

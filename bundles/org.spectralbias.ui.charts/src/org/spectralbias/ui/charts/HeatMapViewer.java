package org.spectralbias.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.spectralbias.report.layout.Rect;
import org.spectralbias.runs.export.FigureExport;
import org.spectralbias.runs.heatmap.HeatMap;
import org.spectralbias.runs.heatmap.HeatMapLayout;
import org.spectralbias.runs.heatmap.HeatMapPainter;

/**
 * Draws a {@link HeatMap} with the painter that also writes its SVG and PNG files, laid out for the widget's size.
 * Hovering a cell outlines it and shows its row, column and value as the tooltip; the context menu exports the
 * heat map (at the figure size of the command line).
 */
public final class HeatMapViewer extends Canvas implements Exportable {

	private HeatMap map;
	private HeatMapLayout layout;
	private int[] hovered;

	/**
	 * @param parent the parent
	 * @param style  SWT style bits
	 */
	public HeatMapViewer(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(e -> {
			Rectangle area = getClientArea();
			if (map == null || area.width < 200 || area.height < 120) {
				return;
			}
			layout = HeatMapLayout.of(map, area.width, area.height);
			SwtCanvas canvas = new SwtCanvas(e.gc);
			try {
				HeatMapPainter.paint(layout, canvas);
			} finally {
				canvas.dispose();
			}
			if (hovered != null) {
				Rect cell = layout.cell(hovered[0], hovered[1]);
				e.gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
				e.gc.setLineWidth(2);
				e.gc.drawRectangle((int) cell.x(), (int) cell.y(), (int) cell.width(), (int) cell.height());
			}
		});
		addListener(SWT.MouseMove, e -> {
			int[] cell = cellAt(e.x, e.y).orElse(null);
			if (!java.util.Arrays.equals(cell, hovered)) {
				hovered = cell;
				setToolTipText(cell == null ? null : describe(cell[0], cell[1]));
				redraw();
			}
		});
		addListener(SWT.MouseExit, e -> {
			hovered = null;
			redraw();
		});
		ExportMenu.attach(this, this);
	}

	/**
	 * @param heatMap the heat map to show
	 */
	public void setHeatMap(HeatMap heatMap) {
		checkWidget();
		map = heatMap;
		hovered = null;
		redraw();
	}

	/** @return the heat map shown, null before the first {@link #setHeatMap} */
	public HeatMap heatMap() {
		return map;
	}

	/**
	 * @param x pixel x in the widget
	 * @param y pixel y in the widget
	 * @return the cell under that pixel as {row, column}, if any
	 */
	public Optional<int[]> cellAt(int x, int y) {
		if (map == null) {
			return Optional.empty();
		}
		Point size = getSize();
		HeatMapLayout l = layout != null ? layout : HeatMapLayout.of(map, Math.max(200, size.x), Math.max(120, size.y));
		return l.cellAt(x, y);
	}

	/** @return e.g. {@code k = 4 × block 2: 29.5%} */
	public String describe(int row, int column) {
		return map.rowLabels().get(row) + " × " + map.columnLabels().get(column) + ": "
				+ map.scale().format(map.value(row, column));
	}

	@Override
	public void export(Path file) throws IOException {
		FigureExport.writeHeatMap(map, file);
	}

	@Override
	public String figureTitle() {
		return map == null ? "heat-map" : map.title();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? FigureExport.WIDTH : wHint,
				hHint == SWT.DEFAULT ? FigureExport.HEIGHT : hHint);
	}
}

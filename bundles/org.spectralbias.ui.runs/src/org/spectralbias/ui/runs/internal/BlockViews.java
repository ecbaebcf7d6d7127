package org.spectralbias.ui.runs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.runs.export.FigureExport;
import org.spectralbias.runs.view.Block;
import org.spectralbias.runs.view.ChartBlock;
import org.spectralbias.runs.view.HeatMapBlock;
import org.spectralbias.runs.view.PropertiesBlock;
import org.spectralbias.runs.view.TableBlock;
import org.spectralbias.runs.view.TextBlock;
import org.spectralbias.ui.charts.ChartViewer;
import org.spectralbias.ui.charts.HeatMapViewer;
import org.spectralbias.ui.runs.internal.PageRenderer.BlockView;

/** The SWT rendering of each kind of {@link Block}. */
final class BlockViews {

	/** Most rows a table shows before it scrolls. */
	static final int VISIBLE_ROWS = 14;

	private BlockViews() {
	}

	/** A chart: SWTChart over the report model. */
	static final class ChartView implements BlockView {

		private final ChartViewer viewer;

		ChartView(Composite parent, ChartBlock block) {
			viewer = new ChartViewer(parent, SWT.NONE);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
			data.heightHint = PageRenderer.FIGURE_HEIGHT;
			data.widthHint = 300;
			viewer.setLayoutData(data);
			viewer.setChart(block.chart());
		}

		@Override
		public Control control() {
			return viewer;
		}

		@Override
		public void update(Block block) {
			viewer.setChart(((ChartBlock) block).chart());
		}
	}

	/** A heat map drawn with the report's canvas. */
	static final class HeatMapView implements BlockView {

		private final HeatMapViewer viewer;

		HeatMapView(Composite parent, HeatMapBlock block) {
			viewer = new HeatMapViewer(parent, SWT.NONE);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
			data.heightHint = PageRenderer.FIGURE_HEIGHT;
			data.widthHint = 300;
			viewer.setLayoutData(data);
			viewer.setHeatMap(block.heatMap());
		}

		@Override
		public Control control() {
			return viewer;
		}

		@Override
		public void update(Block block) {
			viewer.setHeatMap(((HeatMapBlock) block).heatMap());
		}
	}

	/** A table (virtual, so long tables cost nothing) with an Export CSV button. */
	static final class TableView implements BlockView {

		private final Table table;
		private TableBlock block;

		TableView(Composite parent, TableBlock initial) {
			block = initial;
			Button export = new Button(parent, SWT.PUSH);
			export.setText("Export CSV…");
			export.setToolTipText("Save this table as " + initial.fileName());
			export.addListener(SWT.Selection, e -> exportCsv());
			table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			table.addListener(SWT.SetData, e -> {
				TableItem item = (TableItem) e.item;
				int row = table.indexOf(item);
				if (row < block.table().rowCount()) {
					item.setText(block.table().rows().get(row).toArray(String[]::new));
				}
			});
			fill(true);
		}

		private void fill(boolean columns) {
			CsvTable t = block.table();
			if (columns) {
				for (TableColumn c : table.getColumns()) {
					c.dispose();
				}
				for (String name : t.header()) {
					TableColumn c = new TableColumn(table, SWT.LEFT);
					c.setText(name);
				}
			}
			table.clearAll();
			table.setItemCount(t.rowCount());
			if (columns) {
				// a virtual table's items are empty until shown, so the widths are measured from the text itself
				GC gc = new GC(table);
				try {
					int sample = Math.min(t.rowCount(), 50);
					for (int c = 0; c < t.header().size(); c++) {
						int width = gc.textExtent(t.header().get(c)).x + 28;
						for (int r = 0; r < sample; r++) {
							width = Math.max(width, gc.textExtent(t.cell(r, c)).x + 16);
						}
						table.getColumn(c).setWidth(Math.min(Math.max(width, 50), 420));
					}
				} finally {
					gc.dispose();
				}
			}
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
			data.heightHint = table.getHeaderHeight() + table.getItemHeight() * Math.max(1, Math.min(VISIBLE_ROWS,
					t.rowCount())) + 4;
			data.widthHint = 300;
			table.setLayoutData(data);
		}

		private void exportCsv() {
			FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
			dialog.setText("Export table as CSV");
			dialog.setFilterExtensions(new String[] { "*.csv" });
			dialog.setFileName(block.fileName());
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			try {
				FigureExport.writeCsv(block, Path.of(chosen));
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(table.getShell(), "Export failed", "Could not write " + chosen + ":\n"
						+ e.getMessage());
			}
		}

		@Override
		public Control control() {
			return table;
		}

		@Override
		public void update(Block next) {
			TableBlock previous = block;
			block = (TableBlock) next;
			fill(!previous.table().header().equals(block.table().header()));
		}

		/** @return the block shown */
		TableBlock block() {
			return block;
		}
	}

	/** Name–value pairs as a two-column table. */
	static final class PropertiesView implements BlockView {

		private final Table table;
		private final boolean[] clicked = new boolean[1];

		PropertiesView(Composite parent, PropertiesBlock block) {
			table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
			table.setLinesVisible(true);
			new TableColumn(table, SWT.LEFT);
			new TableColumn(table, SWT.LEFT);
			// GTK selects the first row when a table gets the focus; a list of properties has nothing to select
			table.addListener(SWT.FocusIn, e -> table.getDisplay().asyncExec(() -> {
				if (!table.isDisposed() && table.getSelectionCount() == 1 && table.getSelectionIndex() == 0
						&& !clicked[0]) {
					table.deselectAll();
				}
			}));
			table.addListener(SWT.MouseDown, e -> clicked[0] = true);
			fill(block);
		}

		private void fill(PropertiesBlock block) {
			table.removeAll();
			for (PropertiesBlock.Property p : block.rows()) {
				new TableItem(table, SWT.NONE).setText(new String[] { p.name(), p.value() });
			}
			for (TableColumn c : table.getColumns()) {
				c.pack();
				c.setWidth(Math.min(c.getWidth() + 8, 700));
			}
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
			data.heightHint = table.getItemHeight() * Math.max(1, block.rows().size()) + 4;
			data.widthHint = 300;
			table.setLayoutData(data);
		}

		@Override
		public Control control() {
			return table;
		}

		@Override
		public void update(Block block) {
			fill((PropertiesBlock) block);
		}
	}

	/** Lines of text, selectable. */
	static final class TextView implements BlockView {

		private final Text text;

		TextView(Composite parent, TextBlock block) {
			text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
			text.setFont(JFaceResources.getTextFont());
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
			data.widthHint = 200; // the layout wraps the text at the width the page gives it
			text.setLayoutData(data);
			update(block);
		}

		@Override
		public Control control() {
			return text;
		}

		@Override
		public void update(Block block) {
			String joined = String.join("\n", ((TextBlock) block).lines());
			if (!joined.equals(text.getText())) {
				text.setText(joined);
			}
		}

		/** @return the lines shown */
		List<String> lines() {
			return List.of(text.getText().split("\n", -1));
		}
	}
}

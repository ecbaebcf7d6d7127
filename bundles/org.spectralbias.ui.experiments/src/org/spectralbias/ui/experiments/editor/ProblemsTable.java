package org.spectralbias.ui.experiments.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.spectralbias.experiments.model.Marker;

/** The problems of the document, one row each (where, what); a double-click shows the place. */
final class ProblemsTable {

	private final Table table;
	private List<Marker> shown = List.of();

	/**
	 * @param parent where
	 * @param reveal shows a marker's place (a double-click)
	 */
	ProblemsTable(Composite parent, Consumer<Marker> reveal) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn where = new TableColumn(table, SWT.LEFT);
		where.setText("Where");
		where.setWidth(260);
		TableColumn what = new TableColumn(table, SWT.LEFT);
		what.setText("Problem");
		what.setWidth(760);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(table);
		table.addListener(SWT.DefaultSelection, e -> {
			int i = table.getSelectionIndex();
			if (i >= 0 && i < shown.size()) {
				reveal.accept(shown.get(i));
			}
		});
	}

	/** @return the table */
	Table table() {
		return table;
	}

	/** @param markers the problems to list */
	void show(List<Marker> markers) {
		if (markers.equals(shown)) {
			return;
		}
		shown = List.copyOf(markers);
		table.setRedraw(false);
		try {
			table.removeAll();
			var image = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
			for (Marker m : markers) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setImage(0, image);
				item.setText(new String[] { m.path().toString(), m.message() });
			}
		} finally {
			table.setRedraw(true);
		}
	}
}

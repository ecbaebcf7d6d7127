package org.spectralbias.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;

/** The context menu of a figure: export as SVG or PNG, reset the zoom. */
final class ExportMenu {

	private ExportMenu() {
	}

	static void attach(Control control, Exportable figure) {
		Menu menu = new Menu(control);
		item(menu, "Export as &SVG…", () -> export(control, figure, "svg"));
		item(menu, "Export as &PNG…", () -> export(control, figure, "png"));
		new MenuItem(menu, SWT.SEPARATOR);
		item(menu, "&Reset zoom (double-click)", figure::resetZoom);
		MenuItem hint = new MenuItem(menu, SWT.PUSH);
		hint.setText("Zoom: drag a rectangle, or Ctrl + mouse wheel");
		hint.setEnabled(false);
		control.setMenu(menu);
	}

	private static void item(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private static void export(Control control, Exportable figure, String extension) {
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setText("Export figure as " + extension.toUpperCase(Locale.ROOT));
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(fileName(figure.figureTitle(), extension));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen : chosen + "." + extension);
		try {
			figure.export(file);
		} catch (IOException | RuntimeException e) {
			MessageBox box = new MessageBox(control.getShell(), SWT.ICON_ERROR | SWT.OK);
			box.setText("Export failed");
			box.setMessage("Could not write " + file + ":\n" + e.getMessage());
			box.open();
		}
	}

	/** @return a file name from a title: lower case, runs of other characters as '-' */
	static String fileName(String title, String extension) {
		String stem = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return (stem.isEmpty() ? "figure" : stem) + "." + extension;
	}
}

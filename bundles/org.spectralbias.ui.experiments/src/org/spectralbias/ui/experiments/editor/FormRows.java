package org.spectralbias.ui.experiments.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** Layout helpers of the form: titled groups of three-column rows (label, control, unit and bounds). */
final class FormRows {

	private FormRows() {
	}

	/** @return a titled group with three columns, filling the width */
	static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 6).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	/** @return a composite spanning the three columns with three columns of its own, indented */
	static Composite nested(Composite parent, int indent) {
		Composite nested = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 6).extendedMargins(indent, 0, 0, 0).applyTo(nested);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(nested);
		return nested;
	}

	/** Adds the third column: unit and bounds in a muted colour. */
	static Label hint(Composite parent, String unit, String hint) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText((unit.isEmpty() ? "" : unit + "    ") + hint);
		label.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/** @return a bold label */
	static Label title(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
		return label;
	}
}

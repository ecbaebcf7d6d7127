package org.spectralbias.ui.experiments.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.spectralbias.experiments.model.FormField;
import org.spectralbias.experiments.model.JsonPath;

/**
 * A row whose value's key depends on a choice: a drop-down that picks the key (step size as η·m or η; recording
 * schedule log or linear) beside the field of the value. Used for the optimizer's step size and recording schedule.
 */
final class ChoiceRow {

	private final FormContext context;
	private final Combo combo;
	private final FieldBinding value;
	private final Label hint;
	private final List<String> keys;
	private final Supplier<String> current;
	private final Supplier<String> hintText;
	private boolean updating;

	/**
	 * @param parent   the section (three columns)
	 * @param label    the row's label
	 * @param items    what the drop-down shows, one per key
	 * @param keys     the document's words for the items
	 * @param current  the document's current key
	 * @param choose   applies a chosen key to the document
	 * @param field    the value's field
	 * @param spotPath the path whose problems the drop-down shows
	 * @param hintText the third column's text for the current key
	 * @param context  the form's context
	 */
	ChoiceRow(Composite parent, String label, List<String> items, List<String> keys, Supplier<String> current,
			Consumer<String> choose, FormField field, JsonPath spotPath, Supplier<String> hintText,
			FormContext context) {
		this.context = context;
		this.keys = keys;
		this.current = current;
		this.hintText = hintText;
		new Label(parent, SWT.NONE).setText(label);
		Composite cell = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(cell);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(cell);
		combo = new Combo(cell, SWT.DROP_DOWN | SWT.READ_ONLY);
		items.forEach(combo::add);
		GridDataFactory.fillDefaults().indent(FormContext.decorationRoom(), 0).applyTo(combo);
		combo.setToolTipText(field.description());
		context.addSpot(new MarkerSpot(combo, () -> spotPath));
		combo.addListener(SWT.Selection, e -> {
			if (!updating && combo.getSelectionIndex() >= 0) {
				String key = keys.get(combo.getSelectionIndex());
				context.edit(combo, () -> choose.accept(key));
			}
		});
		value = new FieldBinding(cell, () -> field, context);
		hint = FormRows.hint(parent, "", "");
		update();
	}

	/** @return the drop-down */
	Combo combo() {
		return combo;
	}

	/** Shows the document's key and value. */
	void update() {
		updating = true;
		try {
			int index = keys.indexOf(current.get());
			if (index >= 0 && combo.getSelectionIndex() != index) {
				combo.select(index);
			}
			String text = hintText.get();
			if (!text.equals(hint.getText())) {
				hint.setText(text);
			}
		} finally {
			updating = false;
		}
		value.update();
	}
}

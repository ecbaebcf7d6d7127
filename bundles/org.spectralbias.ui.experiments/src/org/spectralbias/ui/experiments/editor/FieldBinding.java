package org.spectralbias.ui.experiments.editor;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.spectralbias.experiments.model.ExperimentForm;
import org.spectralbias.experiments.model.FieldKind;
import org.spectralbias.experiments.model.FormField;

/**
 * One form field on screen: a text box (numbers, lists, text), a check box (booleans) or a drop-down (choices) that
 * writes what the user enters into the document as they type and shows the document's value otherwise, with its
 * markers beside it.
 */
final class FieldBinding {

	private final Supplier<FormField> field;
	private final FormContext context;
	private final Control control;
	private final MarkerSpot spot;
	private boolean updating;

	/**
	 * Creates the control in the middle column of a three-column row.
	 *
	 * @param parent  the row's parent
	 * @param field   the field (it may move with the document, e.g. an analysis's index)
	 * @param context the form's context
	 */
	FieldBinding(Composite parent, Supplier<FormField> field, FormContext context) {
		this.field = field;
		this.context = context;
		FormField f = field.get();
		control = switch (f.kind()) {
		case BOOLEAN -> checkBox(parent);
		case CHOICE -> choice(parent, f);
		default -> text(parent, f);
		};
		control.setToolTipText(tooltip(f));
		spot = new MarkerSpot(control, () -> ExperimentForm.resolve(field.get(), context.document()));
		context.addSpot(spot);
		update();
	}

	/** @return the control */
	Control control() {
		return control;
	}

	/** Shows the document's value, unless the user is typing in this field. */
	void update() {
		if (control.isDisposed() || context.isEditing(this)) {
			return;
		}
		updating = true;
		try {
			show(field.get());
		} finally {
			updating = false;
		}
	}

	private void show(FormField f) {
		String value = context.document().fieldText(f);
		switch (control) {
		case Text text -> {
			if (!text.getText().equals(value)) {
				text.setText(value);
			}
			String placeholder = f.path().equals(ExperimentForm.RECORD_COUNT)
					? placeholder(ExperimentForm.recordDefault(context.document()))
					: f.placeholder();
			if (!placeholder.equals(text.getMessage())) {
				text.setMessage(placeholder);
			}
		}
		case Button box -> box.setSelection(Boolean.parseBoolean(value.isEmpty() ? f.defaultText() : value));
		case Combo combo -> {
			int index = combo.indexOf(value);
			if (index < 0 && !value.isEmpty()) {
				combo.add(value);
				index = combo.indexOf(value);
			}
			if (index >= 0 && combo.getSelectionIndex() != index) {
				combo.select(index);
			}
		}
		default -> throw new IllegalStateException("unexpected control " + control);
		}
	}

	private Control text(Composite parent, FormField f) {
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(f.kind() == FieldKind.TEXT ? 320 : 160, SWT.DEFAULT)
				.indent(FormContext.decorationRoom(), 0).applyTo(text);
		text.addModifyListener(e -> changed(text.getText()));
		return text;
	}

	private Control checkBox(Composite parent) {
		Button box = new Button(parent, SWT.CHECK);
		GridDataFactory.fillDefaults().indent(FormContext.decorationRoom(), 0).applyTo(box);
		box.addListener(SWT.Selection, e -> changed(Boolean.toString(box.getSelection())));
		return box;
	}

	private Control choice(Composite parent, FormField f) {
		Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
		f.choices().forEach(combo::add);
		GridDataFactory.fillDefaults().indent(FormContext.decorationRoom(), 0).applyTo(combo);
		combo.addListener(SWT.Selection, e -> changed(combo.getText()));
		return combo;
	}

	private void changed(String typed) {
		if (!updating) {
			context.edit(this, () -> context.document().setFieldText(field.get(), typed));
		}
	}

	private static String placeholder(String defaultText) {
		return defaultText == null ? "required" : "default " + defaultText;
	}

	private static String tooltip(FormField f) {
		StringBuilder b = new StringBuilder(f.description());
		if (!f.hint().isEmpty()) {
			b.append(b.isEmpty() ? "" : "\n").append(f.hint());
		}
		return b.append(b.isEmpty() ? "" : "\n").append(f.required() ? "required" : "optional").toString();
	}

	/**
	 * Creates a whole row: label, control, unit and bounds.
	 *
	 * @return the binding
	 */
	static FieldBinding row(Composite parent, Supplier<FormField> field, FormContext context) {
		FormField f = field.get();
		Label label = new Label(parent, SWT.NONE);
		label.setText(f.label() + (f.required() ? " *" : ""));
		FieldBinding binding = new FieldBinding(parent, field, context);
		label.setToolTipText(binding.control.getToolTipText());
		FormRows.hint(parent, f.unit(), f.hint());
		return binding;
	}
}

package org.spectralbias.ui.experiments.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.spectralbias.experiments.model.JsonPath;

/**
 * A control of the form that shows the problems at one JSON path: an error decoration beside it whose hover text
 * lists the messages. The path may move with the document (the step size's key, an analysis's index).
 */
final class MarkerSpot {

	/** Key of {@link Control#getData(String)} holding the control's JSON path, for tests and accessibility tools. */
	static final String PATH_KEY = "org.spectralbias.jsonPath";

	private final Supplier<JsonPath> path;
	private final Control control;
	private final ControlDecoration decoration;
	private List<String> messages = List.of();

	/**
	 * @param control the control
	 * @param path    its path now
	 */
	MarkerSpot(Control control, Supplier<JsonPath> path) {
		this.control = control;
		this.path = path;
		this.decoration = new ControlDecoration(control, SWT.LEFT | SWT.CENTER);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage());
		decoration.setMarginWidth(1);
		decoration.hide();
		control.addDisposeListener(e -> decoration.dispose());
		control.setData(PATH_KEY, path.get().toString());
	}

	/** @return the path the spot shows problems of */
	JsonPath path() {
		return path.get();
	}

	/** @return the control */
	Control control() {
		return control;
	}

	/** @return the messages shown, empty when none */
	List<String> messages() {
		return messages;
	}

	/** @param newMessages the problems to show; empty hides the decoration */
	void show(List<String> newMessages) {
		if (control.isDisposed()) {
			return;
		}
		control.setData(PATH_KEY, path.get().toString());
		messages = List.copyOf(newMessages);
		if (messages.isEmpty()) {
			decoration.hide();
			decoration.setDescriptionText(null);
		} else {
			decoration.setDescriptionText(String.join("\n", messages));
			decoration.show();
		}
	}

	/** @return whether the error decoration is showing */
	boolean isMarked() {
		return !messages.isEmpty() && decoration.isVisible();
	}

	/** @return the decoration's hover text */
	String markerText() {
		return decoration.getDescriptionText();
	}
}

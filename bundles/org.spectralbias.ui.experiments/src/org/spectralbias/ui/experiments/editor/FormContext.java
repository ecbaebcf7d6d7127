package org.spectralbias.ui.experiments.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.spectralbias.experiments.model.ContributionChoices;
import org.spectralbias.experiments.model.ExperimentDocument;

/**
 * What the parts of the form share: the document, the contribution choices, the controls that show markers, and
 * which field the user is typing in (so that the refresh a keystroke causes leaves that field's text alone).
 */
final class FormContext {

	private final ExperimentDocument document;
	private final ContributionChoices choices;
	private final List<MarkerSpot> spots = new ArrayList<>();
	private Object editing;

	FormContext(ExperimentDocument document, ContributionChoices choices) {
		this.document = document;
		this.choices = choices;
	}

	ExperimentDocument document() {
		return document;
	}

	ContributionChoices choices() {
		return choices;
	}

	/** @return the marker spots, in form order */
	List<MarkerSpot> spots() {
		spots.removeIf(s -> s.control().isDisposed());
		return spots;
	}

	void addSpot(MarkerSpot spot) {
		spots.add(spot);
	}

	/** @return the horizontal room a control leaves for its decoration */
	static int decorationRoom() {
		return FieldDecorationRegistry.getDefault().getMaximumDecorationWidth() + 2;
	}

	/**
	 * Applies a form edit, noting which control made it. While the source is not well-formed the form is read-only
	 * and the edit is dropped (the document refuses it).
	 *
	 * @param origin the control (or binding) making the edit
	 * @param edit   the edit
	 */
	void edit(Object origin, Runnable edit) {
		if (!document.isFormEditable()) {
			return;
		}
		Object previous = editing;
		editing = origin;
		try {
			edit.run();
		} finally {
			editing = previous;
		}
	}

	/** @return whether no form edit is being applied */
	boolean idle() {
		return editing == null;
	}

	/** @return whether this origin is making the edit being applied */
	boolean isEditing(Object origin) {
		return editing == origin;
	}
}

package org.spectralbias.ui.experiments.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.spectralbias.experiments.model.ContributionChoice;
import org.spectralbias.experiments.model.ExperimentForm.ContributionItem;
import org.spectralbias.experiments.model.FormField;
import org.spectralbias.experiments.model.ParameterFields;

/**
 * A contribution picker (distribution, target, architecture, activation) with the chosen contribution's parameter
 * fields below it, generated from its descriptors. The picker offers the active contributions of the catalogue; an
 * id the file names that is not among them is shown as "not available" (its marker says why) rather than hidden.
 */
final class ContributionSection {

	private static final String NONE = "(none)";

	private final ContributionItem item;
	private final FormContext context;
	private final Combo combo;
	private final Label description;
	private final Composite parameters;
	private final List<FieldBinding> bindings = new ArrayList<>();
	private final List<String> ids = new ArrayList<>();
	private String shownId;
	private boolean updating;
	private boolean built;

	ContributionSection(Composite parent, ContributionItem item, FormContext context) {
		this.item = item;
		this.context = context;
		Label label = new Label(parent, SWT.NONE);
		label.setText(item.label() + (item.optional() ? "" : " *"));
		combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT)
				.indent(FormContext.decorationRoom(), 0).applyTo(combo);
		combo.setVisibleItemCount(16);
		combo.addListener(SWT.Selection, e -> chosen());
		description = FormRows.hint(parent, "", "");
		context.addSpot(new MarkerSpot(combo, () -> item.path().child("id")));
		parameters = FormRows.nested(parent, 24);
		update();
	}

	/** @return the picker */
	Combo combo() {
		return combo;
	}

	/** Shows the document's choice and, when it changed, that contribution's parameter fields. */
	void update() {
		Optional<String> id = context.document().contributionId(item.path());
		List<ContributionChoice> choices = context.choices().choices(item.slot());
		List<String> newIds = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		if (item.optional()) {
			newIds.add(null);
			labels.add(NONE);
		}
		for (ContributionChoice c : choices) {
			newIds.add(c.id());
			labels.add(c.label());
		}
		if (id.isPresent() && choices.stream().noneMatch(c -> c.id().equals(id.get()))) {
			newIds.add(id.get());
			labels.add(id.get() + " (not available)");
		}
		updating = true;
		try {
			if (!newIds.equals(ids)) {
				ids.clear();
				ids.addAll(newIds);
				combo.setItems(labels.toArray(String[]::new));
			}
			int index = ids.indexOf(id.orElse(null));
			if (index >= 0 && combo.getSelectionIndex() != index) {
				combo.select(index);
			} else if (index < 0) {
				combo.deselectAll();
			}
		} finally {
			updating = false;
		}
		Optional<ContributionChoice> chosen = id.flatMap(i -> context.choices().find(item.slot(), i));
		description.setText(chosen.map(ContributionChoice::description).orElse(
				id.isPresent() ? "not an installed, working " + item.slot().label() : ""));
		String newShown = chosen.map(ContributionChoice::id).orElse(null);
		if (!built || !Objects.equals(newShown, shownId)) {
			rebuild(chosen);
			shownId = newShown;
			built = true;
		} else {
			bindings.forEach(FieldBinding::update);
		}
	}

	private void chosen() {
		if (updating) {
			return;
		}
		int index = combo.getSelectionIndex();
		if (index < 0 || index >= ids.size()) {
			return;
		}
		String id = ids.get(index);
		context.edit(combo, () -> context.document().setContribution(item.path(), id));
	}

	private void rebuild(Optional<ContributionChoice> chosen) {
		for (Control c : parameters.getChildren()) {
			c.dispose();
		}
		bindings.clear();
		if (chosen.isPresent()) {
			for (FormField f : ParameterFields.of(item.path(), chosen.get().parameters())) {
				bindings.add(FieldBinding.row(parameters, () -> f, context));
			}
		}
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).exclude(bindings.isEmpty()).applyTo(parameters);
		parameters.setVisible(!bindings.isEmpty());
		parameters.getParent().layout(true, true);
	}
}

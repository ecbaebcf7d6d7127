package org.spectralbias.ui.experiments.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.spectralbias.core.experiment.ContributionSlot;
import org.spectralbias.experiments.model.ContributionChoice;
import org.spectralbias.experiments.model.FormField;
import org.spectralbias.experiments.model.JsonPath;
import org.spectralbias.experiments.model.ParameterFields;

/**
 * The analyses to run after training: one check box per available analysis (checking adds it at the end of the
 * file's list, unchecking removes it), with the parameter fields of each checked one below it. Analyses the file
 * names that are not available are listed too, checked, so they can be seen and removed.
 */
final class AnalysesSection {

	private static final JsonPath ANALYSES = JsonPath.ROOT.child("analyses");

	private final Composite body;
	private final FormContext context;
	private final Runnable reflow;
	private final Map<String, Row> rows = new LinkedHashMap<>();

	/** One analysis: its check box and, when checked, its parameter fields. */
	private final class Row {
		final String id;
		final Optional<ContributionChoice> choice;
		final Button box;
		final Composite parameters;
		final List<FieldBinding> bindings = new ArrayList<>();

		Row(String id, Optional<ContributionChoice> choice) {
			this.id = id;
			this.choice = choice;
			box = new Button(body, SWT.CHECK);
			box.setText(choice.map(ContributionChoice::label).orElse(id + " (not available)"));
			GridDataFactory.fillDefaults().indent(FormContext.decorationRoom(), 0).applyTo(box);
			box.setData(MarkerSpot.PATH_KEY + ".analysis", id);
			box.addListener(SWT.Selection,
					e -> context.edit(box, () -> context.document().setAnalysis(id, box.getSelection())));
			FormRows.hint(body, "", choice.map(ContributionChoice::description).orElse(""));
			context.addSpot(new MarkerSpot(box, () -> path().map(p -> p.child("id"))
					.orElse(ANALYSES.child("<" + id + ">"))));
			parameters = FormRows.nested(body, 24);
		}

		/** @return the analysis's place in the file, when it is checked */
		Optional<JsonPath> path() {
			int index = context.document().analysisIds().indexOf(id);
			return index < 0 ? Optional.empty() : Optional.of(ANALYSES.element(index));
		}

		void update() {
			boolean checked = path().isPresent();
			box.setSelection(checked);
			boolean shown = !bindings.isEmpty() || parameters.getChildren().length > 0;
			if (checked && !shown && choice.isPresent()) {
				for (FormField f : ParameterFields.of(ANALYSES.element(0), choice.get().parameters())) {
					String name = f.label();
					bindings.add(FieldBinding.row(parameters, () -> f.at(path().orElse(ANALYSES.element(0))
							.child("parameters").child(name)), context));
				}
			} else if (!checked && shown) {
				for (Control c : parameters.getChildren()) {
					c.dispose();
				}
				bindings.clear();
			} else {
				bindings.forEach(FieldBinding::update);
			}
			GridDataFactory.fillDefaults().grab(true, false).span(3, 1).exclude(bindings.isEmpty()).applyTo(parameters);
			parameters.setVisible(!bindings.isEmpty());
		}
	}

	AnalysesSection(Composite parent, FormContext context, Runnable reflow) {
		this.context = context;
		this.reflow = reflow;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(body);
		update();
	}

	/** Shows which analyses the document runs. */
	void update() {
		List<ContributionChoice> choices = context.choices().choices(ContributionSlot.ANALYSIS);
		List<String> ids = new ArrayList<>(choices.stream().map(ContributionChoice::id).toList());
		for (String id : context.document().analysisIds()) {
			if (!id.isEmpty() && !ids.contains(id)) {
				ids.add(id);
			}
		}
		if (!ids.equals(new ArrayList<>(rows.keySet()))) {
			if (context.idle()) {
				rebuild(ids, choices);
			} else {
				// the user's own click changed the list: rebuild after its event, not under it
				body.getDisplay().asyncExec(() -> {
					if (!body.isDisposed()) {
						update();
						reflow.run();
					}
				});
				return;
			}
		}
		rows.values().forEach(Row::update);
		body.layout(true, true);
	}

	private void rebuild(List<String> ids, List<ContributionChoice> choices) {
		for (Control c : body.getChildren()) {
			c.dispose();
		}
		rows.clear();
		for (String id : ids) {
			rows.put(id, new Row(id, choices.stream().filter(c -> c.id().equals(id)).findFirst()));
		}
	}
}

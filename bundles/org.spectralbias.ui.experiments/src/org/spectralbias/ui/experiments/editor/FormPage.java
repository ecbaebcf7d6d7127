package org.spectralbias.ui.experiments.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.spectralbias.core.experiment.ContributionSlot;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.experiments.model.ExperimentForm;
import org.spectralbias.experiments.model.ExperimentForm.AnalysesItem;
import org.spectralbias.experiments.model.ExperimentForm.ContributionItem;
import org.spectralbias.experiments.model.ExperimentForm.FieldItem;
import org.spectralbias.experiments.model.ExperimentForm.Item;
import org.spectralbias.experiments.model.ExperimentForm.RateItem;
import org.spectralbias.experiments.model.ExperimentForm.RecordItem;
import org.spectralbias.experiments.model.ExperimentForm.Section;
import org.spectralbias.experiments.model.JsonPath;
import org.spectralbias.experiments.model.Marker;
import org.spectralbias.experiments.model.MarkerAnchors;
import org.spectralbias.experiments.model.Validation;
import org.spectralbias.ui.experiments.internal.Images;

/**
 * The form page of the experiment editor: a header with the experiment's state and the Run button, one group per
 * section of {@link ExperimentForm}, and the problems list. It renders the document and writes the user's edits into
 * it; every decision about fields, defaults and problems is the model's.
 */
final class FormPage {

	private final FormContext context;
	private final SashForm root;
	private final ScrolledComposite scroller;
	private final Composite body;
	private final Label title;
	private final Label state;
	private final Label failures;
	private final Button run;
	private final ProblemsTable problems;
	private final List<FieldBinding> fields = new ArrayList<>();
	private final List<ContributionSection> contributions = new ArrayList<>();
	private final List<ChoiceRow> choiceRows = new ArrayList<>();
	private AnalysesSection analyses;

	/**
	 * @param parent the editor's page container
	 * @param context the form's context
	 * @param runAction what the Run button does
	 */
	FormPage(Composite parent, FormContext context, Runnable runAction) {
		this.context = context;
		root = new SashForm(parent, SWT.VERTICAL);
		scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(8, 10).applyTo(body);
		scroller.setContent(body);

		Composite header = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(12, 4).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		title = FormRows.title(header, "");
		run = new Button(header, SWT.PUSH);
		run.setText("Run");
		run.setImage(Images.get(Images.RUN));
		run.setToolTipText("Run this experiment in the background (saves it first); its run editor opens when "
				+ "training starts");
		run.addListener(SWT.Selection, e -> runAction.run());
		state = new Label(header, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(state);
		failures = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(failures);

		for (Section section : ExperimentForm.sections()) {
			Group group = FormRows.group(body, section.title());
			for (Item item : section.items()) {
				switch (item) {
				case FieldItem f -> fields.add(FieldBinding.row(group, f::field, context));
				case ContributionItem c -> contributions.add(new ContributionSection(group, c, context));
				case RateItem r -> choiceRows.add(rateRow(group));
				case RecordItem r -> choiceRows.add(recordRow(group));
				case AnalysesItem a -> analyses = new AnalysesSection(group, context, this::reflow);
				}
			}
		}

		Composite bottom = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(bottom);
		new Label(bottom, SWT.NONE).setText("Problems");
		problems = new ProblemsTable(bottom, m -> reveal(m.path()));
		root.setWeights(82, 18);
		refresh();
	}

	/** @return the page's control */
	Control control() {
		return root;
	}

	/** @return the Run button */
	Button runButton() {
		return run;
	}

	/** @return the problems table */
	ProblemsTable problems() {
		return problems;
	}

	/** @return the controls that show markers, by their current path */
	Map<JsonPath, MarkerSpot> spots() {
		Map<JsonPath, MarkerSpot> byPath = new LinkedHashMap<>();
		context.spots().forEach(s -> byPath.putIfAbsent(s.path(), s));
		return byPath;
	}

	/** @return the state line of the header */
	String stateText() {
		return state.getText();
	}

	/** Shows the document: values, pickers, markers, state. */
	void refresh() {
		body.setRedraw(false);
		try {
			fields.forEach(FieldBinding::update);
			contributions.forEach(ContributionSection::update);
			choiceRows.forEach(ChoiceRow::update);
			analyses.update();
			showMarkers(context.document().validation());
			showState();
			setEditable(context.document().isFormEditable());
		} finally {
			body.setRedraw(true);
		}
		reflow();
	}

	/**
	 * Brings the control that shows a path's problems into view and gives it the focus.
	 *
	 * @param path a marker's path
	 * @return whether a control shows it
	 */
	boolean reveal(JsonPath path) {
		Map<JsonPath, MarkerSpot> spots = spots();
		Optional<JsonPath> anchor = MarkerAnchors.anchor(path, new ArrayList<>(spots.keySet()));
		if (anchor.isEmpty()) {
			return false;
		}
		Control control = spots.get(anchor.get()).control();
		scroller.showControl(control);
		control.setFocus();
		return true;
	}

	private ChoiceRow rateRow(Composite group) {
		var doc = context.document();
		return new ChoiceRow(group, "Step size *", List.of("η·m (effective rate)", "η (the paper's)"),
				List.of(ExperimentForm.RATE_EFFECTIVE, ExperimentForm.RATE_ETA), doc::rateKey, doc::setRateKey,
				ExperimentForm.RATE_VALUE, JsonPath.ROOT.child("optimizer"), ExperimentForm.RATE_VALUE::hint, context);
	}

	private ChoiceRow recordRow(Composite group) {
		var doc = context.document();
		return new ChoiceRow(group, "Record", List.of("log-spaced points", "every k-th step"), List.of("log", "linear"),
				doc::recordSchedule, doc::setRecordSchedule, ExperimentForm.RECORD_VALUE,
				JsonPath.ROOT.child("optimizer").child("record").child("schedule"),
				() -> doc.recordSchedule().equals("linear") ? "steps: record every k-th step, k in [1, 100000000]"
						: "points: p log-spaced steps from 0 to T, p in [2, 100000]",
				context);
	}

	private void showMarkers(Validation validation) {
		Map<JsonPath, MarkerSpot> spots = spots();
		List<JsonPath> paths = new ArrayList<>(spots.keySet());
		Map<MarkerSpot, List<String>> messages = new LinkedHashMap<>();
		context.spots().forEach(s -> messages.put(s, new ArrayList<>()));
		for (Marker m : validation.markers()) {
			MarkerAnchors.anchor(m.path(), paths).ifPresent(a -> messages.get(spots.get(a))
					.add(a.equals(m.path()) ? m.message() : m.toString()));
		}
		messages.forEach(MarkerSpot::show);
		problems.show(validation.markers());
	}

	private void showState() {
		Validation v = context.document().validation();
		Optional<ExperimentSpec> spec = v.spec();
		title.setText(spec.map(ExperimentSpec::name).orElseGet(() -> context.document()
				.fieldText(ExperimentForm.NAME)));
		if (!context.document().isFormEditable()) {
			state.setText("The source is not well-formed JSON: fix it on the Source tab. The form shows the last "
					+ "well-formed version and is read-only until then.");
		} else if (v.isValid()) {
			ExperimentSpec s = spec.get();
			state.setText("Ready to run: D = " + s.ambientDim() + ", n = " + s.samples().train() + ", m = " + s.width()
					+ ", " + s.optimizer().steps() + " steps, η·m = " + (float) s.effectiveLearningRate());
		} else {
			int n = v.markers().size();
			state.setText(n + (n == 1 ? " problem" : " problems") + " to fix before the experiment can run (see the "
					+ "marked fields and the list below).");
		}
		run.setEnabled(v.isValid());
		List<String> broken = new ArrayList<>();
		for (ContributionSlot slot : ContributionSlot.values()) {
			context.choices().failures(slot).forEach(f -> broken.add(slot.label() + " " + f));
		}
		failures.setText(broken.isEmpty() ? ""
				: "Installed but not offered (failed; see the Plug-ins view): " + String.join("; ", broken));
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).exclude(broken.isEmpty())
				.applyTo(failures);
		failures.setVisible(!broken.isEmpty());
		title.getParent().layout(true);
	}

	private void setEditable(boolean editable) {
		for (Control c : body.getChildren()) {
			if (c instanceof Group) {
				c.setEnabled(editable);
			}
		}
	}

	private void reflow() {
		if (body.isDisposed()) {
			return;
		}
		body.layout(true, true);
		Point size = body.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		scroller.setMinSize(size);
	}
}

package org.spectralbias.ui.experiments.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spectralbias.core.experiment.ContributionRef;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.ui.experiments.views.ExperimentsView;

/**
 * The experiment editor in the running workbench: created from a template through the New Experiment dialog, a form
 * edit followed by the JSON source and back, a marker for a bad value, dirty state and save.
 */
@ExtendWith(WorkbenchExtension.class)
class ExperimentEditorUiTest {

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
		Ui.spin();
	}

	@Test
	void createsAnExperimentFromATemplateThroughTheDialog() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig2-quick", "ui-created");
		Path file = editor.file();
		assertEquals("ui-created.experiment.json", file.getFileName().toString());
		// the file is the template under the new name (oracle: the template library's spec)
		assertEquals(Workbench.template("fig2-quick").withName("ui-created"), ExperimentJson.read(file));
		assertFalse(editor.isDirty());
		assertEquals(List.of("Form", "Source"), editor.pageTitles());
		assertTrue(editor.formPage().runButton().isEnabled(), editor.formPage().stateText());

		ExperimentsView view = (ExperimentsView) Ui.page().showView(ExperimentsView.ID);
		Ui.waitUntil("the Experiments view lists the new file", 5000,
				() -> view.files().stream().anyMatch(f -> f.file().equals(file)));
	}

	@Test
	void aFormEditShowsInTheSourceAndASourceEditInTheForm() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig1-quick", "ui-sync");
		Text width = (Text) control(editor, "$.width");
		assertEquals("512", width.getText());

		width.setText("1024"); // fires Modify as typing does
		StyledText source = editor.sourcePage().text();
		assertTrue(source.getText().contains("\"width\": 1024,"), source.getText());
		assertTrue(editor.isDirty());

		editor.showSource();
		source.setText(source.getText().replace("\"width\": 1024,", "\"width\": 768,"));
		assertEquals("768", width.getText());
		source.setText(source.getText().replace("\"steps\": 2000,", "\"steps\": 3000,"));
		assertEquals("3000", ((Text) control(editor, "$.optimizer.steps")).getText());

		// a picker: another target empties its parameters, in the source too
		editor.showForm();
		Combo target = (Combo) control(editor, "$.target.id");
		int cosine = List.of(target.getItems()).indexOf("Cosine (cosine)");
		assertTrue(cosine >= 0, List.of(target.getItems()).toString());
		target.select(cosine);
		target.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(source.getText().contains("\"target\": { \"id\": \"cosine\", \"parameters\": {} },"),
				source.getText());
		Text frequency = (Text) control(editor, "$.target.parameters.frequency");
		assertEquals("default 4.0", frequency.getMessage(), "the descriptor's default");
		frequency.setText("6");
		assertEquals(ContributionRef.of("cosine").withParameter("frequency", "6"),
				editor.document().spec().orElseThrow().target());

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(editor.document().text(), Files.readString(editor.file()));
	}

	@Test
	void aBadValueIsMarkedAtItsFieldAndListedWithItsPath() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig1-quick", "ui-marker");
		Text width = (Text) control(editor, "$.width");
		MarkerSpot spot = editor.formPage().spots().get(org.spectralbias.experiments.model.JsonPath.parse("$.width"));
		assertFalse(spot.isMarked());

		width.setText("1");
		assertTrue(spot.isMarked());
		assertEquals("must be an integer in [2, 1000000], got 1", spot.markerText());
		Table problems = editor.formPage().problems().table();
		assertEquals(1, problems.getItemCount());
		assertEquals("$.width", problems.getItem(0).getText(0));
		assertEquals("must be an integer in [2, 1000000], got 1", problems.getItem(0).getText(1));
		assertFalse(editor.formPage().runButton().isEnabled());
		assertTrue(editor.formPage().stateText().startsWith("1 problem"), editor.formPage().stateText());
		assertEquals(1, editor.sourcePage().problems().table().getItemCount(), "the source page lists it too");

		// a contribution parameter out of its bounds, with the resolver's message at the parameter's field
		Text coefficients = (Text) control(editor, "$.target.parameters.coefficients");
		width.setText("512");
		coefficients.setText("1, x");
		MarkerSpot coefficientSpot = editor.formPage().spots()
				.get(org.spectralbias.experiments.model.JsonPath.parse("$.target.parameters.coefficients"));
		assertTrue(coefficientSpot.isMarked());
		assertTrue(coefficientSpot.markerText().contains("parameter 'coefficients' = '1, x' is not"),
				coefficientSpot.markerText());

		// broken JSON in the source: the form goes read-only and says so
		coefficients.setText("1, 1, 1");
		assertTrue(editor.formPage().runButton().isEnabled(), editor.formPage().stateText());
		StyledText source = editor.sourcePage().text();
		source.setText(source.getText().replace("\"width\": 512,", "\"width\": 512"));
		assertTrue(editor.formPage().stateText().startsWith("The source is not well-formed JSON"));
		assertTrue(problems.getItem(0).getText(1).startsWith("malformed JSON at line"), problems.getItem(0).getText(1));
		source.setText(source.getText().replace("\"width\": 512", "\"width\": 512,"));
		assertTrue(editor.formPage().runButton().isEnabled());
	}

	@Test
	void theFormOffersTheCataloguesContributions() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig1-quick", "ui-pickers");
		Combo activation = (Combo) control(editor, "$.activation.id");
		List<String> items = List.of(activation.getItems());
		assertEquals("(none)", items.get(0), "the activation is optional");
		assertTrue(items.contains("ReLU (relu)") && items.contains("Leaky ReLU (leaky-relu)"), items.toString());
		List<Button> analyses = Ui.descendants((Composite) editor.formPage().control()).stream()
				.filter(c -> c.getData(MarkerSpot.PATH_KEY + ".analysis") != null).map(Button.class::cast).toList();
		assertEquals(List.of("convergence-by-degree", "density-time", "misspecification", "parity-check"),
				analyses.stream().map(b -> (String) b.getData(MarkerSpot.PATH_KEY + ".analysis")).toList());
		Button parity = analyses.get(3);
		assertFalse(parity.getSelection());
		Ui.click(parity);
		Ui.spin();
		assertEquals(List.of("convergence-by-degree", "misspecification", "parity-check"),
				editor.document().analysisIds());
	}

	/** @return the form control that edits the value at this JSON path */
	static Control control(ExperimentEditor editor, String path) {
		return Ui.descendants((Composite) editor.formPage().control()).stream()
				.filter(c -> path.equals(c.getData(MarkerSpot.PATH_KEY))).findFirst().orElseThrow(() -> new AssertionError("no control for " + path));
	}
}

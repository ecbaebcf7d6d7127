package org.spectralbias.ui.experiments.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.ui.WorkbenchSettings;
import org.spectralbias.ui.experiments.views.ExperimentActions;
import org.spectralbias.ui.experiments.views.NewExperimentDialog;

/** Steps the UI tests share: experiments created the way a user creates them. */
final class Workbench {

	private Workbench() {
	}

	/**
	 * File ▸ New Experiment…: picks the template in the dialog's table, types the name, presses Create.
	 *
	 * @return the editor that opens on the new file
	 */
	static ExperimentEditor createFromTemplate(String templateId, String name) throws IOException {
		Files.deleteIfExists(WorkbenchSettings.experimentsFolder().resolve(name + ".experiment.json"));
		AtomicReference<String> problem = new AtomicReference<>();
		Ui.whenShellOpens(NewExperimentDialog.TITLE, shell -> fill(shell, templateId, name, problem));
		Optional<ExperimentEditor> editor = ExperimentActions.newExperiment(Ui.window());
		assertEquals(null, problem.get());
		assertTrue(editor.isPresent(), "the dialog created a file and its editor opened");
		Ui.spin();
		return editor.get();
	}

	private static void fill(Shell shell, String templateId, String name, AtomicReference<String> problem) {
		Table table = Ui.descendants(shell).stream().filter(Table.class::isInstance).map(Table.class::cast)
				.findFirst().orElseThrow();
		int row = -1;
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(templateId)) {
				row = i;
			}
		}
		if (row < 0) {
			problem.set("no template " + templateId);
			shell.close();
			return;
		}
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, new Event());
		Text nameField = Ui.descendants(shell).stream().filter(Text.class::isInstance).map(Text.class::cast)
				.filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0 && (t.getStyle() & SWT.BORDER) != 0).findFirst()
				.orElseThrow();
		nameField.setText(name);
		var create = Ui.button(shell, "Create");
		if (!create.isEnabled()) {
			problem.set("Create is disabled");
			shell.close();
			return;
		}
		Ui.click(create);
	}

	/** @return the template's experiment, from the template library the dialog uses */
	static ExperimentSpec template(String id) {
		return NewExperimentDialog.templates().find(id).orElseThrow().spec();
	}

	/** @return the runs folder the workbench uses */
	static Path runsFolder() {
		return WorkbenchSettings.runsFolder();
	}
}

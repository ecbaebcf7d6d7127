package org.spectralbias.ui.experiments.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spectralbias.experiments.model.ExperimentFile;
import org.spectralbias.ui.WorkbenchSettings;
import org.spectralbias.ui.experiments.views.ExperimentsView;

/** The menus, the preference page and the Experiments view's delete. */
@ExtendWith(WorkbenchExtension.class)
class WorkbenchChromeUiTest {

	/** The id of Window ▸ Preferences ▸ Spectral Bias (bundle org.spectralbias.ui). */
	private static final String PREFERENCE_PAGE = "org.spectralbias.ui.preferences";

	@TempDir
	Path temp;

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
		Ui.spin();
	}

	@Test
	void theMenusOfferTheExperimentCommandsPreferencesAndP2() {
		List<String> file = menu("File").stream().filter(t -> !t.isEmpty()).map(t -> t.split("\t")[0]).toList();
		assertTrue(file.indexOf("New Experiment…") >= 0 && file.indexOf("New Experiment…") < file.indexOf("Open File…")
				&& file.indexOf("Open File…") < file.indexOf("Run Experiment")
				&& file.indexOf("Run Experiment") < file.indexOf("Exit"), file.toString());
		assertTrue(menu("Window").stream().anyMatch(t -> t.startsWith("Preferences")), menu("Window").toString());
		List<String> help = menu("Help");
		assertTrue(help.contains("About Spectral Bias Workbench"), help.toString());
		assertTrue(help.stream().anyMatch(t -> t.startsWith("Install New Software")), help.toString());
		assertTrue(help.stream().anyMatch(t -> t.startsWith("Check for Updates")), help.toString());
	}

	@Test
	void thePreferencePageStoresTheRunsFolderAndTheThreads() {
		String folder = WorkbenchSettings.preferences().get(WorkbenchSettings.RUNS_FOLDER, null);
		String threads = WorkbenchSettings.preferences().get(WorkbenchSettings.THREADS, null);
		try {
			PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.window().getShell(),
					PREFERENCE_PAGE, new String[] { PREFERENCE_PAGE }, null);
			dialog.setBlockOnOpen(false);
			dialog.open();
			Shell shell = dialog.getShell();
			List<Text> texts = Ui.descendants(shell).stream().filter(Text.class::isInstance).map(Text.class::cast)
					.filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0).filter(Text::isVisible).toList();
			Text runsFolder = after(shell, "Runs folder:", texts);
			Text defaultThreads = after(shell, "Default threads", texts);
			Ui.type(runsFolder, "relative/path");
			assertFalse(Ui.button(shell, "Apply and Close").isEnabled(), "a relative folder is refused");
			Ui.type(runsFolder, temp.resolve("my-runs").toString());
			Ui.type(defaultThreads, "3");
			assertTrue(Ui.button(shell, "Apply and Close").isEnabled());
			Ui.click(Ui.button(shell, "Apply and Close"));
			Ui.spin();
			assertEquals(temp.resolve("my-runs"), WorkbenchSettings.runsFolder());
			assertEquals(3, WorkbenchSettings.threads());
		} finally {
			restore(WorkbenchSettings.RUNS_FOLDER, folder);
			restore(WorkbenchSettings.THREADS, threads);
		}
	}

	@Test
	void theExperimentsViewDeletesAfterConfirmation() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig3a-quick", "ui-delete-me");
		Path file = editor.file();
		ExperimentsView view = (ExperimentsView) Ui.page().showView(ExperimentsView.ID);
		view.refresh();
		ExperimentFile listed = view.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
		assertEquals("valid", listed.status());
		view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(listed));
		var delete = view.actions().get(3);
		assertEquals("Delete…", delete.getText());

		AtomicBoolean asked = new AtomicBoolean();
		Ui.whenShellOpens("Delete Experiment", shell -> {
			asked.set(Ui.labels(shell).contains("ui-delete-me.experiment.json"));
			Ui.click(Ui.button(shell, "Cancel"));
		});
		delete.run();
		assertTrue(asked.get());
		assertTrue(Files.exists(file), "cancelled: the file stays");

		Ui.whenShellOpens("Delete Experiment", shell -> Ui.click(Ui.button(shell, "OK")));
		delete.run();
		assertFalse(Files.exists(file));
		Ui.waitUntil("the view to drop the file", 5000, () -> view.files().stream().noneMatch(f -> f.file().equals(file)));
		assertEquals(0, Ui.page().getEditorReferences().length, "its editor was closed");
	}

	/** @return the texts of a menu bar menu's items, the menu filled as when it is shown */
	private static List<String> menu(String title) {
		Menu bar = Ui.window().getShell().getMenuBar();
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals(title)) {
				Menu menu = item.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				List<String> texts = new ArrayList<>();
				for (MenuItem i : menu.getItems()) {
					texts.add(i.getText().replace("&", ""));
				}
				menu.notifyListeners(SWT.Hide, new Event());
				return texts;
			}
		}
		throw new AssertionError("no menu " + title);
	}

	/** @return the text field that follows the label starting with this text */
	private static Text after(Shell shell, String label, List<Text> texts) {
		var all = Ui.descendants(shell);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i) instanceof Label l && l.getText().replace("&", "").startsWith(label)) {
				for (int j = i + 1; j < all.size(); j++) {
					if (all.get(j) instanceof Text t && texts.contains(t)) {
						return t;
					}
				}
			}
		}
		throw new AssertionError("no text field after " + label);
	}

	private static void restore(String key, String value) {
		if (value == null) {
			WorkbenchSettings.preferences().remove(key);
		} else {
			WorkbenchSettings.preferences().put(key, value);
		}
	}
}

package org.spectralbias.ui.experiments.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.spectralbias.experiments.model.ExperimentFolder;
import org.spectralbias.ui.WorkbenchSettings;
import org.spectralbias.ui.experiments.ExperimentsUi;
import org.spectralbias.ui.experiments.editor.ExperimentEditor;
import org.spectralbias.ui.experiments.editor.ExperimentFileInput;
import org.spectralbias.ui.experiments.internal.ExperimentFilesChanged;
import org.spectralbias.ui.experiments.internal.Log;

/** What the menus, the Experiments view and the handlers do with experiment files. */
public final class ExperimentActions {

	private ExperimentActions() {
	}

	/** @return the experiments folder of the workspace */
	public static ExperimentFolder folder() {
		return new ExperimentFolder(WorkbenchSettings.experimentsFolder());
	}

	/**
	 * New Experiment…: the template dialog, then the new file in the editor.
	 *
	 * @param window the window
	 * @return the editor on the new file, if one was created
	 */
	public static Optional<ExperimentEditor> newExperiment(IWorkbenchWindow window) {
		NewExperimentDialog dialog = new NewExperimentDialog(window.getShell(), NewExperimentDialog.templates(),
				folder());
		if (dialog.open() != Window.OK || dialog.created().isEmpty()) {
			return Optional.empty();
		}
		ExperimentFilesChanged.fire();
		return open(window.getActivePage(), dialog.created().get());
	}

	/**
	 * Open File…: a file dialog for experiment files.
	 *
	 * @param window the window
	 * @return the editor, if a file was opened
	 */
	public static Optional<ExperimentEditor> openFile(IWorkbenchWindow window) {
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Experiment File");
		dialog.setFilterPath(WorkbenchSettings.experimentsFolder().toString());
		dialog.setFilterExtensions(new String[] { "*" + ExperimentFolder.SUFFIX, "*.json", "*" });
		dialog.setFilterNames(new String[] { "Experiment files", "JSON files", "All files" });
		String chosen = dialog.open();
		return chosen == null ? Optional.empty() : open(window.getActivePage(), Path.of(chosen));
	}

	/**
	 * @param page a workbench page
	 * @param file an experiment file
	 * @return its editor (an open one is brought to the front)
	 */
	public static Optional<ExperimentEditor> open(IWorkbenchPage page, Path file) {
		try {
			IEditorPart editor = page.openEditor(new ExperimentFileInput(file), ExperimentsUi.EDITOR_ID);
			return editor instanceof ExperimentEditor e ? Optional.of(e) : Optional.empty();
		} catch (PartInitException e) {
			Log.error("Could not open " + file, e);
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open failed",
					"Could not open " + file + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Deletes an experiment file after confirmation; an editor open on it is closed. Runs made from it are kept.
	 *
	 * @param page the workbench page
	 * @param file the file
	 * @return whether it was deleted
	 */
	public static boolean delete(IWorkbenchPage page, Path file) {
		Optional<IEditorReference> editor = editorOf(page, file);
		String question = "Delete the experiment file " + file.getFileName() + "?"
				+ (editor.isPresent() ? " Its editor will be closed" + (editor.get().isDirty()
						? " and its unsaved changes lost." : ".") : "")
				+ "\n\nThe runs made from it stay in the runs folder.";
		if (!MessageDialog.openConfirm(page.getWorkbenchWindow().getShell(), "Delete Experiment", question)) {
			return false;
		}
		editor.ifPresent(e -> page.closeEditors(new IEditorReference[] { e }, false));
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			Log.error("Could not delete " + file, e);
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Delete failed",
					"Could not delete " + file + ": " + e.getMessage());
			return false;
		}
		ExperimentFilesChanged.fire();
		return true;
	}

	private static Optional<IEditorReference> editorOf(IWorkbenchPage page, Path file) {
		ExperimentFileInput input = new ExperimentFileInput(file);
		for (IEditorReference r : page.getEditorReferences()) {
			try {
				if (input.equals(r.getEditorInput())) {
					return Optional.of(r);
				}
			} catch (PartInitException e) {
				// an editor that cannot restore its input is not this file's
			}
		}
		return Optional.empty();
	}
}

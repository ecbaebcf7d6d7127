package org.spectralbias.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.spectralbias.ui.WorkbenchSettings;

/**
 * Window ▸ Preferences ▸ Spectral Bias: the runs folder and the default thread count of a run, stored under
 * {@link WorkbenchSettings}' keys in the instance scope of node {@value WorkbenchSettings#NODE}.
 */
public final class SpectralBiasPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id. */
	public static final String ID = "org.spectralbias.ui.preferences";

	/** The most threads the page accepts. */
	public static final int MAX_THREADS = 4096;

	/** Creates the page with a grid of field editors. */
	public SpectralBiasPreferencePage() {
		super(GRID);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, WorkbenchSettings.NODE));
		setDescription("Where the workbench stores runs, and how many threads a run uses when its experiment file "
				+ "does not say (\"threads\": 0).");
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		addField(new RunsFolderEditor(parent));
		Label note = new Label(parent, SWT.WRAP);
		note.setText("Empty: " + WorkbenchSettings.defaultRunsFolder() + ". The folder is created by the first run; "
				+ "runs already stored elsewhere stay where they are.");
		GridDataFactory.fillDefaults().span(3, 1).hint(480, SWT.DEFAULT).applyTo(note);
		IntegerFieldEditor threads = new IntegerFieldEditor(WorkbenchSettings.THREADS,
				"Default &threads (0 = all " + Runtime.getRuntime().availableProcessors() + " processors):", parent);
		threads.setValidRange(0, MAX_THREADS);
		addField(threads);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		if (ok && getPreferenceStore() instanceof ScopedPreferenceStore store && store.needsSaving()) {
			try {
				store.save();
			} catch (IOException e) {
				setErrorMessage("The preferences could not be saved: " + e.getMessage());
				return false;
			}
		}
		return ok;
	}

	/** A folder that need not exist yet (the first run creates it), given as an absolute path, or empty. */
	private static final class RunsFolderEditor extends DirectoryFieldEditor {

		RunsFolderEditor(Composite parent) {
			init(WorkbenchSettings.RUNS_FOLDER, "&Runs folder:");
			setChangeButtonText(JFaceResources.getString("openBrowse"));
			setEmptyStringAllowed(true);
			setValidateStrategy(VALIDATE_ON_KEY_STROKE); // a directory editor checks only on focus lost by default
			createControl(parent);
		}

		@Override
		protected boolean doCheckState() {
			String text = getStringValue().strip();
			if (text.isEmpty()) {
				return true;
			}
			try {
				Path path = Path.of(text);
				if (!path.isAbsolute()) {
					setErrorMessage("The runs folder must be an absolute path.");
					return false;
				}
				if (Files.exists(path) && !Files.isDirectory(path)) {
					setErrorMessage(path + " is a file, not a folder.");
					return false;
				}
				return true;
			} catch (InvalidPathException e) {
				setErrorMessage("Not a valid path: " + e.getMessage());
				return false;
			}
		}
	}
}

package org.spectralbias.ui.runs;

import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Ids of the run side of the workbench and the way to open a run. The contract with the experiment side: after a
 * run has started (the {@link org.spectralbias.core.run.LiveRun} listening to the engine has been told
 * {@code started}, so that {@link org.spectralbias.core.run.LiveRuns#find} knows the folder), execute the command
 * {@value #OPEN_RUN_COMMAND} with the parameter {@value #RUN_FOLDER_PARAMETER} set to the run folder's absolute
 * path, on the UI thread; the editor then follows the run live and reloads it from disk when it ends.
 */
public final class RunEditors {

	/** The command that opens the run editor on a run folder. */
	public static final String OPEN_RUN_COMMAND = "org.spectralbias.ui.runs.openRun";
	/** Its parameter: the run folder's absolute path. */
	public static final String RUN_FOLDER_PARAMETER = "org.spectralbias.ui.runs.runFolder";
	/** The run editor. */
	public static final String RUN_EDITOR = "org.spectralbias.ui.runs.editor";
	/** The compare editor. */
	public static final String COMPARE_EDITOR = "org.spectralbias.ui.runs.compare";
	/** The Runs view. */
	public static final String RUNS_VIEW = "org.spectralbias.ui.runs.explorer";
	/** The extension point of run editor tabs. */
	public static final String TABS_EXTENSION_POINT = "org.spectralbias.ui.runs.runEditorTabs";

	private RunEditors() {
	}

	/**
	 * Opens (or activates) the run editor on a run folder. Call on the UI thread.
	 *
	 * @param page   the workbench page
	 * @param folder the run folder
	 * @return the editor
	 * @throws PartInitException when the editor cannot be opened
	 */
	public static IEditorPart open(IWorkbenchPage page, Path folder) throws PartInitException {
		return page.openEditor(new RunEditorInput(folder), RUN_EDITOR, true);
	}
}

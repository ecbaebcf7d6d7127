package org.spectralbias.ui.experiments;

/**
 * Ids of the experiment side of the workbench: the experiment editor, the Experiments view and their commands, and
 * the command through which a starting run asks the runs side to open its run editor.
 */
public final class ExperimentsUi {

	/** The experiment editor. */
	public static final String EDITOR_ID = "org.spectralbias.ui.experiments.editor";
	/** The Experiments view. */
	public static final String VIEW_ID = "org.spectralbias.ui.experiments.view";
	/** File ▸ New Experiment…. */
	public static final String NEW_COMMAND_ID = "org.spectralbias.ui.experiments.new";
	/** File ▸ Open File…. */
	public static final String OPEN_FILE_COMMAND_ID = "org.spectralbias.ui.experiments.openFile";
	/** File ▸ Run Experiment. */
	public static final String RUN_COMMAND_ID = "org.spectralbias.ui.experiments.run";

	/**
	 * The command a run executes on the UI thread as soon as its folder exists and its predictions are known, with
	 * {@link #OPEN_RUN_FOLDER_PARAMETER} = the folder's absolute path. The runs bundle handles it by opening the run
	 * editor, which follows the run through {@link org.spectralbias.core.run.LiveRuns}. When it is not defined (the
	 * runs bundle is not installed) the run goes on and a warning is logged.
	 */
	public static final String OPEN_RUN_COMMAND_ID = "org.spectralbias.ui.runs.openRun";
	/** The parameter of {@link #OPEN_RUN_COMMAND_ID}: the run folder's absolute path. */
	public static final String OPEN_RUN_FOLDER_PARAMETER = "org.spectralbias.ui.runs.runFolder";

	private ExperimentsUi() {
	}
}

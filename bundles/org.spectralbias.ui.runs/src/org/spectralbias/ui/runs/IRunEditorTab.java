package org.spectralbias.ui.runs;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.spectralbias.runs.view.RunModel;

/**
 * A tab of the run editor that creates its own SWT controls (contributed through the extension point
 * {@code org.spectralbias.ui.runs.runEditorTabs}). Tabs that only show charts, heat maps, tables and text should
 * implement the headless {@link org.spectralbias.runs.view.RunPageFactory} instead.
 * <p>
 * Called on the UI thread: {@link #createControl} once, then {@link #setInput} with the first model and again
 * whenever the run changes (a live run up to five times a second, then once more from disk when it ends), finally
 * {@link #dispose}. Implementations must be quick in {@link #setInput} and must not keep the model's arrays
 * beyond the next call.
 */
public interface IRunEditorTab {

	/**
	 * @param parent the editor's page container
	 * @return the tab's top control (a child of parent)
	 */
	Control createControl(Composite parent);

	/**
	 * Shows a run (again).
	 *
	 * @param run the run
	 */
	void setInput(RunModel run);

	/** Releases what the tab holds besides its controls (which the editor disposes). */
	default void dispose() {
	}
}

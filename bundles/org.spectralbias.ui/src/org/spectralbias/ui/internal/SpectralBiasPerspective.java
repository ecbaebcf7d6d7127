package org.spectralbias.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.spectralbias.ui.views.ContributionsView;

/**
 * The "Spectral Bias" perspective: the Runs view on the left, the editor area (run editors, experiment editors)
 * in the middle, and below it the Plug-ins view, the Progress view (running experiments) and the Error Log. Views of
 * other bundles are referred to by id, so this bundle does not depend on them; a missing one is simply not shown.
 * Other bundles add their views next to these with {@code org.eclipse.ui.perspectiveExtensions}, relative to the
 * folders {@value #LEFT} and {@value #BOTTOM} or to the views' ids.
 */
public final class SpectralBiasPerspective implements IPerspectiveFactory {

	/** The perspective id. */
	public static final String ID = "org.spectralbias.ui.perspective";
	/** The folder on the left (Runs). */
	public static final String LEFT = "org.spectralbias.ui.folders.left";
	/** The folder below the editors (Plug-ins, Progress, Error Log). */
	public static final String BOTTOM = "org.spectralbias.ui.folders.bottom";
	/** The Runs view (bundle org.spectralbias.ui.runs). */
	public static final String RUNS_VIEW = "org.spectralbias.ui.runs.explorer";
	/** The Error Log view (bundle org.eclipse.ui.views.log). */
	public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.3f, editors);
		left.addView(RUNS_VIEW);
		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.75f, editors);
		bottom.addView(ContributionsView.ID);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addView(ERROR_LOG_VIEW);
		for (String view : new String[] { RUNS_VIEW, ContributionsView.ID, IPageLayout.ID_PROGRESS_VIEW,
				ERROR_LOG_VIEW }) {
			layout.addShowViewShortcut(view);
		}
	}
}

package org.spectralbias.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.spectralbias.ui.views.ContributionsView;

/** The "Spectral Bias" perspective: the editor area with the Plug-ins view below it. */
public final class SpectralBiasPerspective implements IPerspectiveFactory {

	/** The perspective id. */
	public static final String ID = "org.spectralbias.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(ContributionsView.ID, IPageLayout.BOTTOM, 0.55f, layout.getEditorArea());
		layout.addShowViewShortcut(ContributionsView.ID);
	}
}

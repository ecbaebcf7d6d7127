package org.spectralbias.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;

/** Help ▸ About Spectral Bias Workbench. */
final class AboutAction extends Action {

	private final IWorkbenchWindow window;

	AboutAction(IWorkbenchWindow window) {
		super("&About Spectral Bias Workbench");
		setId("org.spectralbias.ui.about");
		this.window = window;
	}

	@Override
	public void run() {
		new AboutDialog(window.getShell()).open();
	}
}

package org.spectralbias.ui.experiments.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.spectralbias.ui.experiments.views.ExperimentActions;

/** File ▸ Open File…: an experiment file in the experiment editor. */
public final class OpenFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ExperimentActions.openFile(HandlerUtil.getActiveWorkbenchWindowChecked(event));
		return null;
	}
}

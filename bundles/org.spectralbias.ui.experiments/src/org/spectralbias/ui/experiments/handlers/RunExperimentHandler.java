package org.spectralbias.ui.experiments.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.spectralbias.experiments.model.ExperimentFile;
import org.spectralbias.ui.experiments.editor.ExperimentEditor;
import org.spectralbias.ui.experiments.run.RunLauncher;

/**
 * File ▸ Run Experiment: the experiment of the active experiment editor, else the one selected in the Experiments
 * view, else the experiment editor last active.
 */
public final class RunExperimentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof ExperimentEditor editor) {
			editor.run();
			return null;
		}
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof ExperimentFile file) {
			RunLauncher.launch(file.file());
			return null;
		}
		if (HandlerUtil.getActiveEditor(event) instanceof ExperimentEditor editor) {
			editor.run();
			return null;
		}
		MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "Run Experiment",
				"Open an experiment file or select one in the Experiments view to run it.");
		return null;
	}
}

package org.spectralbias.ui.runs.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.ui.runs.RunEditors;

/**
 * Handler of {@value RunEditors#OPEN_RUN_COMMAND}: opens the run editor on the folder given by the parameter
 * {@value RunEditors#RUN_FOLDER_PARAMETER}. Called off the UI thread, it hands the opening over to it.
 */
public final class OpenRunHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String parameter = event.getParameter(RunEditors.RUN_FOLDER_PARAMETER);
		if (parameter == null || parameter.isBlank()) {
			throw new ExecutionException("Open Run needs the parameter " + RunEditors.RUN_FOLDER_PARAMETER
					+ " (the run folder's absolute path)");
		}
		Path folder = Path.of(parameter);
		if (!Files.isRegularFile(folder.resolve(RunFolder.RUN_JSON))) {
			throw new ExecutionException(folder + " is not a run folder: it has no " + RunFolder.RUN_JSON);
		}
		IWorkbenchWindow eventWindow = HandlerUtil.getActiveWorkbenchWindow(event);
		Runnable open = () -> {
			IWorkbenchWindow window = eventWindow != null ? eventWindow
					: PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			if (window == null || window.getActivePage() == null) {
				TabDescriptor.log(org.eclipse.core.runtime.IStatus.ERROR, "no workbench window to open " + folder
						+ " in", null);
				return;
			}
			try {
				RunEditors.open(window.getActivePage(), folder);
			} catch (PartInitException e) {
				TabDescriptor.log(org.eclipse.core.runtime.IStatus.ERROR, "cannot open " + folder + ": "
						+ e.getMessage(), e);
			}
		};
		if (Display.getCurrent() != null) {
			open.run();
		} else {
			PlatformUI.getWorkbench().getDisplay().asyncExec(open);
		}
		return null;
	}
}

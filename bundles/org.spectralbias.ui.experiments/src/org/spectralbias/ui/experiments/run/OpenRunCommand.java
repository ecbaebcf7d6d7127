package org.spectralbias.ui.experiments.run;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.spectralbias.ui.experiments.ExperimentsUi;
import org.spectralbias.ui.experiments.internal.Log;

/**
 * Asks the runs side of the workbench to open a run's editor: executes {@value ExperimentsUi#OPEN_RUN_COMMAND_ID}
 * with the run folder's absolute path on the UI thread. When the command is not defined or not handled (the runs
 * bundle is absent) it logs a warning and does nothing else: the run goes on either way.
 */
public final class OpenRunCommand {

	private OpenRunCommand() {
	}

	/**
	 * Opens the run's editor on the UI thread, later; returns at once.
	 *
	 * @param folder the run folder
	 */
	public static void openLater(Path folder) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> open(folder));
		}
	}

	/**
	 * Executes the command now; call on the UI thread.
	 *
	 * @param folder the run folder
	 * @return whether the command was executed
	 */
	public static boolean open(Path folder) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return false;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		ICommandService commands = workbench.getService(ICommandService.class);
		IHandlerService handlers = workbench.getService(IHandlerService.class);
		Command command = commands == null ? null : commands.getCommand(ExperimentsUi.OPEN_RUN_COMMAND_ID);
		String path = folder.toAbsolutePath().toString();
		if (command == null || handlers == null || !command.isDefined()) {
			Log.warning("The run editor cannot be opened: command " + ExperimentsUi.OPEN_RUN_COMMAND_ID
					+ " is not defined (is the runs bundle installed?). The run goes on in " + path);
			return false;
		}
		ParameterizedCommand call = ParameterizedCommand.generateCommand(command,
				Map.of(ExperimentsUi.OPEN_RUN_FOLDER_PARAMETER, path));
		if (call == null) {
			Log.warning("The run editor cannot be opened: command " + ExperimentsUi.OPEN_RUN_COMMAND_ID
					+ " has no parameter " + ExperimentsUi.OPEN_RUN_FOLDER_PARAMETER + ". The run goes on in " + path);
			return false;
		}
		try {
			handlers.executeCommand(call, null);
			return true;
		} catch (CommandException | RuntimeException e) {
			Log.warning("The run editor could not be opened for " + path + ": " + e);
			return false;
		}
	}
}

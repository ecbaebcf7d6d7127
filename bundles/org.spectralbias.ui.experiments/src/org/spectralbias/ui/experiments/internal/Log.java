package org.spectralbias.ui.experiments.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.FrameworkUtil;

/** Writes to the platform log, which the Error Log view shows. */
public final class Log {

	/** The bundle's symbolic name, the plug-in id of its log entries. */
	public static final String PLUGIN_ID = FrameworkUtil.getBundle(Log.class).getSymbolicName();

	private Log() {
	}

	/** @param status what to log */
	public static void log(IStatus status) {
		ILog.of(Log.class).log(status);
	}

	/** @param message a warning for the log */
	public static void warning(String message) {
		log(Status.warning(message));
	}

	/**
	 * @param message what failed
	 * @param error   why
	 */
	public static void error(String message, Throwable error) {
		log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}

package org.spectralbias.ui.experiments.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the Experiments view that experiment files were created, saved or deleted by the workbench, so it lists them
 * again without polling the folder.
 */
public final class ExperimentFilesChanged {

	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	private ExperimentFilesChanged() {
	}

	/**
	 * @param listener called on the thread that changed the files (the UI thread)
	 * @return a handle that removes the listener
	 */
	public static Runnable listen(Runnable listener) {
		LISTENERS.add(listener);
		return () -> LISTENERS.remove(listener);
	}

	/** Notifies the listeners. */
	public static void fire() {
		LISTENERS.forEach(Runnable::run);
	}
}

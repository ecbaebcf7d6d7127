package org.spectralbias.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The workbench's settings, shared by every UI bundle: where the runs live and how many threads a run uses by
 * default. Stored in the instance preferences of node {@value #NODE}; the preference page edits the same keys.
 */
public final class WorkbenchSettings {

	/** The preference node. */
	public static final String NODE = "org.spectralbias.ui";
	/** Key of the runs folder (an absolute path; empty means the default). */
	public static final String RUNS_FOLDER = "runsFolder";
	/** Key of the default thread count (0 means all processors). */
	public static final String THREADS = "threads";

	private WorkbenchSettings() {
	}

	/** @return the preference node the settings are stored in */
	public static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** @return the runs folder: the preference, else {@code runs} in the workspace (instance location) */
	public static Path runsFolder() {
		String configured = preferences().get(RUNS_FOLDER, "");
		return configured.isBlank() ? defaultRunsFolder() : Path.of(configured);
	}

	/** @return {@code runs} inside the workspace, or in the user's home when there is no workspace */
	public static Path defaultRunsFolder() {
		return workspace().resolve("runs");
	}

	/** @return {@code experiments} inside the workspace: where new experiment files are saved */
	public static Path experimentsFolder() {
		return workspace().resolve("experiments");
	}

	/** @return the default thread count of a run: the preference, else all processors */
	public static int threads() {
		int threads = preferences().getInt(THREADS, 0);
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	private static Path workspace() {
		Location location = Platform.getInstanceLocation();
		if (location != null && location.getURL() != null) {
			try {
				return Path.of(location.getURL().toURI());
			} catch (URISyntaxException | IllegalArgumentException e) {
				return Path.of(location.getURL().getPath());
			}
		}
		return Path.of(System.getProperty("user.home"), "spectralbias-workspace");
	}
}

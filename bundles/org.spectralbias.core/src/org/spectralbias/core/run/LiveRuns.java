package org.spectralbias.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs training in this process, by folder: a view opened on a run folder asks here whether the run is still
 * live. {@link LiveRun} registers and unregisters itself.
 */
public final class LiveRuns {

	private static final Map<Path, LiveRun> RUNS = new ConcurrentHashMap<>();

	private LiveRuns() {
	}

	/** @return the live run training into this folder, if any */
	public static Optional<LiveRun> find(Path folder) {
		return Optional.ofNullable(RUNS.get(key(folder)));
	}

	/** @return the live runs */
	public static List<LiveRun> all() {
		return List.copyOf(RUNS.values());
	}

	static void register(LiveRun run) {
		run.folder().ifPresent(f -> RUNS.put(key(f), run));
	}

	static void unregister(LiveRun run) {
		run.folder().ifPresent(f -> RUNS.remove(key(f), run));
	}

	private static Path key(Path folder) {
		return folder.toAbsolutePath().normalize();
	}
}

package org.spectralbias.core.engine;

import java.util.Map;
import java.util.Optional;

import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunStatus;

/**
 * How a run ended.
 *
 * @param folder   where it is stored
 * @param status   completed, cancelled, diverged or failed
 * @param message  what happened, for a person
 * @param data     the recorded trajectory (empty when the run failed before training)
 * @param analyses the analysis results by analysis id (empty unless completed or diverged)
 */
public record RunOutcome(RunFolder folder, RunStatus status, String message, Optional<RunData> data,
		Map<String, AnalysisResult> analyses) {
}

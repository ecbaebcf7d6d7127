package org.spectralbias.runs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.spectralbias.core.run.RunStatus;

/**
 * One run as the runs explorer lists it. Immutable.
 *
 * @param folder       the run folder
 * @param name         the folder's path relative to the runs folder, with '/' separators
 * @param experiment   the experiment's name
 * @param status       how the run stands or ended
 * @param date         when it started (else the run.json's modification time)
 * @param message      the engine's final message, empty while running
 * @param distribution the input distribution's id, empty when unknown
 * @param width        m, 0 when unknown
 * @param trainSize    n, 0 when unknown
 * @param rates        fitted per-degree rates and their predictions, empty when the convergence analysis did not run
 * @param passed       whether every analysis' own check held (true when none ran)
 */
public record RunSummary(Path folder, String name, String experiment, RunStatus status, Instant date, String message,
		String distribution, int width, int trainSize, List<DegreeRates> rates, boolean passed) {

	/** Copies the rates. */
	public RunSummary {
		rates = List.copyOf(rates);
	}

	/**
	 * @return the key numbers in one line, e.g. {@code k=1 0.169 (μ 0.163) · k=2 0.0112 (μ 0.0114)}: the measured
	 *         rate per step and the sphere-spectrum prediction per degree; empty without rates
	 */
	public String keyNumbers() {
		return rates.stream().map(r -> "k=" + r.degree() + " " + Numbers.format(r.measured()) + " (μ "
				+ Numbers.format(r.predictedMu()) + ")").collect(Collectors.joining(" · "));
	}
}

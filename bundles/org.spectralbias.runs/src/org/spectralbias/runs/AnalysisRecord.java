package org.spectralbias.runs;

import java.util.List;
import java.util.Map;

/**
 * What one analysis stored in {@code run.json}: its check, key numbers, findings and table files.
 *
 * @param id       the analysis id, e.g. {@code convergence-by-degree}
 * @param passed   whether its own check held
 * @param numbers  key numbers by name, in stored order (NaN where the file holds a non-number)
 * @param findings one sentence each
 * @param tables   the CSV files it wrote into the run folder
 */
public record AnalysisRecord(String id, boolean passed, Map<String, Double> numbers, List<String> findings,
		List<String> tables) {

	/** Copies the collections (keeping the order of the numbers). */
	public AnalysisRecord {
		numbers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbers));
		findings = List.copyOf(findings);
		tables = List.copyOf(tables);
	}

	/** @return the number, NaN when absent */
	public double number(String name) {
		Double v = numbers.get(name);
		return v == null ? Double.NaN : v;
	}
}

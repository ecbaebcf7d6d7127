package org.spectralbias.core.contrib;

import java.util.List;
import java.util.Map;

/**
 * What an {@link Analysis} returns: tables, key numbers and findings in words.
 *
 * @param tables   the tables, in display order
 * @param numbers  key numbers by name (e.g. {@code rate.degree1.measured}), stored in {@code run.json}
 * @param findings one sentence each, for a person ("degree 1 converges before 2 before 4")
 * @param passed   whether the analysis' own check held (e.g. the ordering); analyses without a check return true
 */
public record AnalysisResult(List<ResultTable> tables, Map<String, Double> numbers, List<String> findings,
		boolean passed) {

	/** Copies the collections. */
	public AnalysisResult {
		tables = List.copyOf(tables);
		numbers = Map.copyOf(numbers);
		findings = List.copyOf(findings);
	}
}

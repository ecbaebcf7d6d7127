package org.spectralbias.core.contrib;

import java.util.List;

/**
 * A table an analysis produces; stored as CSV in the run folder and shown in the workbench's Data tab.
 *
 * @param name   file-safe name, e.g. {@code summary} (stored as {@code <analysis>-summary.csv})
 * @param header column names
 * @param rows   cells as text (numbers in round-trip form), each row as long as the header
 */
public record ResultTable(String name, List<String> header, List<List<String>> rows) {

	/** Checks the shape. */
	public ResultTable {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<String> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException("table '" + name + "': a row has " + row.size() + " cells, the header "
						+ header.size());
			}
		}
	}
}

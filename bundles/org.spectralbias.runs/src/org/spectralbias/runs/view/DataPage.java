package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spectralbias.core.io.CsvTable;

/**
 * The Data tab: every table of the run folder as stored (trajectory, analysis tables, spectra, kernel samples),
 * each exportable as CSV. A live run's trajectory is its snapshot.
 */
public final class DataPage implements RunPageFactory {

	@Override
	public Page create(RunModel run) {
		List<Block> blocks = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, CsvTable> e : run.tables().entrySet()) {
			blocks.add(new TableBlock("table-" + i++, e.getKey() + " (" + e.getValue().rowCount() + " rows)",
					e.getValue(), e.getKey()));
		}
		if (blocks.isEmpty()) {
			blocks.add(new TextBlock("empty", "No tables", List.of("the run folder holds no CSV table yet")));
		}
		return new Page("Data", blocks);
	}
}

package org.spectralbias.ui.runs.internal;

import java.util.ArrayList;
import java.util.List;

import org.spectralbias.runs.AnalysisRecord;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.PropertiesBlock;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.RunPageFactory;

/** A contributed tab showing the convergence analysis' key numbers, as a plug-in for its own analysis would. */
public final class NumbersTestPage implements RunPageFactory {

	@Override
	public Page create(RunModel run) {
		List<PropertiesBlock.Property> rows = new ArrayList<>();
		run.record().analysis("convergence-by-degree").map(AnalysisRecord::numbers)
				.ifPresent(n -> n.forEach((k, v) -> rows.add(new PropertiesBlock.Property(k, Double.toString(v)))));
		return new Page("Numbers (test)", List.of(new PropertiesBlock("numbers", "Key numbers", rows)));
	}
}

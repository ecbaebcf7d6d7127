package org.spectralbias.ui.runs.internal;

import java.util.List;

import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.RunPageFactory;
import org.spectralbias.runs.view.TextBlock;

/** A contributed tab for the parity-check analysis (the test runs do not run it, so it must not appear). */
public final class ParityTestPage implements RunPageFactory {

	@Override
	public Page create(RunModel run) {
		return new Page("Parity (test)", List.of(new TextBlock("parity", "Parity",
				run.record().analysis("parity-check").map(a -> a.findings()).orElse(List.of()))));
	}
}

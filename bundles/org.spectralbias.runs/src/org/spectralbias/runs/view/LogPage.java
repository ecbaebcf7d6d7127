package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.List;

import org.spectralbias.runs.AnalysisRecord;
import org.spectralbias.runs.Numbers;
import org.spectralbias.runs.RunRecord;

/**
 * The Log tab: the run's message, each analysis with its check and findings, the phase timings, and whatever
 * could not be read from the folder.
 */
public final class LogPage implements RunPageFactory {

	@Override
	public Page create(RunModel run) {
		RunRecord r = run.record();
		List<Block> blocks = new ArrayList<>();
		List<String> status = new ArrayList<>();
		r.started().ifPresent(t -> status.add(t + "  started " + r.experimentName() + " in " + run.folder()));
		if (run.live()) {
			status.add("training: " + run.recordedSteps() + " recording points measured so far");
		}
		r.finished().ifPresent(t -> status.add(t + "  " + r.status().label()
				+ (r.message().isEmpty() ? "" : ": " + r.message())));
		if (r.finished().isEmpty() && !run.live()) {
			status.add("status " + r.status().label() + (r.message().isEmpty() ? "" : ": " + r.message()));
		}
		blocks.add(new TextBlock("status", "Run", status));
		List<String> findings = new ArrayList<>();
		for (AnalysisRecord a : r.analyses().values()) {
			findings.add("[" + (a.passed() ? "passed" : "FAILED") + "] " + a.id() + " — tables: "
					+ (a.tables().isEmpty() ? "none" : String.join(", ", a.tables())));
			a.findings().forEach(f -> findings.add("    " + f));
		}
		if (findings.isEmpty()) {
			findings.add(run.live() ? "the analyses run when training ends" : "no analysis ran");
		}
		blocks.add(new TextBlock("analyses", "Analyses", findings));
		List<String> timings = new ArrayList<>();
		r.phaseSeconds().forEach((phase, s) -> timings.add(String.format("%-40s %s", phase, Numbers.seconds(s))));
		blocks.add(new TextBlock("timings", "Timings", timings));
		if (!run.problems().isEmpty()) {
			blocks.add(new TextBlock("problems", "Problems reading the run folder", run.problems()));
		}
		return new Page("Log", blocks);
	}
}

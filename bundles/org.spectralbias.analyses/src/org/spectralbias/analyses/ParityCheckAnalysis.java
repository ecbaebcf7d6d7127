package org.spectralbias.analyses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.ResultTable;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.math.Progress;

/**
 * Built-in analysis {@code parity-check}: without bias the NTK's odd part is linear, so μ_k = 0 for odd k ≥ 3 and
 * such a component is never learned off the training set: its test projection must stay near its start while the
 * training projection (fitted through the finite sample's kernel) may fall. Checks the odd degrees ≥ 3 of the run.
 */
@Component(service = Analysis.class)
@ContributionInfo(id = "parity-check", name = "Parity check",
		description = "odd degrees ≥ 3 without bias: learned on training points, not on test points")
public final class ParityCheckAnalysis implements Analysis {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(ParameterDescriptor.ofDouble("threshold",
			0.8, 0.0, 1.0, "", "the test projection must stay above this fraction of its start"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public AnalysisResult analyse(RunData run, Parameters parameters, Progress progress) {
		double threshold = parameters.getDouble("threshold");
		List<List<String>> rows = new ArrayList<>();
		Map<String, Double> numbers = new LinkedHashMap<>();
		List<String> findings = new ArrayList<>();
		boolean passed = true;
		int last = run.steps().length - 1;
		for (DegreeSeries d : run.degrees()) {
			if (d.degree() < 3 || d.degree() % 2 == 0) {
				continue;
			}
			double train = d.train()[last] / d.train()[0];
			double test = d.test()[last] / d.test()[0];
			boolean held = run.testSize() > 0 && test > threshold;
			passed &= run.bias() || held;
			rows.add(List.of(Integer.toString(d.degree()), Double.toString(d.mu()), Double.toString(train),
					Double.toString(test), Boolean.toString(held)));
			numbers.put("degree" + d.degree() + ".train.final_ratio", train);
			numbers.put("degree" + d.degree() + ".test.final_ratio", test);
			findings.add(String.format("degree %d (μ = %.2g): training projection at %.1f%% of its start, test "
					+ "projection at %.1f%% after %d steps — %s", d.degree(), d.mu(), 100 * train, 100 * test,
					run.steps()[last], held ? "not learned off the training set, as the parity argument predicts"
							: run.bias() ? "learned (the network has a bias, so odd degrees are in its span)"
									: "the test projection fell below " + threshold + " of its start"));
		}
		if (rows.isEmpty()) {
			findings.add("no odd degree ≥ 3 among the projected degrees; nothing to check");
		}
		return new AnalysisResult(List.of(new ResultTable("parity",
				List.of("degree", "mu", "train_final_ratio", "test_final_ratio", "not_learned_on_test"), rows)), numbers,
				findings, passed);
	}
}

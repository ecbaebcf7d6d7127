package org.spectralbias.analyses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.ResultTable;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.math.Progress;

/**
 * Built-in analysis {@code misspecification}: how far the uniform-sphere theory is off for the run's own inputs.
 * <ul>
 * <li>the leakage matrix: for each target degree k, the share of ‖v_k‖² in each block of eigenvectors of K/n (blocks
 * sized like the sphere's eigenspaces, in eigenvalue order); uniform inputs put nearly all of it in block k;</li>
 * <li>the effective eigenvalue v_kᵀ(K/n)v_k beside μ_k;</li>
 * <li>the measured rate beside both predictions (sphere spectrum, linear model with the sample's kernel) with a
 * one-line verdict per degree saying which holds and by how much.</li>
 * </ul>
 */
@Component(service = Analysis.class)
@ContributionInfo(id = "misspecification", name = "Misspecification",
		description = "leakage of each degree into the eigenvectors of K/n; sphere-spectrum vs sample-kernel rates")
public final class MisspecificationAnalysis implements Analysis {

	@Override
	public AnalysisResult analyse(RunData run, Parameters parameters, Progress progress) {
		List<ResultTable> tables = new ArrayList<>();
		Map<String, Double> numbers = new LinkedHashMap<>();
		List<String> findings = new ArrayList<>();
		findings.add(run.uniformInputs() ? "inputs uniform on the sphere: spherical harmonics are the eigenfunctions"
				: "inputs NOT uniform on the sphere: harmonics are not the eigenfunctions, the theory is misspecified");
		if (run.leakageBlocks().length > 0) {
			List<String> header = new ArrayList<>(List.of("degree"));
			for (int b = 0; b < run.leakageBlocks().length; b++) {
				header.add("block_" + b + "_degree_" + run.leakageBlocks()[b]);
			}
			List<List<String>> rows = new ArrayList<>();
			for (int i = 0; i < run.degrees().size(); i++) {
				int k = run.degrees().get(i).degree();
				List<String> row = new ArrayList<>(List.of(Integer.toString(k)));
				double own = 0;
				for (int b = 0; b < run.leakage()[i].length; b++) {
					row.add(Double.toString(run.leakage()[i][b]));
					if (run.leakageBlocks()[b] == k) {
						own = run.leakage()[i][b];
					}
				}
				rows.add(row);
				numbers.put("degree" + k + ".leakage.own_block", own);
				findings.add(String.format("degree %d keeps %.1f%% of its energy in its own eigen-block (%.1f%% leaks)",
						k, 100 * own, 100 * (1 - own)));
			}
			tables.add(new ResultTable("leakage", header, rows));
		} else {
			findings.add("no leakage matrix: the run's kernel is not a dot-product kernel");
		}
		List<List<String>> rates = new ArrayList<>();
		for (DegreeSeries d : run.degrees()) {
			double measured = DecayFit.fit(run.steps(), d.train()).rate();
			double mu = DecayFit.predictedRate(run.etaEff(), d.mu());
			double linear = DecayFit.fit(run.steps(), d.predictedLinear()).rate();
			double muOff = (measured - mu) / mu;
			double linearOff = (measured - linear) / linear;
			String verdict = Math.abs(muOff) <= Math.abs(linearOff)
					? String.format("the sphere spectrum holds (%+.0f%%); the sample-kernel model is %+.0f%% off", 100 * muOff,
							100 * linearOff)
					: String.format("the sample-kernel model holds (%+.0f%%); the sphere spectrum is %+.0f%% off",
							100 * linearOff, 100 * muOff);
			rates.add(List.of(Integer.toString(d.degree()), Double.toString(d.mu()),
					Double.toString(d.effectiveEigenvalue()), Double.toString(measured), Double.toString(mu),
					Double.toString(linear), verdict));
			numbers.put("degree" + d.degree() + ".rate.relative_error.mu", muOff);
			numbers.put("degree" + d.degree() + ".rate.relative_error.linear", linearOff);
			findings.add("degree " + d.degree() + ": " + verdict);
		}
		tables.add(new ResultTable("rates", List.of("degree", "mu", "effective_eigenvalue", "measured_rate",
				"predicted_rate_mu", "predicted_rate_linear", "verdict"), rates));
		return new AnalysisResult(tables, numbers, findings, true);
	}
}

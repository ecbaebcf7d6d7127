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
 * Built-in analysis {@code convergence-by-degree}: per target degree, the measured per-step decay rate of the
 * training projection (fitted over a stated window, see {@link DecayFit}) beside the rate −ln(1 − η_eff μ_k)
 * predicted from the sphere spectrum and the rate of the linear model with the run's own Gram matrix; the steps to
 * reach 10 % of the initial projection; and the ordering check (low degrees first) the paper predicts.
 */
@Component(service = Analysis.class)
@ContributionInfo(id = "convergence-by-degree", name = "Convergence by degree",
		description = "measured vs predicted per-step rates per degree, steps to 10%, ordering check")
public final class ConvergenceByDegreeAnalysis implements Analysis {

	/** Header of the summary table (also the reproduce command's summary.csv). */
	public static final List<String> SUMMARY_HEADER = List.of("degree", "measured_rate", "predicted_rate_mu",
			"predicted_rate_linear", "steps_to_10pct_measured", "steps_to_10pct_predicted");

	@Override
	public AnalysisResult analyse(RunData run, Parameters parameters, Progress progress) {
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> windows = new ArrayList<>();
		Map<String, Double> numbers = new LinkedHashMap<>();
		List<String> findings = new ArrayList<>();
		List<double[]> reach = new ArrayList<>();
		for (DegreeSeries d : run.degrees()) {
			DecayFit.Rate measured = DecayFit.fit(run.steps(), d.train());
			DecayFit.Rate linear = DecayFit.fit(run.steps(), d.predictedLinear());
			double muRate = DecayFit.predictedRate(run.etaEff(), d.mu());
			double tMeasured = DecayFit.stepsToFraction(run.steps(), d.train(), 0.1);
			double tPredicted = muRate > 0 ? Math.log(10) / muRate : Double.NaN;
			rows.add(List.of(Integer.toString(d.degree()), num(measured.rate()), num(muRate), num(linear.rate()),
					num(tMeasured), num(tPredicted)));
			windows.add(List.of(Integer.toString(d.degree()), Integer.toString(measured.fromStep()),
					Integer.toString(measured.toStep()), Integer.toString(measured.points()), num(d.mu()),
					num(d.effectiveEigenvalue()), num(DecayFit.predictedRate(run.etaEff(), d.effectiveEigenvalue()))));
			numbers.put("degree" + d.degree() + ".rate.measured", measured.rate());
			numbers.put("degree" + d.degree() + ".rate.mu", muRate);
			numbers.put("degree" + d.degree() + ".rate.linear", linear.rate());
			numbers.put("degree" + d.degree() + ".steps10.measured", tMeasured);
			reach.add(new double[] { d.mu(), Double.isNaN(tMeasured) ? Double.POSITIVE_INFINITY : tMeasured,
					d.train()[d.train().length - 1] / d.train()[0], d.degree() });
			findings.add(String.format("degree %d: measured rate %.3g/step (window t = %d..%d), predicted %.3g from "
					+ "μ_%d = %.4g (%s), %.3g from the linear model (%s)", d.degree(), measured.rate(),
					measured.fromStep(), measured.toStep(), muRate, d.degree(), d.mu(),
					relative(measured.rate(), muRate), linear.rate(), relative(measured.rate(), linear.rate())));
			double muOff = Math.abs(measured.rate() - muRate) / muRate;
			double linearOff = Math.abs(measured.rate() - linear.rate()) / linear.rate();
			if (muOff > 0.1 && linearOff < muOff) {
				findings.add(String.format("degree %d: the sphere spectrum is %.0f%% off, the linear model with the "
						+ "run's own Gram matrix %.0f%%: at n = %d the small eigenvalues of K/n are inflated "
						+ "(v_kᵀ(K/n)v_k = %.4g against μ_%d = %.4g) and v_k mixes with other eigendirections of K/n, "
						+ "both of which that model includes", d.degree(), 100 * muOff, 100 * linearOff,
						run.trainSize(), d.effectiveEigenvalue(), d.degree(), d.mu()));
			}
		}
		boolean ordered = ordered(reach);
		findings.add(0, ordered
				? "ordering holds: degrees with larger μ_k (the low frequencies) reach 10% of their start first"
				: "ordering does NOT hold: a degree with smaller μ_k converged before one with a larger μ_k");
		return new AnalysisResult(
				List.of(new ResultTable("summary", SUMMARY_HEADER, rows),
						new ResultTable("windows", List.of("degree", "window_from", "window_to", "points", "mu",
								"effective_eigenvalue", "predicted_rate_effective"), windows)),
				numbers, findings, ordered);
	}

	/**
	 * The spectral-bias ordering: sorted by μ_k descending (ties by degree), the degrees must reach 10 % in increasing
	 * order of time; degrees that never reach it are compared by their final ratio to the start (smaller means
	 * further along). Sorting by μ_k rather than by k matters for odd degrees ≥ 3, whose μ_k = 0 without bias.
	 *
	 * @param reach per degree {μ_k, steps to 10 %, final ratio, k}
	 */
	static boolean ordered(List<double[]> reach) {
		List<double[]> sorted = new ArrayList<>(reach);
		sorted.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[3], b[3]));
		for (int i = 1; i < sorted.size(); i++) {
			double[] lo = sorted.get(i - 1);
			double[] hi = sorted.get(i);
			boolean bothInfinite = Double.isInfinite(lo[1]) && Double.isInfinite(hi[1]);
			if (bothInfinite ? lo[2] > hi[2] : lo[1] > hi[1]) {
				return false;
			}
		}
		return true;
	}

	private static String relative(double measured, double predicted) {
		if (!(predicted > 0) || Double.isNaN(measured)) {
			return "no comparison";
		}
		return String.format("%+.1f%% off", 100 * (measured - predicted) / predicted);
	}

	static String num(double v) {
		return Double.isNaN(v) ? "" : Double.toString(v);
	}
}

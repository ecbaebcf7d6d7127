package org.spectralbias.analyses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.core.contrib.ResultTable;
import org.spectralbias.core.run.DensityGroup;
import org.spectralbias.core.run.RunData;
import org.spectralbias.math.Progress;

/**
 * Built-in analysis {@code density-time}: convergence time against local input density. Basri et al. (2020,
 * "Frequency bias in neural networks for input of non-uniform density") predict that the residual falls in a region
 * of density p in a time ∝ 1/p. For each group of training points of one density (a piecewise-uniform law's bands;
 * quantile bins of a smooth density) the time T_g is the first step at which the group's mean squared residual falls
 * to {@code fraction} of its start (log-linear interpolation between recorded steps); the slope of log T against
 * log p is compared with −1.
 */
@Component(service = Analysis.class)
@ContributionInfo(id = "density-time", name = "Convergence time vs density",
		description = "time for the residual to fall in each density region against the density (Basri et al.: ∝ 1/p)")
public final class DensityTimeAnalysis implements Analysis {

	/** The slope Basri et al. predict for log T against log p. */
	public static final double PREDICTED_SLOPE = -1.0;

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.ofDouble("fraction", 0.5, 1e-6, 0.999, "",
					"a group has converged when its mean squared residual is this fraction of its start"),
			ParameterDescriptor.ofDouble("tolerance", 0.35, 0.0, 10.0, "",
					"the verdict accepts a fitted slope within this distance of −1"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public AnalysisResult analyse(RunData run, Parameters parameters, Progress progress) {
		double fraction = parameters.getDouble("fraction");
		double tolerance = parameters.getDouble("tolerance");
		List<DensityGroup> groups = run.densityGroups();
		Map<String, Double> numbers = new LinkedHashMap<>();
		List<String> findings = new ArrayList<>();
		if (groups.size() < 2) {
			findings.add(groups.isEmpty() ? "the input distribution has no density formula: nothing to compare"
					: "all inputs have the same density: nothing to compare");
			return new AnalysisResult(List.of(), numbers, findings, true);
		}
		List<List<String>> rows = new ArrayList<>();
		List<double[]> points = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			DensityGroup group = groups.get(g);
			double[] e = group.energy();
			double time = crossing(run.steps(), e, fraction);
			double last = lastFinite(e);
			rows.add(List.of(fmt(group.density()), Integer.toString(group.count()), fmt(e[0]), fmt(last),
					Double.isNaN(time) ? "" : fmt(time), Double.isNaN(time) ? "" : fmt(time * group.density())));
			numbers.put("group" + g + ".density", group.density());
			numbers.put("group" + g + ".time", time);
			if (time > 0 && group.density() > 0) {
				points.add(new double[] { Math.log(group.density()), Math.log(time) });
			} else {
				findings.add(String.format(Locale.ROOT, "density %.3g (%d points): the residual did not fall to %.2g of "
						+ "its start within %d steps", group.density(), group.count(), fraction,
						run.steps()[run.steps().length - 1]));
			}
		}
		List<ResultTable> tables = List.of(new ResultTable("groups",
				List.of("density", "points", "initial_energy", "final_energy", "time", "time_times_density"), rows));
		if (points.size() < 2) {
			findings.add("fewer than two density groups converged: no slope to fit");
			return new AnalysisResult(tables, numbers, findings, false);
		}
		double slope = slope(points);
		numbers.put("slope", slope);
		numbers.put("slope.predicted", PREDICTED_SLOPE);
		boolean holds = Math.abs(slope - PREDICTED_SLOPE) <= tolerance;
		findings.add(String.format(Locale.ROOT, "convergence time ∝ p^%.2f over %d density groups (p from %.3g to %.3g);"
				+ " Basri et al. predict p^-1: %s (tolerance %.2f)", slope, points.size(),
				Math.exp(points.get(0)[0]), Math.exp(points.get(points.size() - 1)[0]),
				holds ? "consistent" : "not consistent", tolerance));
		return new AnalysisResult(tables, numbers, findings, holds);
	}

	/**
	 * @return the first step at which e falls to fraction·e[0], interpolating log e linearly between recorded steps;
	 *         NaN when it never does
	 */
	static double crossing(int[] steps, double[] e, double fraction) {
		double target = fraction * e[0];
		if (!(e[0] > 0)) {
			return Double.NaN;
		}
		for (int i = 1; i < e.length; i++) {
			if (e[i] <= target) {
				double a = Math.log(e[i - 1]);
				double b = Math.log(Math.max(e[i], Double.MIN_NORMAL));
				double w = a == b ? 1 : (a - Math.log(target)) / (a - b);
				return steps[i - 1] + w * (steps[i] - steps[i - 1]);
			}
		}
		return Double.NaN;
	}

	/** @return the least-squares slope of y on x over (x, y) points */
	static double slope(List<double[]> points) {
		double mx = 0;
		double my = 0;
		for (double[] p : points) {
			mx += p[0];
			my += p[1];
		}
		mx /= points.size();
		my /= points.size();
		double sxy = 0;
		double sxx = 0;
		for (double[] p : points) {
			sxy += (p[0] - mx) * (p[1] - my);
			sxx += (p[0] - mx) * (p[0] - mx);
		}
		return sxy / sxx;
	}

	private static double lastFinite(double[] e) {
		for (int i = e.length - 1; i >= 0; i--) {
			if (Double.isFinite(e[i])) {
				return e[i];
			}
		}
		return Double.NaN;
	}

	private static String fmt(double v) {
		return Double.toString(v);
	}
}

package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.run.RunData;
import org.spectralbias.runs.AnalysisRecord;
import org.spectralbias.runs.heatmap.ColourScale;
import org.spectralbias.runs.heatmap.HeatMap;
import org.spectralbias.runs.view.PropertiesBlock.Property;

/**
 * The Misspecification tab: how far the uniform-sphere theory is off for the run's own inputs. The leakage matrix
 * (share of each target degree's ‖v_k‖² in each block of eigenvectors of K/n) as a heat map and a table, the
 * measured rates beside both predictions, and the misspecification analysis' verdicts. Rates across several
 * distributions are compared in the Compare view.
 */
public final class MisspecificationPage implements RunPageFactory {

	/** The analysis id. */
	public static final String ANALYSIS = "misspecification";
	/** Its rate table. */
	public static final String RATES_CSV = ANALYSIS + "-rates.csv";
	/** Smallest share the heat map's colour scale resolves. */
	public static final double MIN_SHARE = 1e-4;

	@Override
	public Page create(RunModel run) {
		List<Block> blocks = new ArrayList<>();
		List<Property> inputs = new ArrayList<>();
		String distribution = RunRecordText.contribution(run.record().experiment(), "distribution");
		inputs.add(new Property("distribution", distribution.isEmpty() ? "—" : distribution));
		run.data().ifPresent(d -> inputs.add(new Property("inputs uniform on the sphere", d.uniformInputs()
				? "yes: spherical harmonics are the kernel's eigenfunctions"
				: "no: harmonics are not the eigenfunctions, the sphere theory is misspecified")));
		blocks.add(new PropertiesBlock("inputs", "Inputs", inputs));
		// the heat map and the rate chart side by side, the tables below
		run.data().filter(d -> d.leakageBlocks().length > 0)
				.ifPresent(d -> blocks.add(new HeatMapBlock("leakage", leakage(d), false)));
		if (run.data().isPresent() && run.data().get().leakageBlocks().length == 0) {
			blocks.add(new TextBlock("no-leakage", "Leakage",
					List.of("no leakage matrix: the run's kernel is not a dot-product kernel")));
		}
		ConvergencePage.rateChart(run.record().rates()).ifPresent(c -> blocks.add(new ChartBlock("rates",
				c.toBuilder().title("Measured rate against both predictions").build(), false)));
		run.data().filter(d -> d.leakageBlocks().length > 0).ifPresent(d -> blocks.add(new TableBlock(
				"leakage-table", "Leakage: share of ‖v_k‖² per eigen-block of K/n", leakageTable(d), "leakage.csv")));
		run.table(RATES_CSV).ifPresent(t -> blocks.add(new TableBlock("verdicts", "Which prediction holds",
				verdicts(t), RATES_CSV)));
		Optional<AnalysisRecord> analysis = run.record().analysis(ANALYSIS);
		List<String> lines = new ArrayList<>();
		analysis.ifPresent(a -> lines.addAll(a.findings()));
		if (analysis.isEmpty()) {
			lines.add(run.live() ? "the analyses run when training ends"
					: "the misspecification analysis did not run on this run; `./spectralbias analyze " + run.folder()
							+ " --analysis misspecification` adds it");
		}
		lines.add("to compare rates across input distributions, select their runs in the Runs view and choose Compare");
		blocks.add(new TextBlock("findings", "Findings", lines));
		return new Page("Misspecification", blocks);
	}

	/** @return the leakage matrix as a heat map on a log colour scale from {@value #MIN_SHARE} to 1 */
	static HeatMap leakage(RunData d) {
		List<String> rows = d.degrees().stream().map(k -> "k = " + k.degree()).toList();
		List<String> columns = new ArrayList<>();
		for (int b = 0; b < d.leakageBlocks().length; b++) {
			columns.add("block " + d.leakageBlocks()[b]);
		}
		double[][] values = new double[rows.size()][columns.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				values[r][c] = c < d.leakage()[r].length ? d.leakage()[r][c] : Double.NaN;
			}
		}
		return new HeatMap("Leakage of each target degree into the eigenvectors of K/n",
				(d.uniformInputs() ? "uniform inputs" : "non-uniform inputs")
						+ " · block j: the N(D, j) eigenvectors of K/n of a degree-j eigenspace · diagonal: no leakage",
				"target degree", "eigen-block of K/n (by sphere degree, eigenvalue order)", rows, columns, values,
				new ColourScale(MIN_SHARE, 1, true, true, "share of ‖v_k‖²"));
	}

	private static CsvTable leakageTable(RunData d) {
		List<String> header = new ArrayList<>(List.of("degree k", "own block"));
		for (int b = 0; b < d.leakageBlocks().length; b++) {
			header.add("block " + d.leakageBlocks()[b]);
		}
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < d.degrees().size(); r++) {
			int k = d.degrees().get(r).degree();
			List<String> row = new ArrayList<>(List.of(Integer.toString(k), ""));
			for (int b = 0; b < d.leakageBlocks().length; b++) {
				double v = b < d.leakage()[r].length ? d.leakage()[r][b] : Double.NaN;
				row.add(org.spectralbias.runs.Numbers.percent(v));
				if (d.leakageBlocks()[b] == k) {
					row.set(1, org.spectralbias.runs.Numbers.percent(v));
				}
			}
			rows.add(row);
		}
		return new CsvTable(header, rows);
	}

	private static CsvTable verdicts(CsvTable t) {
		List<List<Object>> rows = new ArrayList<>();
		double[] degree = Tables.numbers(t, "degree");
		double[] mu = Tables.numbers(t, "mu");
		double[] effective = Tables.numbers(t, "effective_eigenvalue");
		double[] measured = Tables.numbers(t, "measured_rate");
		double[] predicted = Tables.numbers(t, "predicted_rate_mu");
		double[] linear = Tables.numbers(t, "predicted_rate_linear");
		List<String> verdict = Tables.texts(t, "verdict");
		for (int r = 0; r < degree.length; r++) {
			rows.add(List.<Object>of((int) degree[r], mu[r], effective[r], measured[r], predicted[r], linear[r],
					verdict.get(r)));
		}
		return Tables.display(List.of("degree k", "μ_k", "v_kᵀ(K/n)v_k", "measured rate", "sphere prediction",
				"linear model", "verdict"), rows);
	}
}

package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spectralbias.core.engine.KernelRecord;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.run.DegreeSeries;
import org.spectralbias.core.run.RunData;
import org.spectralbias.report.chart.Axis;
import org.spectralbias.report.chart.Chart;
import org.spectralbias.report.chart.LegendPosition;
import org.spectralbias.report.chart.MarkerShape;
import org.spectralbias.report.chart.Series;

/**
 * The Spectrum tab: the uniform-sphere eigenvalues μ_k of the run's analytic kernel (Funk–Hecke) with their
 * multiplicities N(D, k), beside the eigenvalues of K/n for the run's own inputs (the Nyström view of the same
 * operator), both on log scales, and the effective eigenvalues v_kᵀ(K/n)v_k of the projected degrees. Reads the
 * spectra the engine stores ({@link KernelRecord}); for runs without them it shows the projected degrees only.
 */
public final class SpectrumPage implements RunPageFactory {

	/** A block of eigenvalues of K/n that belongs to one sphere degree. */
	record EigenBlock(int degree, int first, int last, double mean, double min, double max) {

		int size() {
			return last - first + 1;
		}
	}

	@Override
	public Page create(RunModel run) {
		List<Block> blocks = new ArrayList<>();
		Optional<CsvTable> sphere = run.table(KernelRecord.SPHERE_SPECTRUM_CSV);
		Optional<CsvTable> nystrom = run.table(KernelRecord.NYSTROM_SPECTRUM_CSV);
		Map<Integer, double[]> mu = sphere.map(SpectrumPage::sphere).orElse(Map.of());
		List<EigenBlock> eigenBlocks = nystrom.map(SpectrumPage::blocks).orElse(List.of());
		int ambientDim = run.data().map(RunData::ambientDim).orElse(0);
		if (nystrom.isPresent()) {
			blocks.add(new ChartBlock("eigenvalues", eigenvalueChart(nystrom.get(), eigenBlocks, mu, ambientDim), true));
		}
		blocks.add(new ChartBlock("by-degree", degreeChart(mu, eigenBlocks, run.data()), true));
		if (!eigenBlocks.isEmpty() && !mu.isEmpty()) {
			List<List<Object>> rows = new ArrayList<>();
			for (EigenBlock b : eigenBlocks) {
				double[] m = mu.getOrDefault(b.degree(), new double[] { Double.NaN, Double.NaN });
				rows.add(List.<Object>of(b.degree(), m[0], m[1], b.first() + "–" + b.last(), b.size(), b.mean(), b.min(),
						b.max(), m[1] > 0 ? b.mean() / m[1] : Double.NaN));
			}
			blocks.add(new TableBlock("spectrum", "Sphere spectrum and eigenvalues of K/n by block",
					Tables.display(List.of("degree k", "N(D, k)", "μ_k", "indices i", "block size", "mean λ_i(K/n)",
							"min λ_i", "max λ_i", "mean λ / μ_k"), rows), "spectrum-by-block.csv"));
		}
		run.data().ifPresent(d -> {
			List<List<Object>> rows = new ArrayList<>();
			for (DegreeSeries k : d.degrees()) {
				rows.add(List.<Object>of(k.degree(), k.mu(), k.effectiveEigenvalue(),
						k.mu() > 0 ? k.effectiveEigenvalue() / k.mu() : Double.NaN));
			}
			blocks.add(new TableBlock("projected", "Projected degrees: μ_k against v_kᵀ(K/n)v_k",
					Tables.display(List.of("degree k", "μ_k", "v_kᵀ(K/n)v_k", "ratio"), rows), "projected-degrees.csv"));
		});
		if (nystrom.isEmpty() || sphere.isEmpty()) {
			blocks.add(new TextBlock("missing", "Not stored",
					List.of("This run folder has no " + (nystrom.isEmpty() ? KernelRecord.NYSTROM_SPECTRUM_CSV : "")
							+ (nystrom.isEmpty() && sphere.isEmpty() ? " and no " : "")
							+ (sphere.isEmpty() ? KernelRecord.SPHERE_SPECTRUM_CSV : "")
							+ " (a run from before the engine stored spectra, a run whose setup failed, or a kernel "
							+ "that is not a dot-product kernel); only what is stored is shown.")));
		}
		return new Page("Spectrum", blocks);
	}

	/** @return degree → {multiplicity, μ_k (0 where not resolved)} */
	private static Map<Integer, double[]> sphere(CsvTable t) {
		Map<Integer, double[]> mu = new LinkedHashMap<>();
		double[] degree = Tables.numbers(t, "degree");
		double[] multiplicity = Tables.numbers(t, "multiplicity");
		double[] value = Tables.numbers(t, "mu");
		List<String> resolved = Tables.texts(t, "resolved");
		for (int i = 0; i < degree.length; i++) {
			mu.put((int) degree[i], new double[] { multiplicity[i], "false".equals(resolved.get(i)) ? 0 : value[i] });
		}
		return mu;
	}

	/** @return the runs of equal block degree in the eigenvalue table, in index order */
	static List<EigenBlock> blocks(CsvTable t) {
		double[] index = Tables.numbers(t, "index");
		double[] value = Tables.numbers(t, "eigenvalue");
		double[] degree = Tables.numbers(t, "block_degree");
		List<EigenBlock> out = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= index.length; i++) {
			if (i == index.length || Double.compare(degree[i], degree[start]) != 0) {
				if (!Double.isNaN(degree[start])) {
					double sum = 0;
					double min = Double.POSITIVE_INFINITY;
					double max = Double.NEGATIVE_INFINITY;
					for (int j = start; j < i; j++) {
						sum += value[j];
						min = Math.min(min, value[j]);
						max = Math.max(max, value[j]);
					}
					out.add(new EigenBlock((int) degree[start], (int) index[start], (int) index[i - 1], sum / (i - start),
							min, max));
				}
				start = i;
			}
		}
		return out;
	}

	private static Chart eigenvalueChart(CsvTable nystrom, List<EigenBlock> eigenBlocks, Map<Integer, double[]> mu,
			int ambientDim) {
		double[] index = Tables.numbers(nystrom, "index");
		double[] value = Tables.numbers(nystrom, "eigenvalue");
		List<Series> series = new ArrayList<>();
		series.add(Series.markers("λ_i(K/n), run's inputs", index, value).withMarkerSize(3.5).withPaletteIndex(0));
		if (!mu.isEmpty() && !eigenBlocks.isEmpty()) {
			double[] x = new double[eigenBlocks.size() * 3];
			double[] y = new double[x.length];
			for (int b = 0; b < eigenBlocks.size(); b++) {
				EigenBlock block = eigenBlocks.get(b);
				double m = mu.getOrDefault(block.degree(), new double[] { 0, Double.NaN })[1];
				x[3 * b] = block.first();
				x[3 * b + 1] = block.last() + 1;
				x[3 * b + 2] = Double.NaN;
				y[3 * b] = m;
				y[3 * b + 1] = m;
				y[3 * b + 2] = Double.NaN;
			}
			series.add(Series.line("μ_k repeated N(D, k) times (sphere)", x, y).withPaletteIndex(1).withLineWidth(2.4));
		}
		return Chart.builder().title("Eigenvalues of K/n against the sphere spectrum")
				.subtitle((ambientDim > 0 ? "D = " + ambientDim + "; " : "") + "n = " + index.length
						+ " eigenvalues of the analytic Gram matrix, descending; μ_k drawn over the indices of block k")
				// from just below index 1, so that λ_1 is not drawn on the frame
				.xAxis(Axis.log("index i", "").withRange(0.7, Math.pow(10, Math.ceil(Math.log10(1.2 * index.length)))))
				.yAxis(Axis.log("eigenvalue", "")).legend(LegendPosition.TOP_RIGHT)
				.series(series).build();
	}

	private static Chart degreeChart(Map<Integer, double[]> mu, List<EigenBlock> eigenBlocks, Optional<RunData> data) {
		int maxDegree = eigenBlocks.stream().mapToInt(EigenBlock::degree).max().orElse(-1);
		if (data.isPresent()) {
			maxDegree = Math.max(maxDegree, data.get().degrees().stream().mapToInt(DegreeSeries::degree).max().orElse(0));
		}
		List<Series> series = new ArrayList<>();
		if (!mu.isEmpty()) {
			int top = Math.max(0, maxDegree);
			double[] k = new double[top + 1];
			double[] m = new double[top + 1];
			for (int i = 0; i <= top; i++) {
				k[i] = i;
				m[i] = mu.getOrDefault(i, new double[] { 0, Double.NaN })[1];
			}
			series.add(Series.markers("μ_k (sphere, Funk–Hecke)", k, m).withPaletteIndex(1).withMarkerSize(7));
		}
		if (!eigenBlocks.isEmpty()) {
			series.add(Series.markers("mean λ_i(K/n) over block k",
					eigenBlocks.stream().mapToDouble(EigenBlock::degree).toArray(),
					eigenBlocks.stream().mapToDouble(EigenBlock::mean).toArray()).withMarker(MarkerShape.SQUARE)
					.withPaletteIndex(0));
		}
		data.ifPresent(d -> {
			series.add(Series.markers("v_kᵀ(K/n)v_k, projected degrees",
					d.degrees().stream().mapToDouble(DegreeSeries::degree).toArray(),
					d.degrees().stream().mapToDouble(DegreeSeries::effectiveEigenvalue).toArray())
					.withMarker(MarkerShape.DIAMOND).withPaletteIndex(2).withMarkerSize(8));
			if (mu.isEmpty()) {
				series.add(Series.markers("μ_k, projected degrees",
						d.degrees().stream().mapToDouble(DegreeSeries::degree).toArray(),
						d.degrees().stream().mapToDouble(DegreeSeries::mu).toArray()).withPaletteIndex(1));
			}
		});
		boolean zeros = mu.values().stream().anyMatch(v -> v[1] == 0);
		return Chart.builder().title("Eigenvalues by degree")
				.subtitle(zeros ? "degrees with μ_k = 0 (odd k ≥ 3 without bias) cannot be drawn on a log scale"
						: "sphere eigenvalue, block mean of K/n and effective eigenvalue per degree")
				.xAxis(Axis.linear("degree k", "").withRange(-0.5, Math.max(1, maxDegree) + 0.5))
				.yAxis(Axis.log("eigenvalue", "")).legend(LegendPosition.TOP_RIGHT).series(series).build();
	}

}

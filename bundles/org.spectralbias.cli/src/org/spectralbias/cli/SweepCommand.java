package org.spectralbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.Sweep;
import org.spectralbias.core.experiment.SweepJson;
import org.spectralbias.core.io.AtomicFiles;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.io.CsvWriter;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.report.figures.SweepFigures;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sweep}: runs the cartesian product a sweep file lists (docs/experiment-files.md, "Sweeps") with one progress
 * bar, then compares the per-degree rates across the runs (comparison.csv and figure) and checks them against both
 * predictions (theory-check figure).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
		description = "Run every experiment of a sweep file (an experiment file with a \"sweep\" object) and compare "
				+ "their per-degree convergence rates: comparison.csv, comparison.svg/png, theory-check.svg/png.")
final class SweepCommand implements Callable<Integer> {

	/** Columns of comparison.csv after the sweep's axes. */
	static final List<String> COLUMNS = List.of("point", "run", "status", "degree", "mu", "measured_rate",
			"predicted_rate_mu", "predicted_rate_linear", "relative_error_mu", "relative_error_linear");

	private final CliContext context;

	@Parameters(index = "0", paramLabel = "SWEEP", description = "a sweep file, or the name of a shipped sweep "
			+ "(distributions, theory-check)")
	private String file;

	@Option(names = "--out", defaultValue = "runs", description = "runs folder (default: ${DEFAULT-VALUE})")
	private Path out;

	@Option(names = "--quick", description = "scale every run down for a smoke test (n = 200, 2000 steps, a quarter "
			+ "of each width but at least 64, so that widths stay distinct)")
	private boolean quick;

	SweepCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws IOException {
		Sweep sweep = read();
		long start = System.nanoTime();
		RunFolder dir = RunFolder.create(out, sweep.name() + "-sweep");
		Path runs = dir.path().resolve("runs");
		context.err().printf("sweep %s: %d runs over %s%n", sweep.name(), sweep.points().size(),
				String.join(" × ", sweep.axes()));
		SweepProgress progress = new SweepProgress(new ConsoleProgress(System.err),
				"sweep " + sweep.name() + " (" + sweep.points().size() + " runs)", sweep.points().size());
		List<SweepFigures.Rate> rates = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		JsonArray points = new JsonArray();
		int code = 0;
		for (int i = 0; i < sweep.points().size(); i++) {
			Sweep.Point point = sweep.points().get(i);
			var spec = quick ? quick(point.spec()) : point.spec();
			SweepProgress.Run slice = progress.run();
			JsonObject entry = new JsonObject();
			JsonObject labels = new JsonObject();
			point.labels().forEach(labels::addProperty);
			entry.add("labels", labels);
			RunOutcome outcome = null;
			try {
				outcome = new ExperimentRunner(context).run(spec, file + " point " + (i + 1), runs, slice);
			} catch (RuntimeException e) {
				// one failing run must not cost the others
				context.err().println(spec.name() + ": failed: " + e.getMessage());
				entry.addProperty("status", "failed");
				entry.addProperty("message", String.valueOf(e.getMessage()));
				code = 1;
			} finally {
				slice.finish();
			}
			if (outcome != null) {
				entry.addProperty("run", dir.path().relativize(outcome.folder().path()).toString());
				entry.addProperty("status", outcome.status().label());
				code = Math.max(code, outcome.status() == RunStatus.COMPLETED ? 0 : 1);
				collect(i + 1, point, outcome, rates, rows);
			}
			points.add(entry);
		}
		List<String> header = new ArrayList<>(sweep.axes());
		header.addAll(COLUMNS);
		AtomicFiles.writeString(dir.file("comparison.csv"), CsvWriter.toString(new CsvTable(header, rows)));
		if (!rates.isEmpty()) {
			SweepFigures.write(sweep.name(), rates, dir.path());
		}
		JsonObject record = new JsonObject();
		record.addProperty("schema", "spectralbias.sweep-result/1");
		record.addProperty("name", sweep.name());
		record.add("axes", new GsonBuilder().create().toJsonTree(sweep.axes()));
		record.add("base", JsonParser.parseString(ExperimentJson.write(sweep.base())));
		record.add("points", points);
		record.addProperty("seconds", (System.nanoTime() - start) / 1e9);
		dir.writeJson("sweep.json", record);
		context.out().println();
		TablePrinter.print(context.out(), OutputFormat.table, header, rows);
		context.out().printf("%nsweep %s%s: %d runs in %.1f s; comparison.csv, comparison.svg, theory-check.svg in %s%n",
				sweep.name(), quick ? " --quick" : "", sweep.points().size(), (System.nanoTime() - start) / 1e9,
				dir.path().toAbsolutePath());
		return code;
	}

	/** The scaled-down variant of a sweep's point: reproduce's quick variant, keeping widths apart. */
	static org.spectralbias.core.experiment.ExperimentSpec quick(org.spectralbias.core.experiment.ExperimentSpec spec) {
		return ReproduceCommand.quick(spec).withWidth(Math.max(64, spec.width() / 4));
	}

	private Sweep read() throws IOException {
		Path path = Path.of(file);
		try {
			if (Files.isRegularFile(path)) {
				return SweepJson.read(path);
			}
			String resource = "sweeps/" + file + ".sweep.json";
			String json = context.resources().apply(resource).orElseThrow(() -> new UsageError("no sweep file "
					+ file + " and no shipped sweep of that name (shipped: distributions, theory-check)"));
			return SweepJson.read(json, resource);
		} catch (ExperimentFileException e) {
			throw new UsageError(e.getMessage());
		}
	}

	/** Adds the run's per-degree rates (from the convergence-by-degree analysis) to the table and the figures. */
	private static void collect(int index, Sweep.Point point, RunOutcome outcome, List<SweepFigures.Rate> rates,
			List<List<String>> rows) {
		AnalysisResult convergence = outcome.analyses().get("convergence-by-degree");
		if (convergence == null || outcome.data().isEmpty()) {
			return;
		}
		Map<String, Double> n = convergence.numbers();
		for (var d : outcome.data().get().degrees()) {
			String k = "degree" + d.degree() + ".rate.";
			double measured = n.getOrDefault(k + "measured", Double.NaN);
			double mu = n.getOrDefault(k + "mu", Double.NaN);
			double linear = n.getOrDefault(k + "linear", Double.NaN);
			rates.add(new SweepFigures.Rate(index, point.label(), d.degree(), measured, mu, linear));
			List<String> row = new ArrayList<>(point.labels().values());
			row.addAll(List.of(Integer.toString(index), outcome.folder().path().getFileName().toString(),
					outcome.status().label(), Integer.toString(d.degree()), num(d.mu()), num(measured), num(mu),
					num(linear), num(relative(measured, mu)), num(relative(measured, linear))));
			rows.add(row);
		}
	}

	private static double relative(double measured, double predicted) {
		return predicted > 0 ? measured / predicted - 1 : Double.NaN;
	}

	private static String num(double v) {
		return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
	}
}

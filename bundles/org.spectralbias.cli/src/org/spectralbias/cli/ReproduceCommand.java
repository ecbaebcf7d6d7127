package org.spectralbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spectralbias.analyses.ConvergenceByDegreeAnalysis;
import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.RecordSchedule;
import org.spectralbias.core.experiment.Samples;
import org.spectralbias.core.io.AtomicFiles;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.io.CsvWriter;
import org.spectralbias.report.figures.RunFigures;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reproduce}: runs the paper's experiments from the experiment files shipped in this bundle
 * ({@code experiments/*.experiment.json}) and writes, per figure, {@code DIR/<fig>/summary.csv}, the figures and
 * the run folder.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
		description = "Reproduce the paper's experiments: fig1 (P1+P2+P4), fig2 (coefficients 1,3,5), fig3 (simple "
				+ "functions: fig3a cosine, fig3b even polynomial), parity (P1+P2+P3+P4), fig4|fig5|fig6 (non-uniform inputs: "
				+ "piecewise uniform, non-isotropic Gaussian, Gaussian mixture), or all. Writes "
				+ "DIR/<fig>/summary.csv, figures and the run folder.")
final class ReproduceCommand implements Callable<Integer> {

	/** What each word runs. */
	private static final Map<String, List<String>> FIGURES = new LinkedHashMap<>();
	static {
		FIGURES.put("fig1", List.of("fig1"));
		FIGURES.put("fig2", List.of("fig2"));
		FIGURES.put("fig3", List.of("fig3a", "fig3b"));
		FIGURES.put("parity", List.of("parity"));
		FIGURES.put("fig4", List.of("fig4"));
		FIGURES.put("fig5", List.of("fig5"));
		FIGURES.put("fig6", List.of("fig6"));
		FIGURES.put("density", List.of("density"));
	}

	private final CliContext context;

	@Parameters(index = "0", paramLabel = "WHAT", description = "fig1, fig2, fig3, parity, fig4, fig5, fig6, density or all")
	private String what;

	@Option(names = "--out", defaultValue = "reproduce", description = "output folder (default: ${DEFAULT-VALUE})")
	private Path out;

	@Option(names = "--quick", description = "a scaled-down version for smoke tests (n = 200, m = 512, 2000 steps)")
	private boolean quick;

	ReproduceCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws IOException {
		List<String> names = new ArrayList<>();
		if (what.equals("all")) {
			FIGURES.values().forEach(names::addAll);
		} else if (FIGURES.containsKey(what)) {
			names.addAll(FIGURES.get(what));
		} else {
			throw new UsageError("unknown figure '" + what + "'; choose one of: " + String.join(", ", FIGURES.keySet())
					+ ", all");
		}
		int code = 0;
		List<String> failed = new ArrayList<>();
		long start = System.nanoTime();
		for (String name : names) {
			ExperimentSpec spec = shipped(name);
			if (quick) {
				spec = quick(spec);
			}
			Path dir = out.resolve(name);
			Files.createDirectories(dir);
			AtomicFiles.writeString(dir.resolve(name + ".experiment.json"), ExperimentJson.write(spec));
			RunOutcome outcome;
			try {
				outcome = new ExperimentRunner(context).run(spec, "experiments/" + name, dir.resolve("runs"));
			} catch (RuntimeException e) {
				// one figure failing must not cost the others: report it and go on
				context.err().println(name + ": failed: " + e.getMessage());
				failed.add(name);
				code = Math.max(code, 1);
				continue;
			}
			List<List<String>> rows = ExperimentRunner.summary(outcome);
			AtomicFiles.writeString(dir.resolve("summary.csv"),
					CsvWriter.toString(new CsvTable(ConvergenceByDegreeAnalysis.SUMMARY_HEADER, rows)));
			RunFigures.copy(outcome.folder().path(), dir);
			context.out().println();
			TablePrinter.print(context.out(), OutputFormat.table, ConvergenceByDegreeAnalysis.SUMMARY_HEADER, rows);
			context.out().println();
			code = Math.max(code, ExperimentRunner.exitCode(outcome));
		}
		context.out().printf("reproduce %s%s: %d experiment(s) in %.1f s; results in %s%n", what,
				quick ? " --quick" : "", names.size(), (System.nanoTime() - start) / 1e9, out.toAbsolutePath());
		if (!failed.isEmpty()) {
			context.out().println("failed: " + String.join(", ", failed) + " (see the messages above)");
		}
		return code;
	}

	private ExperimentSpec shipped(String name) {
		String path = "experiments/" + name + ".experiment.json";
		String json = context.resources().apply(path)
				.orElseThrow(() -> new IllegalStateException("the shipped experiment " + path + " is missing"));
		try {
			return ExperimentJson.read(json, path);
		} catch (ExperimentFileException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The scaled-down variant: same science, seconds instead of minutes. */
	static ExperimentSpec quick(ExperimentSpec spec) {
		return spec.withName(spec.name() + "-quick").withSamples(new Samples(200, 200)).withWidth(512)
				.withOptimizer(spec.optimizer().withSteps(2000).withRecord(new RecordSchedule.Log(60)));
	}
}

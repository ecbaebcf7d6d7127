package org.spectralbias.core.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.contrib.ResultTable;
import org.spectralbias.core.engine.ResolvedExperiment.Use;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.io.CsvWriter;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunDataFiles;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.linalg.SymmetricEigensolver;
import org.spectralbias.math.network.TrainingResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Runs an experiment headless: samples inputs, builds the network, trains it by full-batch gradient descent while
 * recording the residual's projection on each target degree, computes the theory's predictions beside it (the
 * sphere spectrum's per-degree factor, the linear model with the analytic kernel and with the network's empirical
 * NTK at initialisation), runs the analyses and stores everything in a run folder.
 * <p>
 * One seeded generator per run, split deterministically per component (distribution structure, target, training
 * points, test points, network), so a run is repeatable bit for bit for the same thread count. Progress is reported
 * per phase and per block of steps; a cancelled, diverged or failed run is kept with its status and what it
 * recorded.
 */
public final class Engine {

	/**
	 * Prepares a run: samples, kernels and the learning-rate check. Nothing is written yet.
	 *
	 * @param experiment the resolved experiment
	 * @param progress   progress and cancel
	 * @return the prepared run
	 * @throws ExperimentFileException when the learning rate exceeds the stability bound 2/λ_max(K/n) (unless the file
	 *                                 forces it) or a contribution rejects its parameters
	 */
	public RunSetup prepare(ResolvedExperiment experiment, Progress progress) throws ExperimentFileException {
		return new RunSetup(experiment, progress);
	}

	/**
	 * Runs a prepared experiment into a new folder under {@code runsRoot}.
	 *
	 * @param setup    from {@link #prepare}
	 * @param runsRoot the runs folder
	 * @param progress progress and cancel
	 * @return the outcome; the folder always exists and its run.json says how it ended
	 * @throws IOException when the run folder cannot be written
	 */
	public RunOutcome run(RunSetup setup, Path runsRoot, Progress progress) throws IOException {
		return run(setup, runsRoot, progress, RunListener.NONE);
	}

	/**
	 * Runs a prepared experiment into a new folder under {@code runsRoot}, telling a listener what happens while it
	 * trains (for live views).
	 *
	 * @param setup    from {@link #prepare}
	 * @param runsRoot the runs folder
	 * @param progress progress and cancel
	 * @param listener told of the start (with the predictions), every recorded step and the end
	 * @return the outcome; the folder always exists and its run.json says how it ended
	 * @throws IOException when the run folder cannot be written
	 */
	public RunOutcome run(RunSetup setup, Path runsRoot, Progress progress, RunListener listener) throws IOException {
		ExperimentSpec spec = setup.experiment().spec();
		RunFolder folder = RunFolder.create(runsRoot, spec.name());
		JsonObject record = new JsonObject();
		record.addProperty("schema", "spectralbias.run/1");
		record.addProperty("status", RunStatus.RUNNING.label());
		record.add("experiment", JsonParser.parseString(ExperimentJson.write(spec)));
		record.add("provenance", provenance(setup));
		JsonObject timings = new JsonObject();
		timings.addProperty("started", Instant.now().toString());
		timings.add("phases", setup.timings());
		record.add("timings", timings);
		folder.writeJson(RunFolder.RUN_JSON, record);
		folder.writeText(RunFolder.EXPERIMENT_JSON, ExperimentJson.write(spec));
		KernelRecord.writeSpectrum(folder, setup);

		Trainer trainer = new Trainer(setup);
		RunStatus status;
		String message;
		try {
			TrainingResult result = trainer.train(progress, folder.path(), listener);
			status = result.completed() ? RunStatus.COMPLETED : RunStatus.DIVERGED;
			message = result.completed() ? "completed " + spec.optimizer().steps() + " steps" : result.message();
		} catch (CancelledException e) {
			status = RunStatus.CANCELLED;
			message = "cancelled after step " + trainer.lastRecordedStep();
		} catch (RuntimeException e) {
			status = RunStatus.FAILED;
			message = "failed: " + e;
		} finally {
			setup.close();
		}
		long t0 = System.nanoTime();
		Optional<RunData> data = trainer.recordedSteps() == 0 ? Optional.empty()
				: Optional.of(trainer.runData());
		Map<String, AnalysisResult> analyses = new LinkedHashMap<>();
		if (data.isPresent()) {
			folder.writeText(RunFolder.TRAJECTORY_CSV, RunDataFiles.trajectoryCsv(data.get()));
			KernelRecord.writeKernel(folder, setup, trainer.empiricalKernels());
			record.add("data", RunDataFiles.scalars(data.get()));
			if (status == RunStatus.COMPLETED || status == RunStatus.DIVERGED) {
				try {
					analyses = analyse(setup.experiment(), data.get(), folder, progress);
					record.add("analyses", analysesJson(analyses));
				} catch (CancelledException e) {
					// training finished and is stored; the run is marked cancelled, never left "running"
					status = RunStatus.CANCELLED;
					message = "cancelled during the analyses, after " + message;
				}
			}
		}
		setup.timings().addProperty("predictions+analyses", (System.nanoTime() - t0) / 1e9);
		timings.addProperty("finished", Instant.now().toString());
		record.addProperty("status", status.label());
		record.addProperty("message", message);
		folder.writeJson(RunFolder.RUN_JSON, record);
		try {
			listener.finished(folder.path(), status, message);
		} catch (RuntimeException e) {
			// a listener must not throw (its contract); the run is saved either way
		}
		return new RunOutcome(folder, status, message, data, analyses);
	}

	/**
	 * Runs the experiment's analyses (or the given ones) on run data and stores their tables in the folder.
	 *
	 * @return the results by analysis id
	 */
	public static Map<String, AnalysisResult> analyse(ResolvedExperiment experiment, RunData data, RunFolder folder,
			Progress progress) throws IOException {
		Map<String, AnalysisResult> results = new LinkedHashMap<>();
		for (Use<Analysis> a : experiment.analyses()) {
			AnalysisResult r;
			try {
				r = a.contribution().analyse(data, a.parameters(), progress);
			} catch (CancelledException e) {
				throw e;
			} catch (RuntimeException e) {
				r = new AnalysisResult(List.of(), Map.of(), List.of("analysis '" + a.id() + "' failed: " + e), false);
			}
			for (ResultTable t : r.tables()) {
				folder.writeText(a.id() + "-" + t.name() + ".csv", CsvWriter.toString(new CsvTable(t.header(), t.rows())));
			}
			results.put(a.id(), r);
		}
		return results;
	}

	/** @return the analyses' numbers, findings and table files as JSON for run.json */
	public static JsonObject analysesJson(Map<String, AnalysisResult> analyses) {
		JsonObject all = new JsonObject();
		analyses.forEach((id, r) -> {
			JsonObject o = new JsonObject();
			o.addProperty("passed", r.passed());
			JsonObject numbers = new JsonObject();
			r.numbers().forEach(numbers::addProperty);
			o.add("numbers", numbers);
			JsonArray findings = new JsonArray();
			r.findings().forEach(findings::add);
			o.add("findings", findings);
			JsonArray tables = new JsonArray();
			r.tables().forEach(t -> tables.add(id + "-" + t.name() + ".csv"));
			o.add("tables", tables);
			all.add(id, o);
		});
		return all;
	}

	private static JsonObject provenance(RunSetup setup) {
		JsonObject o = new JsonObject();
		o.addProperty("seed", setup.experiment().spec().seed());
		o.addProperty("threads", setup.threads());
		o.addProperty("eigensolver", SymmetricEigensolver.defaultSolver().toString());
		JsonObject contributions = new JsonObject();
		setup.experiment().provenance().forEach(contributions::addProperty);
		o.add("contributions", contributions);
		o.add("machine", Machine.describe());
		return o;
	}
}

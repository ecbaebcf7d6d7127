package org.spectralbias.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.experiment.ExperimentSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run}: runs an experiment file into a new run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Run an experiment file (docs/experiment-files.md): train, record the projections per degree "
				+ "beside the NTK predictions, run its analyses, write a run folder with figures.")
final class RunCommand implements Callable<Integer> {

	private final CliContext context;

	@Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "the experiment file")
	private Path file;

	@Option(names = "--out", defaultValue = "runs", description = "runs folder (default: ${DEFAULT-VALUE})")
	private Path out;

	RunCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws Exception {
		if (!Files.isRegularFile(file)) {
			throw new UsageError("no experiment file " + file);
		}
		ExperimentSpec spec;
		try {
			spec = ExperimentJson.read(file);
		} catch (ExperimentFileException e) {
			throw new UsageError(e.getMessage());
		}
		RunOutcome outcome = new ExperimentRunner(context).run(spec, file.toString(), out);
		return ExperimentRunner.exitCode(outcome);
	}
}

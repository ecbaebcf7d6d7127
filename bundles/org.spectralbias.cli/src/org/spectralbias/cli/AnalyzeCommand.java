package org.spectralbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.AnalysisResult;
import org.spectralbias.core.engine.Engine;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.io.CsvWriter;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunDataFiles;
import org.spectralbias.core.run.RunFolder;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze}: runs an analysis again on a stored run, without training; adds its results to the run folder. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = "Run an analysis on a stored run folder (no training); its tables go into the folder and its "
				+ "numbers and findings into run.json.")
final class AnalyzeCommand implements Callable<Integer> {

	private final CliContext context;

	@Parameters(index = "0", paramLabel = "RUN_DIR", description = "a run folder (holds run.json)")
	private Path dir;

	@Option(names = "--analysis", required = true, description = "analysis id, e.g. misspecification; see 'list'")
	private String analysis;

	@Option(names = { "-P", "--parameter" }, paramLabel = "NAME=VALUE", description = "a parameter of the analysis")
	private Map<String, String> parameters = new LinkedHashMap<>();

	AnalyzeCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws IOException {
		RunFolder folder;
		JsonObject record;
		try {
			folder = RunFolder.open(dir);
			record = JsonParser.parseString(Files.readString(folder.file(RunFolder.RUN_JSON))).getAsJsonObject();
		} catch (IOException | JsonParseException | IllegalStateException e) {
			throw new UsageError(dir + " is not a readable run folder: " + e.getMessage());
		}
		RunData data;
		try {
			data = RunDataFiles.read(folder, record);
		} catch (IOException | RuntimeException e) {
			throw new UsageError("cannot read the run in " + dir + ": " + e.getMessage());
		}
		ContributionResolver resolver = new ContributionResolver(context, parameters);
		ContributionResolver.Resolved<Analysis> a = resolver.resolve("analysis", analysis,
				context.catalogues().analyses());
		resolver.requireAllUsed();
		AnalysisResult result = a.contribution().analyse(data, a.parameters(), new ConsoleProgress(System.err));
		for (var t : result.tables()) {
			folder.writeText(analysis + "-" + t.name() + ".csv", CsvWriter.toString(new CsvTable(t.header(), t.rows())));
		}
		JsonObject analyses = record.has("analyses") ? record.getAsJsonObject("analyses") : new JsonObject();
		Engine.analysesJson(Map.of(analysis, result)).entrySet().forEach(e -> analyses.add(e.getKey(), e.getValue()));
		record.add("analyses", analyses);
		folder.writeJson(RunFolder.RUN_JSON, record);
		result.findings().forEach(f -> context.out().println("[" + analysis + "] " + f));
		result.tables().forEach(t -> context.out().println("  table: " + folder.file(analysis + "-" + t.name() + ".csv")));
		return 0;
	}
}

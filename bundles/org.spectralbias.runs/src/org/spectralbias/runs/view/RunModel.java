package org.spectralbias.runs.view;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.spectralbias.core.io.CsvReader;
import org.spectralbias.core.io.CsvTable;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.RunData;
import org.spectralbias.core.run.RunDataFiles;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.runs.RunRecord;

/**
 * Everything one run offers its views: the run.json record, the run data (trajectory with predictions, leakage),
 * and every CSV table in the folder. Either read from a finished (or interrupted) run folder, or taken from a
 * {@link LiveRun} while the engine trains: then the data holds all planned steps with the predictions, measured
 * values up to {@link #recordedSteps()} and NaN after them. Immutable; safe to share between threads.
 */
public final class RunModel {

	private final RunRecord record;
	private final Optional<RunData> data;
	private final boolean live;
	private final int recordedSteps;
	private final Map<String, CsvTable> tables;
	private final List<String> problems;

	private RunModel(RunRecord record, Optional<RunData> data, boolean live, int recordedSteps,
			Map<String, CsvTable> tables, List<String> problems) {
		this.record = record;
		this.data = data;
		this.live = live;
		this.recordedSteps = recordedSteps;
		this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Reads a run folder. A run that stopped before training has no data; a table that cannot be read is left out
	 * and named in {@link #problems()}.
	 *
	 * @param folder the run folder
	 * @return the model
	 * @throws IOException when run.json is missing or unreadable (the message names the file and the problem)
	 */
	public static RunModel load(Path folder) throws IOException {
		RunRecord record = RunRecord.read(folder);
		List<String> problems = new ArrayList<>();
		Map<String, CsvTable> tables = readTables(folder, problems);
		Optional<RunData> data = Optional.empty();
		if (record.hasData()) {
			try {
				data = Optional.of(RunDataFiles.read(RunFolder.open(folder), record.json()));
			} catch (IOException | RuntimeException e) {
				problems.add("the run data cannot be read: " + e.getMessage());
			}
		} else if (record.status() != RunStatus.RUNNING) {
			problems.add("no run data: the run stopped before training (" + record.status().label()
					+ (record.message().isEmpty() ? "" : ": " + record.message()) + ")");
		}
		int recorded = data.map(d -> d.steps().length).orElse(0);
		return new RunModel(record, data, false, recorded, tables, problems);
	}

	/**
	 * Takes a live run as it stands: its snapshot, the run.json the engine wrote at the start and the tables
	 * already in the folder (the spectra are written before training).
	 *
	 * @param run a live run that has started
	 * @return the model
	 * @throws IOException when the run has not started or its run.json cannot be read
	 */
	public static RunModel live(LiveRun run) throws IOException {
		Path folder = run.folder().orElseThrow(() -> new IOException("the live run has not started yet"));
		RunData snapshot = run.snapshot().orElseThrow(() -> new IOException("the live run has not started yet"));
		RunRecord record = RunRecord.read(folder);
		List<String> problems = new ArrayList<>();
		Map<String, CsvTable> tables = readTables(folder, problems);
		try {
			tables.put(RunFolder.TRAJECTORY_CSV, CsvReader.parse(RunDataFiles.trajectoryCsv(snapshot)));
		} catch (IOException e) {
			problems.add(RunFolder.TRAJECTORY_CSV + ": " + e.getMessage());
		}
		return new RunModel(record, Optional.of(snapshot), true, run.recordedSteps(), order(tables), problems);
	}

	/**
	 * The same live run a moment later: the run.json and tables read by {@link #live} are kept, the data and the
	 * trajectory table come from the run's new snapshot (cheap enough for several updates a second).
	 *
	 * @param base a model from {@link #live} (or an earlier refresh) of the same run
	 * @param run  the live run
	 * @return the model
	 * @throws IOException when the run has no snapshot
	 */
	public static RunModel refresh(RunModel base, LiveRun run) throws IOException {
		RunData snapshot = run.snapshot().orElseThrow(() -> new IOException("the live run has not started yet"));
		Map<String, CsvTable> tables = new LinkedHashMap<>(base.tables);
		tables.put(RunFolder.TRAJECTORY_CSV, CsvReader.parse(RunDataFiles.trajectoryCsv(snapshot)));
		return new RunModel(base.record, Optional.of(snapshot), true, run.recordedSteps(), order(tables),
				base.problems);
	}

	/**
	 * A model from parts (for tests and for views that hold data of their own).
	 *
	 * @param record        the run.json record
	 * @param data          the run data, if any
	 * @param live          whether the run is training
	 * @param recordedSteps how many of the data's steps are measured
	 * @param tables        CSV tables by file name
	 * @return the model
	 */
	public static RunModel of(RunRecord record, Optional<RunData> data, boolean live, int recordedSteps,
			Map<String, CsvTable> tables) {
		return new RunModel(record, data, live, recordedSteps, tables, List.of());
	}

	private static Map<String, CsvTable> readTables(Path folder, List<String> problems) throws IOException {
		Map<String, CsvTable> tables = new TreeMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.csv")) {
			for (Path file : files) {
				try {
					tables.put(file.getFileName().toString(), CsvReader.read(file));
				} catch (IOException | RuntimeException e) {
					problems.add(file.getFileName() + " cannot be read: " + e.getMessage());
				}
			}
		}
		return order(tables);
	}

	/** @return the tables with the trajectory first, then by name */
	private static Map<String, CsvTable> order(Map<String, CsvTable> tables) {
		Map<String, CsvTable> ordered = new LinkedHashMap<>();
		CsvTable trajectory = tables.get(RunFolder.TRAJECTORY_CSV);
		if (trajectory != null) {
			ordered.put(RunFolder.TRAJECTORY_CSV, trajectory);
		}
		new TreeMap<>(tables).forEach(ordered::putIfAbsent);
		return ordered;
	}

	/** @return the run folder */
	public Path folder() {
		return record.folder();
	}

	/** @return the folder's name, which names the run */
	public String name() {
		return record.folder().getFileName().toString();
	}

	/** @return the run.json record (for a live run: as written at the start) */
	public RunRecord record() {
		return record;
	}

	/** @return the run data, empty when the run stopped before training or its files are unreadable */
	public Optional<RunData> data() {
		return data;
	}

	/** @return whether the run is training in this process */
	public boolean live() {
		return live;
	}

	/** @return how many recorded steps hold measurements */
	public int recordedSteps() {
		return recordedSteps;
	}

	/** @return the status: RUNNING for a live run, else the stored one */
	public RunStatus status() {
		return live ? RunStatus.RUNNING : record.status();
	}

	/** @return every CSV table of the folder by file name, the trajectory first */
	public Map<String, CsvTable> tables() {
		return tables;
	}

	/** @return one table by file name */
	public Optional<CsvTable> table(String fileName) {
		return Optional.ofNullable(tables.get(fileName));
	}

	/** @return what could not be read, one message each */
	public List<String> problems() {
		return problems;
	}

	@Override
	public String toString() {
		return "RunModel[" + folder() + (live ? ", live " + recordedSteps : "") + "]";
	}
}

package org.spectralbias.runs;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.spectralbias.core.run.LiveRuns;
import org.spectralbias.core.run.RunFolder;

/**
 * The run folders under one runs folder: every folder holding a {@code run.json}, up to {@value #MAX_DEPTH} levels
 * deep (so that {@code reproduce/fig1/runs/…} is found too), except the trash and hidden folders. Deleting moves a
 * run into the trash folder {@value #TRASH} of the runs folder, so nothing is lost silently; {@link #trashed} lists
 * what is there and {@link #restore} puts a run back where it was.
 * <p>
 * Stateless apart from the root: every call reads the disk again. Thread-safe.
 */
public final class RunStore {

	/** The trash folder's name inside the runs folder. */
	public static final String TRASH = ".trash";

	/** How deep below the runs folder run folders are looked for. */
	public static final int MAX_DEPTH = 5;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path root;

	/**
	 * @param root the runs folder (need not exist yet)
	 */
	public RunStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** @return the runs folder */
	public Path root() {
		return root;
	}

	/** @return the trash folder (created on the first delete) */
	public Path trash() {
		return root.resolve(TRASH);
	}

	/**
	 * What a scan found: the runs, and the folders that have a run.json that could not be read, each with the
	 * reason.
	 *
	 * @param runs     the runs, in folder order
	 * @param problems one message per unreadable run folder, naming it and the problem
	 */
	public record Scan(List<RunSummary> runs, List<String> problems) {

		/** Copies the lists. */
		public Scan {
			runs = List.copyOf(runs);
			problems = List.copyOf(problems);
		}

		/** @return the runs grouped by experiment (groups by name, runs newest first) */
		public List<ExperimentGroup> groups() {
			Map<String, List<RunSummary>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (RunSummary r : runs) {
				byName.computeIfAbsent(r.experiment(), k -> new ArrayList<>()).add(r);
			}
			List<ExperimentGroup> groups = new ArrayList<>();
			byName.forEach((name, list) -> {
				list.sort(Comparator.comparing(RunSummary::date).reversed().thenComparing(RunSummary::name));
				groups.add(new ExperimentGroup(name, list));
			});
			return groups;
		}
	}

	/**
	 * Reads every run folder's run.json. A folder whose run.json cannot be read is reported in
	 * {@link Scan#problems()}, never dropped silently; a missing runs folder is an empty scan.
	 *
	 * @return what was found
	 * @throws IOException when the runs folder exists but cannot be listed
	 */
	public Scan scan() throws IOException {
		List<RunSummary> runs = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path folder : runFolders()) {
			try {
				runs.add(summarise(RunRecord.read(folder)));
			} catch (IOException | RuntimeException e) {
				problems.add(relative(folder) + ": " + e.getMessage());
			}
		}
		return new Scan(runs, problems);
	}

	/**
	 * @return every run folder, in path order
	 * @throws IOException when the runs folder exists but cannot be listed
	 */
	public List<Path> runFolders() throws IOException {
		List<Path> found = new ArrayList<>();
		if (Files.isDirectory(root)) {
			collect(root, 0, found);
		}
		found.sort(Comparator.naturalOrder());
		return found;
	}

	private void collect(Path dir, int depth, List<Path> found) throws IOException {
		if (Files.isRegularFile(dir.resolve(RunFolder.RUN_JSON))) {
			found.add(dir);
			return;
		}
		if (depth >= MAX_DEPTH) {
			return;
		}
		try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
			for (Path child : children) {
				if (!child.getFileName().toString().startsWith(".")) {
					collect(child, depth + 1, found);
				}
			}
		} catch (IOException e) {
			if (dir.equals(root)) {
				throw e;
			}
			// an unreadable sub-folder holds no run we could show
		}
	}

	/**
	 * A cheap fingerprint of the store: the run folders with the size and modification time of their run.json. It
	 * changes when a run appears, disappears or rewrites its run.json (start, end), so a view can poll it.
	 *
	 * @return the fingerprint
	 * @throws IOException when the runs folder exists but cannot be listed
	 */
	public String signature() throws IOException {
		StringBuilder s = new StringBuilder();
		for (Path folder : runFolders()) {
			s.append(relative(folder)).append('|');
			try {
				BasicFileAttributes a = Files.readAttributes(folder.resolve(RunFolder.RUN_JSON), BasicFileAttributes.class);
				s.append(a.size()).append('|').append(a.lastModifiedTime()); // full precision of the file system
			} catch (IOException e) {
				s.append("unreadable");
			}
			s.append('\n');
		}
		return s.toString();
	}

	/**
	 * Moves a run folder into the trash folder (as {@code .trash/<yyyyMMdd-HHmmss>/<its path below the runs
	 * folder>}), never overwriting anything.
	 *
	 * @param folder a run folder under the runs folder
	 * @return where it went
	 * @throws IOException when the folder is not a run folder of this store, is still training in this process, or
	 *                     cannot be moved (then it stays where it was)
	 */
	public Path moveToTrash(Path folder) throws IOException {
		Path run = folder.toAbsolutePath().normalize();
		if (!run.startsWith(root) || run.equals(root) || run.startsWith(trash())) {
			throw new IOException(run + " is not a run folder under " + root);
		}
		if (!Files.isRegularFile(run.resolve(RunFolder.RUN_JSON))) {
			throw new IOException(run + " is not a run folder: it has no " + RunFolder.RUN_JSON);
		}
		if (LiveRuns.find(run).isPresent()) {
			throw new IOException(relative(run) + " is still training; cancel it before deleting it");
		}
		String stamp = LocalDateTime.now().format(STAMP);
		Path target = null;
		for (int i = 0; target == null; i++) {
			Path bin = trash().resolve(i == 0 ? stamp : stamp + "-" + i);
			Path candidate = bin.resolve(root.relativize(run));
			if (!Files.exists(candidate)) {
				target = candidate;
			}
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(run, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
			Files.move(run, target);
		}
		return target;
	}

	/**
	 * A deleted run in the trash folder.
	 *
	 * @param folder     where it is now, {@code .trash/<deleted>/<originalPath>}
	 * @param originalPath its path below the runs folder before it was deleted, with '/' separators
	 * @param deleted    when it was deleted (from the trash sub-folder's name), or null when the name does not say
	 * @param experiment the experiment's name from its run.json, or "?" when that cannot be read
	 */
	public record TrashedRun(Path folder, String originalPath, LocalDateTime deleted, String experiment) {
	}

	/**
	 * @return the runs in the trash folder, most recently deleted first
	 * @throws IOException when the trash folder exists but cannot be listed
	 */
	public List<TrashedRun> trashed() throws IOException {
		List<TrashedRun> found = new ArrayList<>();
		if (!Files.isDirectory(trash())) {
			return found;
		}
		List<Path> bins = new ArrayList<>();
		try (DirectoryStream<Path> children = Files.newDirectoryStream(trash(), Files::isDirectory)) {
			children.forEach(bins::add);
		}
		for (Path bin : bins) {
			List<Path> runs = new ArrayList<>();
			collect(bin, 0, runs);
			for (Path run : runs) {
				String experiment;
				try {
					experiment = RunRecord.read(run).experimentName();
				} catch (IOException | RuntimeException e) {
					experiment = "?";
				}
				found.add(new TrashedRun(run, bin.relativize(run).toString().replace('\\', '/'),
						deletedAt(bin.getFileName().toString()), experiment));
			}
		}
		found.sort(Comparator.comparing(TrashedRun::deleted, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(TrashedRun::originalPath));
		return found;
	}

	/**
	 * Moves a deleted run back to its path below the runs folder; when a run folder has taken that path meanwhile,
	 * to {@code <name>-restored} (or {@code -restored-2}, …) beside it. Never overwrites anything. Trash sub-folders
	 * left empty are removed.
	 *
	 * @param trashedFolder a run folder in the trash folder ({@link TrashedRun#folder()})
	 * @return where the run is now
	 * @throws IOException when the folder is not a run in this store's trash, or cannot be moved (then it stays in
	 *                     the trash)
	 */
	public Path restore(Path trashedFolder) throws IOException {
		Path run = trashedFolder.toAbsolutePath().normalize();
		Path trash = trash();
		if (!run.startsWith(trash) || trash.relativize(run).getNameCount() < 2) {
			throw new IOException(run + " is not a deleted run in " + trash);
		}
		if (!Files.isRegularFile(run.resolve(RunFolder.RUN_JSON))) {
			throw new IOException(run + " is not a run folder: it has no " + RunFolder.RUN_JSON);
		}
		Path bin = trash.resolve(trash.relativize(run).getName(0));
		Path original = root.resolve(bin.relativize(run));
		Path target = original;
		for (int i = 1; Files.exists(target); i++) {
			target = original.resolveSibling(original.getFileName() + (i == 1 ? "-restored" : "-restored-" + i));
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(run, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
			Files.move(run, target);
		}
		for (Path empty = run.getParent(); empty.startsWith(bin) && isEmptyFolder(empty); empty = empty.getParent()) {
			Files.delete(empty);
		}
		return target;
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
			return !children.iterator().hasNext();
		}
	}

	/** @return the time a trash sub-folder's name ({@code yyyyMMdd-HHmmss[-i]}) gives, or null */
	private static LocalDateTime deletedAt(String bin) {
		String stamp = bin.length() >= 15 ? bin.substring(0, 15) : bin;
		try {
			return LocalDateTime.parse(stamp, STAMP);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** @return the folder's path relative to the runs folder, with '/' separators */
	public String relative(Path folder) {
		Path abs = folder.toAbsolutePath().normalize();
		String rel = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
		return rel.replace('\\', '/');
	}

	private RunSummary summarise(RunRecord r) throws IOException {
		Instant date = r.started().orElse(
				Files.getLastModifiedTime(r.folder().resolve(RunFolder.RUN_JSON)).toInstant());
		String distribution = RunRecord.string(RunRecord.object(r.experiment(), "distribution"), "id", "");
		int width = (int) RunRecord.number(r.experiment().get("width"));
		int n = (int) RunRecord.number(RunRecord.object(r.experiment(), "samples").get("train"));
		boolean passed = r.analyses().values().stream().allMatch(AnalysisRecord::passed);
		return new RunSummary(r.folder(), relative(r.folder()), r.experimentName(), r.status(), date, r.message(),
				distribution, width, n, r.rates(), passed);
	}
}

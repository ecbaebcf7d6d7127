package org.spectralbias.runs.export;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

import org.spectralbias.runs.view.Page;

/**
 * Exports a run: a copy of its folder (never overwriting: a taken name gets a suffix) with a {@code figures}
 * folder holding every figure of the given pages as SVG and PNG. The original run is not touched.
 */
public final class RunExport {

	/** The sub-folder of an exported run that holds the figures. */
	public static final String FIGURES = "figures";

	private RunExport() {
	}

	/**
	 * @param runFolder the run folder
	 * @param pages     the pages whose figures to write (e.g. every tab of the run editor)
	 * @param target    an existing folder to export into
	 * @return the exported copy
	 * @throws IOException when copying or writing fails (a partial copy is left for inspection and named in the
	 *                     message)
	 */
	public static Path export(Path runFolder, List<Page> pages, Path target) throws IOException {
		if (!Files.isDirectory(target)) {
			throw new IOException(target + " is not a folder");
		}
		String name = runFolder.getFileName().toString();
		Path copy = target.resolve(name);
		for (int i = 1; Files.exists(copy); i++) {
			copy = target.resolve(name + "-" + i);
		}
		Path destination = copy;
		try {
			Files.walkFileTree(runFolder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
					Files.createDirectories(destination.resolve(runFolder.relativize(dir).toString()));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.copy(file, destination.resolve(runFolder.relativize(file).toString()));
					return FileVisitResult.CONTINUE;
				}
			});
			Path figures = Files.createDirectories(destination.resolve(FIGURES));
			for (Page page : pages) {
				String prefix = page.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-";
				FigureExport.writeAll(page, figures, prefix);
			}
		} catch (IOException e) {
			throw new IOException("exporting " + runFolder + " to " + destination + " failed: " + e.getMessage(), e);
		}
		return destination;
	}
}

package org.spectralbias.runs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.core.run.RunStatus;

/**
 * Two real runs made once per test run: the small paper experiment on uniform inputs (nested two folders deep, as
 * {@code reproduce} nests its runs) and the same on anisotropic-Gaussian inputs. Tests that change a runs folder
 * work on a {@link #copy()}.
 */
final class Fixture {

	static final String UNIFORM = "tiny-uniform";
	static final String ANISOTROPIC = "tiny-anisotropic";

	private static Fixture instance;

	final Path root;
	final Path uniform;
	final Path anisotropic;

	private Fixture() throws Exception {
		root = Files.createTempDirectory("sb-runs-fixture");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				TinyRuns.delete(root);
			} catch (IOException e) {
				// a temp folder left behind
			}
		}));
		uniform = completed(TinyRuns.run(TinyRuns.spec(UNIFORM, "{ \"id\": \"uniform-sphere\" }"),
				root.resolve("reproduce/tiny/runs"), RunListener.NONE));
		anisotropic = completed(TinyRuns.run(
				TinyRuns.spec(ANISOTROPIC, "{ \"id\": \"anisotropic-gaussian\", \"parameters\": { \"ratio\": 20 } }"),
				root, RunListener.NONE));
	}

	private static Path completed(RunOutcome outcome) {
		if (outcome.status() != RunStatus.COMPLETED) {
			throw new IllegalStateException("fixture run " + outcome.folder() + " ended " + outcome.status() + ": "
					+ outcome.message());
		}
		return outcome.folder().path();
	}

	static synchronized Fixture get() throws Exception {
		if (instance == null) {
			instance = new Fixture();
		}
		return instance;
	}

	/** @return a copy of the fixture's runs folder, to change */
	Path copy() throws IOException {
		Path target = Files.createTempDirectory("sb-runs-copy");
		copy(root, target);
		return target;
	}

	static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
				return FileVisitResult.CONTINUE;
			}
		});
	}
}

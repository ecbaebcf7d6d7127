package org.spectralbias.ui.runs.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.engine.Engine;
import org.spectralbias.core.engine.ExperimentResolver;
import org.spectralbias.core.engine.RunOutcome;
import org.spectralbias.core.engine.RunSetup;
import org.spectralbias.core.experiment.ExperimentJson;
import org.spectralbias.core.run.RunListener;
import org.spectralbias.math.Progress;
import org.spectralbias.ui.runs.RunEditors;

/** Real runs of the engine for the UI tests, and helpers to drive the workbench. */
final class UiFixture {

	private UiFixture() {
	}

	/** The small paper experiment on S^4 (n = 120, m = 256) with the given steps and distribution. */
	static String spec(String name, String distribution, int steps) {
		return """
				{ "schema": "spectralbias.experiment/1", "name": "%s", "ambientDim": 5, "seed": 7, "threads": 1,
				  "samples": { "train": 120, "test": 80 },
				  "distribution": %s,
				  "target": { "id": "gegenbauer-sum", "parameters": { "degrees": [1, 2, 4], "coefficients": [1, 1, 1] } },
				  "architecture": { "id": "two-layer", "parameters": { "initialisation": "symmetric" } },
				  "activation": { "id": "relu" },
				  "width": 256,
				  "optimizer": { "type": "gd", "effectiveLearningRate": 1.0, "steps": %d,
				                 "record": { "schedule": "log", "points": 40 } },
				  "analyses": [ { "id": "convergence-by-degree" }, { "id": "misspecification" } ] }
				""".formatted(name, distribution, steps);
	}

	/** Runs an experiment with the built-in contributions into a runs folder. */
	static RunOutcome run(String json, Path runs, RunListener listener) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(UiFixture.class).getBundleContext();
		Catalogues catalogues = new Catalogues(context);
		try {
			for (int i = 0; i < 200 && (catalogues.architectures().find("two-layer").isEmpty()
					|| catalogues.targets().find("gegenbauer-sum").isEmpty()
					|| catalogues.distributions().find("anisotropic-gaussian").isEmpty()
					|| catalogues.analyses().find("misspecification").isEmpty()); i++) {
				Thread.sleep(50); // SCR activates the built-ins asynchronously
			}
			Engine engine = new Engine();
			try (RunSetup setup = engine.prepare(new ExperimentResolver(catalogues).resolve(
					ExperimentJson.read(json, "test"), "test"), Progress.NONE)) {
				return engine.run(setup, runs, Progress.NONE, listener);
			}
		} finally {
			catalogues.close();
		}
	}

	/** Processes UI events until the condition holds. */
	static void waitUntil(BooleanSupplier condition, long timeoutMs, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Processes UI events for a while. */
	static void spin(long ms) {
		long end = System.currentTimeMillis() + ms;
		waitUntil(() -> System.currentTimeMillis() >= end, ms + 5000, "time to pass");
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Executes the open-run command as another plug-in would. */
	static void openRun(Path folder) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Command command = commands.getCommand(RunEditors.OPEN_RUN_COMMAND);
		handlers.executeCommand(ParameterizedCommand.generateCommand(command,
				Map.of(RunEditors.RUN_FOLDER_PARAMETER, folder.toString())), null);
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

	static void delete(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}

package org.spectralbias.ui.experiments.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Category;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.IParameter;
import org.eclipse.core.commands.IParameterValues;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spectralbias.core.run.LiveRuns;
import org.spectralbias.core.run.RunFolder;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.ui.WorkbenchSettings;
import org.spectralbias.ui.experiments.ExperimentsUi;
import org.spectralbias.ui.experiments.run.ExperimentJob;
import org.spectralbias.ui.experiments.run.OpenRunCommand;
import org.spectralbias.ui.experiments.run.RunLauncher;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Runs as Eclipse jobs, started with the editor's Run button: a quick experiment to completion (its run editor asked
 * for through the openRun command), a long one cancelled, one refused by the stability check with a dialog naming
 * the bound and an entry in the error log.
 */
@ExtendWith(WorkbenchExtension.class)
class ExperimentRunUiTest {

	private static Path runs;
	private static String previousRunsFolder;
	private static String previousThreads;
	private static final List<String> OPENED = Collections.synchronizedList(new ArrayList<>());
	private static IHandlerActivation handler;
	private static final List<IStatus> LOGGED = Collections.synchronizedList(new ArrayList<>());
	private static final ILogListener LOG = (status, plugin) -> LOGGED.add(status);

	/**
	 * The runs bundle is not part of this test runtime: the test defines its openRun command (same id and parameter)
	 * with a handler that records the folder it is asked to open.
	 */
	@BeforeAll
	static void setUp() throws IOException {
		runs = Files.createTempDirectory("sb-ui-runs");
		previousRunsFolder = WorkbenchSettings.preferences().get(WorkbenchSettings.RUNS_FOLDER, null);
		previousThreads = WorkbenchSettings.preferences().get(WorkbenchSettings.THREADS, null);
		WorkbenchSettings.preferences().put(WorkbenchSettings.RUNS_FOLDER, runs.toString());
		WorkbenchSettings.preferences().putInt(WorkbenchSettings.THREADS, 1);
		defineOpenRun();
		Platform.addLogListener(LOG);
	}

	@AfterAll
	static void tearDown() {
		Platform.removeLogListener(LOG);
		PlatformUI.getWorkbench().getService(IHandlerService.class).deactivateHandler(handler);
		restore(WorkbenchSettings.RUNS_FOLDER, previousRunsFolder);
		restore(WorkbenchSettings.THREADS, previousThreads);
	}

	@AfterEach
	void closeEditors() {
		Job.getJobManager().cancel(ExperimentJob.FAMILY);
		Ui.waitUntil("no experiment job left", 30_000,
				() -> Job.getJobManager().find(ExperimentJob.FAMILY).length == 0);
		Ui.page().closeAllEditors(false);
		Ui.spin();
	}

	@Test
	void aQuickExperimentRunsToCompletionAsAJob() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig1-quick", "ui-run-quick");
		ExperimentJob job = run(editor);
		assertEquals("Run ui-run-quick (n = 200, m = 512, 2000 steps, 1 thread)", job.getName(),
				"the preference's thread count, since the file says 0");
		long millis = Ui.waitUntil("the quick run to finish", 300_000, () -> job.getState() == Job.NONE);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		Path folder = job.outcome().orElseThrow().folder().path();
		assertEquals(runs, folder.getParent());
		JsonObject record = runJson(folder);
		assertEquals("completed", record.get("status").getAsString());
		assertEquals("completed 2000 steps", record.get("message").getAsString());
		assertEquals(1, record.getAsJsonObject("provenance").get("threads").getAsInt());
		assertTrue(Files.exists(folder.resolve(RunFolder.TRAJECTORY_CSV)));
		assertTrue(Files.exists(folder.resolve("convergence-train.svg")), "the command line's figures");
		// the live run followed every recorded step (60 log-spaced records of the quick variant) and ended
		assertEquals(RunStatus.COMPLETED, job.live().status());
		assertEquals(60, job.live().recordedSteps());
		assertTrue(LiveRuns.find(folder).isEmpty(), "a finished run is no longer live");
		// the live contract: the runs side was asked to open the folder while the run trained
		Ui.waitUntil("the openRun command", 5000, () -> OPENED.contains(folder.toAbsolutePath().toString()));
		System.out.println("quick run through the UI: " + millis + " ms");
	}

	@Test
	void cancellingAJobStopsTheRunAndMarksItCancelled() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig1-quick", "ui-run-cancel");
		// a long run: the quick variant with 2 million steps (about a thousand times its training)
		((Text) ExperimentEditorUiTest.control(editor, "$.optimizer.steps")).setText("2000000");
		ExperimentJob job = run(editor);
		Ui.waitUntil("training to record a few steps", 300_000, () -> job.live().recordedSteps() >= 3);
		Path folder = job.live().folder().orElseThrow();
		assertEquals("running", runJson(folder).get("status").getAsString());
		assertTrue(LiveRuns.find(folder).isPresent());

		long start = System.nanoTime();
		job.cancel(); // what the Progress view's stop button does
		Ui.waitUntil("the job to stop", 10_000, () -> job.getState() == Job.NONE);
		long millis = (System.nanoTime() - start) / 1_000_000L;
		System.out.println("cancel to job end: " + millis + " ms");
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		JsonObject record = runJson(folder);
		assertEquals("cancelled", record.get("status").getAsString());
		assertTrue(record.get("message").getAsString().startsWith("cancelled after step "),
				record.get("message").getAsString());
		assertEquals(RunStatus.CANCELLED, job.live().status());
		assertTrue(millis < 5000, "stopped within seconds, took " + millis + " ms");
	}

	@Test
	void aLearningRateAboveTheStabilityBoundFailsWithADialogNamingTheBound() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig1-quick", "ui-run-unstable");
		((Text) ExperimentEditorUiTest.control(editor, "$.optimizer.effectiveLearningRate")).setText("100");
		LOGGED.clear();
		AtomicReference<String> dialog = new AtomicReference<>();
		Ui.whenShellOpens(RunLauncher.FAILURE_TITLE, shell -> {
			dialog.set(Ui.labels(shell));
			shell.close();
		});
		ExperimentJob job = run(editor);
		Ui.waitUntil("the failure dialog", 120_000, () -> dialog.get() != null);
		Ui.waitUntil("the job to end", 10_000, () -> job.getState() == Job.NONE);
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertTrue(dialog.get().contains("ui-run-unstable cannot run: learning rate above the stability bound."),
				dialog.get());
		assertTrue(dialog.get().contains("$.optimizer: effective learning rate η·m = 100.000 exceeds the stability "
				+ "bound 2/λ_max(K/n) = "), dialog.get());
		// the job's error result goes to the Error Log through the workbench's status handling, once
		Ui.waitUntil("the error log entry", 10_000, () -> LOGGED.stream().anyMatch(
				s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains("stability bound")));
		Ui.spin();
		assertEquals(1, LOGGED.stream().filter(s -> s.getMessage().contains("stability bound")).count(),
				LOGGED.toString());
		try (var stream = Files.list(runs)) {
			assertFalse(stream.anyMatch(p -> p.getFileName().toString().startsWith("ui-run-unstable")),
					"a run refused before training leaves no folder");
		}
	}

	@Test
	void withoutTheRunsBundleTheOpenRunCommandIsMissingAndARunOnlyWarns() throws Exception {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand(ExperimentsUi.OPEN_RUN_COMMAND_ID);
		command.undefine();
		try {
			LOGGED.clear();
			assertFalse(OpenRunCommand.open(runs.resolve("some-run")));
			assertTrue(LOGGED.stream().anyMatch(s -> s.getSeverity() == IStatus.WARNING
					&& s.getMessage().contains("is not defined")), LOGGED.toString());
		} finally {
			defineOpenRun();
		}
		assertTrue(OpenRunCommand.open(runs.resolve("some-run")));
		assertTrue(OPENED.contains(runs.resolve("some-run").toAbsolutePath().toString()));
	}

	@Test
	void anInvalidExperimentIsNotRun() throws Exception {
		ExperimentEditor editor = Workbench.createFromTemplate("fig1-quick", "ui-run-invalid");
		((Text) ExperimentEditorUiTest.control(editor, "$.width")).setText("1");
		AtomicReference<String> dialog = new AtomicReference<>();
		Ui.whenShellOpens(RunLauncher.FAILURE_TITLE, shell -> {
			dialog.set(Ui.labels(shell));
			shell.close();
		});
		Optional<ExperimentJob> job = editor.run();
		assertTrue(job.isEmpty());
		assertTrue(dialog.get().contains("$.width: must be an integer in [2, 1000000], got 1"), dialog.get());
	}

	/** Presses the editor's Run button and returns the job it scheduled. */
	private static ExperimentJob run(ExperimentEditor editor) {
		List<Job> before = Arrays.asList(Job.getJobManager().find(ExperimentJob.FAMILY));
		assertTrue(editor.formPage().runButton().isEnabled(), editor.formPage().stateText());
		Ui.click(editor.formPage().runButton());
		Job[] jobs = Job.getJobManager().find(ExperimentJob.FAMILY);
		for (Job j : jobs) {
			if (!before.contains(j)) {
				return (ExperimentJob) j;
			}
		}
		throw new AssertionError("the Run button scheduled no job");
	}

	private static JsonObject runJson(Path folder) throws IOException {
		return JsonParser.parseString(Files.readString(folder.resolve(RunFolder.RUN_JSON))).getAsJsonObject();
	}

	private static void defineOpenRun() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(ExperimentsUi.OPEN_RUN_COMMAND_ID);
		if (!command.isDefined()) {
			Category category = commands.getCategory("org.spectralbias.ui.experiments.tests");
			if (!category.isDefined()) {
				category.define("Tests", "");
			}
			command.define("Open Run (test stand-in)", "", category, new IParameter[] { new IParameter() {
				@Override
				public String getId() {
					return ExperimentsUi.OPEN_RUN_FOLDER_PARAMETER;
				}

				@Override
				public String getName() {
					return "Run folder";
				}

				@Override
				public IParameterValues getValues() {
					return java.util.Map::of;
				}

				@Override
				public boolean isOptional() {
					return false;
				}
			} });
		}
		if (handler == null) {
			handler = PlatformUI.getWorkbench().getService(IHandlerService.class)
					.activateHandler(ExperimentsUi.OPEN_RUN_COMMAND_ID, new AbstractHandler() {
						@Override
						public Object execute(ExecutionEvent event) {
							OPENED.add(event.getParameter(ExperimentsUi.OPEN_RUN_FOLDER_PARAMETER));
							return null;
						}
					});
		}
	}

	private static void restore(String key, String value) {
		if (value == null) {
			WorkbenchSettings.preferences().remove(key);
		} else {
			WorkbenchSettings.preferences().put(key, value);
		}
	}
}

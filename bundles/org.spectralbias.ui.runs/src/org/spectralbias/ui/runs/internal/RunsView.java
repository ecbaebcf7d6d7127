package org.spectralbias.ui.runs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.part.ViewPart;
import org.spectralbias.core.run.LiveRuns;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.runs.ExperimentGroup;
import org.spectralbias.runs.RunStore;
import org.spectralbias.runs.RunSummary;
import org.spectralbias.runs.export.RunExport;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.RunPageFactory;
import org.spectralbias.ui.WorkbenchSettings;
import org.spectralbias.ui.runs.IRunEditorTab;
import org.spectralbias.ui.runs.RunEditorInput;
import org.spectralbias.ui.runs.RunEditors;

/**
 * The Runs view: the workspace's runs folder ({@link WorkbenchSettings#runsFolder()}) as a tree of experiments and
 * their runs with status, date, the fitted per-degree rates beside the sphere-spectrum prediction, inputs, n and
 * m. Open (double click), Compare, Export and Delete (to the trash folder, after confirmation) act on the
 * selection. The view polls the folder every {@value #POLL_MS} ms off the UI thread with a cheap fingerprint and
 * refreshes when runs appear, end or disappear.
 */
public final class RunsView extends ViewPart {

	/** The view id. */
	public static final String ID = RunEditors.RUNS_VIEW;

	/** How often the runs folder is checked for changes. */
	static final int POLL_MS = 2000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private TreeViewer viewer;
	private Label header;
	private volatile RunStore store;
	private volatile String signature = "";
	private RunStore.Scan scan = new RunStore.Scan(List.of(), List.of());
	private final Set<String> knownGroups = new LinkedHashSet<>();
	private final Job poll = new Job("Checking the runs folder") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			RunStore s = store;
			try {
				String now = s.signature();
				if (!now.equals(signature)) {
					RunStore.Scan fresh = s.scan();
					signature = now;
					Display display = viewer == null ? null : viewer.getControl().getDisplay();
					if (display != null && !display.isDisposed()) {
						display.asyncExec(() -> show(s, fresh));
					}
				}
			} catch (IOException e) {
				return new Status(IStatus.WARNING, TabDescriptor.PLUGIN_ID, "cannot read the runs folder "
						+ s.root() + ": " + e.getMessage(), e);
			}
			return Status.OK_STATUS;
		}
	};
	private final IPreferenceChangeListener preferences = e -> {
		if (WorkbenchSettings.RUNS_FOLDER.equals(e.getKey())) {
			Display.getDefault().asyncExec(this::rootChanged);
		}
	};
	private Action open;
	private Action compare;
	private Action export;
	private Action delete;
	private Action restore;
	private Action refresh;

	@Override
	public void createPartControl(Composite parent) {
		poll.setSystem(true);
		store = new RunStore(WorkbenchSettings.runsFolder());
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		area.setLayout(layout);
		header = new Label(area, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TreeViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new Content());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		column("Run", 230, e -> e instanceof ExperimentGroup g ? g.experiment() + " (" + g.runs().size() + ")"
				: ((RunSummary) e).folder().getFileName().toString());
		column("Status", 90, e -> e instanceof RunSummary r ? status(r) : "");
		column("Date", 120, e -> e instanceof ExperimentGroup g ? DATE.format(g.runs().get(0).date())
				: DATE.format(((RunSummary) e).date()));
		column("Rates per step: measured (μ prediction)", 360, e -> e instanceof RunSummary r ? r.keyNumbers() : "");
		column("Inputs", 130, e -> e instanceof RunSummary r ? r.distribution() : "");
		column("n", 55, e -> e instanceof RunSummary r && r.trainSize() > 0 ? Integer.toString(r.trainSize()) : "");
		column("m", 55, e -> e instanceof RunSummary r && r.width() > 0 ? Integer.toString(r.width()) : "");
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof ExperimentGroup g) {
				viewer.setExpandedState(g, !viewer.getExpandedState(g));
			} else {
				openSelected();
			}
		});
		viewer.addSelectionChangedListener(e -> updateActions());
		viewer.getTree().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && delete.isEnabled()) {
				deleteSelected();
			} else if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && open.isEnabled()) {
				openSelected();
			}
		});
		makeActions();
		getSite().setSelectionProvider(viewer);
		WorkbenchSettings.preferences().addPreferenceChangeListener(preferences);
		refreshNow();
		schedulePoll();
	}

	private void column(String title, int width, Function<Object, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setMoveable(true);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getForeground(Object element) {
				if (element instanceof RunSummary r && "Status".equals(title)) {
					return switch (r.status()) {
					case FAILED, DIVERGED -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
					case CANCELLED -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW);
					case RUNNING -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_BLUE);
					case COMPLETED -> null;
					};
				}
				return null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof RunSummary r ? r.folder() + (r.message().isEmpty() ? "" : "\n" + r.message())
						: null;
			}
		});
	}

	private static String status(RunSummary r) {
		String s = r.status().label();
		if (r.status() == RunStatus.RUNNING && LiveRuns.find(r.folder()).isPresent()) {
			return s + " (live)";
		}
		return r.status() == RunStatus.COMPLETED && !r.passed() ? s + " (check failed)" : s;
	}

	/** The tree's content: the scan's groups, then their runs. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((RunStore.Scan) input).groups().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ExperimentGroup g ? g.runs().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ExperimentGroup g && !g.runs().isEmpty();
		}
	}

	private void makeActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		open = action("&Open", "Open the selected runs", this::openSelected);
		compare = action("&Compare", "Compare the selected runs (or the runs of the selected experiments) on shared "
				+ "axes", this::compareSelected);
		compare.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromFile(RunsView.class,
				"/icons/compare16.png"));
		export = action("&Export…", "Copy the selected runs with their figures (SVG, PNG) into a folder",
				this::exportSelected);
		delete = action("&Delete…", "Move the selected runs to the trash folder of the runs folder (Del)",
				this::deleteSelected);
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		restore = action("Restore De&leted Runs…", "Move runs from the trash folder back to where they were",
				this::restoreDeleted);
		restore.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		refresh = action("&Refresh", "Read the runs folder again", this::refreshNow);
		refresh.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(compare);
		toolbar.add(delete);
		toolbar.add(refresh);
		getViewSite().getActionBars().getMenuManager().add(restore);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		updateActions();
	}

	private void fillMenu(IMenuManager menu) {
		menu.add(open);
		menu.add(compare);
		menu.add(export);
		menu.add(new Separator());
		menu.add(delete);
		menu.add(restore);
		menu.add(new Separator());
		menu.add(refresh);
		menu.add(new Separator("additions"));
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tooltip);
		return a;
	}

	private void updateActions() {
		int runs = selectedRuns().size();
		open.setEnabled(runs > 0);
		compare.setEnabled(runs > 0);
		export.setEnabled(runs > 0);
		delete.setEnabled(runs > 0);
	}

	/** @return the selected runs, with the runs of selected experiments, without repeats, in tree order */
	List<RunSummary> selectedRuns() {
		Set<RunSummary> runs = new LinkedHashSet<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			if (o instanceof ExperimentGroup g) {
				runs.addAll(g.runs());
			} else if (o instanceof RunSummary r) {
				runs.add(r);
			}
		}
		return new ArrayList<>(runs);
	}

	/** Reads the runs folder now, on the UI thread. */
	public void refreshNow() {
		RunStore s = store;
		try {
			String now = s.signature();
			RunStore.Scan fresh = s.scan();
			signature = now;
			show(s, fresh);
		} catch (IOException e) {
			TabDescriptor.log(IStatus.WARNING, "cannot read the runs folder " + s.root() + ": " + e.getMessage(), e);
			header.setText("Cannot read " + s.root() + ": " + e.getMessage());
		}
	}

	private void show(RunStore from, RunStore.Scan fresh) {
		if (viewer == null || viewer.getControl().isDisposed() || from != store) {
			return;
		}
		Set<String> expanded = new LinkedHashSet<>();
		for (Object o : viewer.getExpandedElements()) {
			expanded.add(((ExperimentGroup) o).experiment());
		}
		Set<Path> selected = new LinkedHashSet<>();
		selectedRuns().forEach(r -> selected.add(r.folder()));
		scan = fresh;
		viewer.setInput(fresh);
		List<Object> reselect = new ArrayList<>();
		for (ExperimentGroup g : fresh.groups()) {
			if (expanded.contains(g.experiment()) || knownGroups.add(g.experiment())) {
				viewer.setExpandedState(g, true); // new experiments open expanded; collapsed ones stay collapsed
			}
			g.runs().stream().filter(r -> selected.contains(r.folder())).forEach(reselect::add);
		}
		viewer.setSelection(new StructuredSelection(reselect));
		header.setText(from.root() + " — " + fresh.runs().size() + " run" + (fresh.runs().size() == 1 ? "" : "s")
				+ (fresh.problems().isEmpty() ? "" : ", " + fresh.problems().size() + " unreadable (see Error Log)"));
		header.setToolTipText(fresh.problems().isEmpty() ? from.root().toString()
				: String.join("\n", fresh.problems()));
		for (String problem : fresh.problems()) {
			TabDescriptor.log(IStatus.WARNING, "runs folder: " + problem, null);
		}
		updateActions();
	}

	private void schedulePoll() {
		Display display = viewer.getControl().getDisplay();
		display.timerExec(POLL_MS, () -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			if (poll.getState() == Job.NONE) {
				poll.schedule();
			}
			schedulePoll();
		});
	}

	private void rootChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		store = new RunStore(WorkbenchSettings.runsFolder());
		signature = "";
		knownGroups.clear();
		refreshNow();
	}

	/** @return the store the view shows */
	public RunStore store() {
		return store;
	}

	/** @return the last scan shown */
	public RunStore.Scan scan() {
		return scan;
	}

	/** @return the tree viewer */
	public TreeViewer viewer() {
		return viewer;
	}

	private void openSelected() {
		IWorkbenchPage page = getSite().getPage();
		for (RunSummary r : selectedRuns()) {
			try {
				RunEditors.open(page, r.folder());
			} catch (PartInitException e) {
				MessageDialog.openError(getSite().getShell(), "Open run", "Cannot open " + r.folder() + ":\n"
						+ e.getMessage());
			}
		}
	}

	private void compareSelected() {
		List<Path> folders = selectedRuns().stream().map(RunSummary::folder).toList();
		if (folders.isEmpty()) {
			return;
		}
		try {
			getSite().getPage().openEditor(new CompareEditorInput(folders), CompareEditor.ID, true);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Compare runs", e.getMessage());
		}
	}

	private void deleteSelected() {
		List<RunSummary> runs = selectedRuns();
		if (runs.isEmpty()) {
			return;
		}
		StringBuilder list = new StringBuilder();
		runs.stream().limit(12).forEach(r -> list.append("  ").append(r.name()).append('\n'));
		if (runs.size() > 12) {
			list.append("  … and ").append(runs.size() - 12).append(" more\n");
		}
		boolean ok = MessageDialog.openConfirm(getSite().getShell(), "Delete runs",
				"Move " + runs.size() + " run" + (runs.size() == 1 ? "" : "s") + " to the trash folder?\n\n" + list
						+ "\nThe trash folder is " + store.trash()
						+ ". Nothing is erased: Restore Deleted Runs… (this view's menu) brings a run back.");
		if (ok) {
			List<String> problems = delete(runs.stream().map(RunSummary::folder).toList());
			if (!problems.isEmpty()) {
				MessageDialog.openError(getSite().getShell(), "Delete runs", String.join("\n", problems));
			}
		}
	}

	/**
	 * Closes the editors of these runs and moves them to the trash folder, without asking.
	 *
	 * @param folders run folders
	 * @return one message per run that could not be moved (it is left where it was)
	 */
	List<String> delete(List<Path> folders) {
		IWorkbenchPage page = getSite().getPage();
		return eachRun(folders, "delete", folder -> {
			if (LiveRuns.find(folder).isPresent()) {
				throw new IOException(folder.getFileName() + " is still training; cancel it before deleting it");
			}
			IEditorPart editor = page.findEditor(new RunEditorInput(folder));
			if (editor != null) {
				page.closeEditor(editor, false);
			}
			store.moveToTrash(folder);
		});
	}

	/** A store operation on one run folder. */
	@FunctionalInterface
	private interface RunAction {
		void apply(Path folder) throws IOException;
	}

	/**
	 * Applies the action to each folder, then reads the runs folder again.
	 *
	 * @return one message per folder the action failed on (logged as warnings too)
	 */
	private List<String> eachRun(List<Path> folders, String what, RunAction action) {
		List<String> problems = new ArrayList<>();
		for (Path folder : folders) {
			try {
				action.apply(folder);
			} catch (IOException e) {
				problems.add(e.getMessage());
				TabDescriptor.log(IStatus.WARNING, what + ": " + e.getMessage(), e);
			}
		}
		refreshNow();
		return problems;
	}

	private void restoreDeleted() {
		List<RunStore.TrashedRun> trashed;
		try {
			trashed = store.trashed();
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Restore deleted runs", "Cannot read the trash folder "
					+ store.trash() + ": " + e.getMessage());
			return;
		}
		if (trashed.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), "Restore deleted runs",
					"The trash folder " + store.trash() + " holds no runs.");
			return;
		}
		DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		ListSelectionDialog dialog = ListSelectionDialog.of(trashed).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(LabelProvider.createTextProvider(o -> {
					RunStore.TrashedRun t = (RunStore.TrashedRun) o;
					return t.originalPath() + " — " + t.experiment() + ", deleted "
							+ (t.deleted() == null ? "(time unknown)" : t.deleted().format(when));
				})).title("Restore deleted runs")
				.message("Runs in " + store.trash() + ", most recently deleted first. The checked runs go back where "
						+ "they were (beside it, as …-restored, if that place is taken).")
				.preselect(trashed.get(0)).okButtonText("Restore").create(getSite().getShell());
		if (dialog.open() != Window.OK) {
			return;
		}
		List<Path> chosen = new ArrayList<>();
		for (Object o : dialog.getResult()) {
			chosen.add(((RunStore.TrashedRun) o).folder());
		}
		List<String> problems = restore(chosen);
		if (!problems.isEmpty()) {
			MessageDialog.openError(getSite().getShell(), "Restore deleted runs", String.join("\n", problems));
		}
	}

	/**
	 * Moves these runs from the trash folder back to the runs folder, without asking, and shows them.
	 *
	 * @param trashedFolders run folders in the trash folder ({@link RunStore.TrashedRun#folder()})
	 * @return one message per run that could not be moved (it stays in the trash)
	 */
	List<String> restore(List<Path> trashedFolders) {
		return eachRun(trashedFolders, "restore", store::restore);
	}

	private void exportSelected() {
		List<Path> folders = selectedRuns().stream().map(RunSummary::folder).toList();
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setText("Export runs");
		dialog.setMessage("Choose a folder: each run is copied into it with its figures as SVG and PNG");
		String target = dialog.open();
		if (target == null) {
			return;
		}
		List<RunPageFactory> factories = pageFactories();
		Job job = new Job("Exporting " + folders.size() + " run" + (folders.size() == 1 ? "" : "s")) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), folders.size());
				List<String> problems = new ArrayList<>();
				for (Path folder : folders) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					monitor.subTask(folder.getFileName().toString());
					try {
						export(folder, factories, Path.of(target));
					} catch (IOException | RuntimeException e) {
						problems.add(folder.getFileName() + ": " + e.getMessage());
					}
					monitor.worked(1);
				}
				return problems.isEmpty() ? Status.OK_STATUS
						: Status.error("some runs were not exported:\n" + String.join("\n", problems));
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/** Exports one run with the figures of every headless tab. */
	static Path export(Path folder, List<RunPageFactory> factories, Path target) throws IOException {
		RunModel model = RunModel.load(folder);
		List<Page> pages = new ArrayList<>();
		for (RunPageFactory f : factories) {
			pages.add(f.create(model));
		}
		return RunExport.export(folder, pages, target);
	}

	/** @return the page factories of the headless run editor tabs */
	static List<RunPageFactory> pageFactories() {
		List<RunPageFactory> factories = new ArrayList<>();
		for (TabDescriptor d : TabDescriptor.read()) {
			try {
				IRunEditorTab tab = d.create();
				if (tab instanceof PageTab p) {
					factories.add(p.factory());
				}
			} catch (org.eclipse.core.runtime.CoreException | RuntimeException e) {
				TabDescriptor.log(IStatus.ERROR, "run editor tab '" + d.id() + "' cannot be created: " + e, e);
			}
		}
		return factories;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		WorkbenchSettings.preferences().removePreferenceChangeListener(preferences);
		poll.cancel();
		super.dispose();
	}

	@Override
	public String toString() {
		return "RunsView[" + Objects.toString(store == null ? null : store.root()) + "]";
	}
}

package org.spectralbias.ui.runs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.LiveRuns;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.ui.runs.IRunEditorTab;
import org.spectralbias.ui.runs.RunEditorInput;
import org.spectralbias.ui.runs.RunEditors;

/**
 * The run editor: one tab per contribution to {@value RunEditors#TABS_EXTENSION_POINT} that applies to the run,
 * each showing the run's {@link RunModel}. A run that is training in this workbench ({@link LiveRuns}) is followed
 * live — the tabs get a new model at most five times a second, the Convergence tab is brought to front — and is
 * read again from disk when it ends. Read-only: nothing to save.
 */
public final class RunEditor extends MultiPageEditorPart {

	/** The editor id. */
	public static final String ID = RunEditors.RUN_EDITOR;

	/** A tab as opened. */
	record OpenTab(TabDescriptor descriptor, IRunEditorTab tab, Control control, boolean[] stale) {
	}

	private Path folder;
	private final List<OpenTab> tabs = new ArrayList<>();
	private RunModel model;
	private LiveBinding live;
	private LiveRun liveRun;
	private volatile int liveUpdates;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RunEditorInput runInput)) {
			throw new PartInitException("the run editor opens run folders, not " + input.getName());
		}
		super.init(site, input);
		folder = runInput.folder();
		setPartName(runInput.getName());
		setTitleToolTip(folder.toString());
	}

	@Override
	protected void createPages() {
		Optional<LiveRun> running = LiveRuns.find(folder).filter(r -> r.status() == RunStatus.RUNNING);
		try {
			if (running.isPresent()) {
				liveRun = running.get();
				model = RunModel.live(liveRun);
			} else {
				model = RunModel.load(folder);
			}
		} catch (IOException | RuntimeException e) {
			TabDescriptor.log(IStatus.ERROR, "cannot open run " + folder + ": " + e.getMessage(), e);
			setPageText(addPage(message(getContainer(), "This run cannot be shown.\n\n" + e.getMessage())), "Error");
			return;
		}
		for (TabDescriptor d : TabDescriptor.read()) {
			if (d.appliesTo(model)) {
				open(d);
			}
		}
		if (liveRun != null) {
			live = new LiveBinding(getSite().getShell().getDisplay(), liveRun, this::liveUpdate, this::reload);
			activate("convergence");
		}
	}

	private void open(TabDescriptor d) {
		IRunEditorTab tab = null;
		Control control;
		List<Control> before = List.of(getContainer().getChildren());
		try {
			tab = d.create();
			control = tab.createControl(getContainer());
			tab.setInput(model);
		} catch (CoreException | RuntimeException | LinkageError e) {
			String problem = "The tab '" + d.name() + "' contributed by " + d.contributor() + " failed: " + e;
			TabDescriptor.log(IStatus.ERROR, problem, e);
			for (Control c : getContainer().getChildren()) {
				if (!before.contains(c)) {
					c.dispose(); // whatever the broken tab created
				}
			}
			tab = null;
			control = message(getContainer(), problem);
		}
		// keep the contributions' order when a tab is added later (an analysis tab when a live run ends)
		int index = 0;
		while (index < tabs.size() && before(tabs.get(index).descriptor(), d)) {
			index++;
		}
		addPage(index, control);
		setPageText(index, d.name());
		tabs.add(index, new OpenTab(d, tab, control, new boolean[1]));
	}

	private static boolean before(TabDescriptor a, TabDescriptor b) {
		return a.order() < b.order() || a.order() == b.order() && a.name().compareTo(b.name()) <= 0;
	}

	private static Control message(Composite parent, String text) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(1, false));
		Label label = new Label(c, SWT.WRAP);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return c;
	}

	private void liveUpdate(LiveRun run) {
		try {
			model = model.live() ? RunModel.refresh(model, run) : RunModel.live(run);
		} catch (IOException e) {
			TabDescriptor.log(IStatus.WARNING, "live run " + folder + ": " + e.getMessage(), e);
			return;
		}
		liveUpdates++;
		show(model);
	}

	/** Reads the run from disk again (when a live run ends, or on request). */
	public void reload() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		try {
			model = RunModel.load(folder);
		} catch (IOException e) {
			TabDescriptor.log(IStatus.ERROR, "cannot read run " + folder + ": " + e.getMessage(), e);
			return;
		}
		for (TabDescriptor d : TabDescriptor.read()) {
			if (d.appliesTo(model) && tabs.stream().noneMatch(t -> t.descriptor().id().equals(d.id()))) {
				open(d);
			}
		}
		show(model);
	}

	/** Gives the active tab the model now and marks the others stale (they update when shown). */
	private void show(RunModel m) {
		int active = getActivePage();
		for (int i = 0; i < tabs.size(); i++) {
			tabs.get(i).stale()[0] = true;
		}
		if (active >= 0 && active < tabs.size()) {
			refresh(tabs.get(active));
		}
	}

	private void refresh(OpenTab t) {
		if (t.tab() == null || !t.stale()[0]) {
			return;
		}
		t.stale()[0] = false;
		try {
			t.tab().setInput(model);
		} catch (RuntimeException e) {
			TabDescriptor.log(IStatus.ERROR, "the tab '" + t.descriptor().name() + "' contributed by "
					+ t.descriptor().contributor() + " failed to show " + folder + ": " + e, e);
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (newPageIndex >= 0 && newPageIndex < tabs.size()) {
			refresh(tabs.get(newPageIndex));
		}
	}

	/**
	 * Brings a tab to front.
	 *
	 * @param tabId the tab's id
	 * @return whether the editor has that tab
	 */
	public boolean activate(String tabId) {
		for (int i = 0; i < tabs.size(); i++) {
			if (tabs.get(i).descriptor().id().equals(tabId)) {
				setActivePage(i);
				refresh(tabs.get(i));
				return true;
			}
		}
		return false;
	}

	/** @return the ids of the open tabs, in order */
	public List<String> tabIds() {
		return tabs.stream().map(t -> t.descriptor().id()).toList();
	}

	/** @return the titles of the open tabs, in order */
	public List<String> tabNames() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < getPageCount(); i++) {
			names.add(getPageText(i));
		}
		return names;
	}

	/** @return an open tab (null when it failed to open) */
	public Optional<IRunEditorTab> tab(String tabId) {
		return tabs.stream().filter(t -> t.descriptor().id().equals(tabId)).map(OpenTab::tab)
				.filter(java.util.Objects::nonNull).findFirst();
	}

	/** @return the model shown */
	public RunModel model() {
		return model;
	}

	/** @return whether the editor follows a live run right now */
	public boolean isLive() {
		return live != null && !live.isClosed();
	}

	/** @return how many live updates the editor has shown (readable from any thread) */
	public int liveUpdates() {
		return liveUpdates;
	}

	/** @return the run folder */
	public Path folder() {
		return folder;
	}

	@Override
	public void dispose() {
		if (live != null) {
			live.close();
		}
		for (OpenTab t : tabs) {
			if (t.tab() != null) {
				try {
					t.tab().dispose();
				} catch (RuntimeException e) {
					TabDescriptor.log(IStatus.ERROR, "the tab '" + t.descriptor().name() + "' failed to close", e);
				}
			}
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return false;
	}
}

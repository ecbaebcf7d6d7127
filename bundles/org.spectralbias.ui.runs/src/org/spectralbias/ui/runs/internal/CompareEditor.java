package org.spectralbias.ui.runs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.LiveRuns;
import org.spectralbias.runs.view.ComparePage;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.TextBlock;
import org.spectralbias.ui.runs.RunEditors;

/**
 * Compares runs on shared axes ({@link ComparePage}): one colour per run, with a legend; runs that cannot be read
 * are named below the charts. A run still training is compared as far as it went.
 */
public final class CompareEditor extends EditorPart {

	/** The editor id. */
	public static final String ID = RunEditors.COMPARE_EDITOR;

	private PageRenderer renderer;
	private List<RunModel> models = List.of();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CompareEditorInput)) {
			throw new PartInitException("the compare editor compares run folders, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		renderer = new PageRenderer(parent);
		List<RunModel> read = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path folder : ((CompareEditorInput) getEditorInput()).folders()) {
			try {
				java.util.Optional<LiveRun> live = LiveRuns.find(folder);
				read.add(live.isPresent() ? RunModel.live(live.get()) : RunModel.load(folder));
			} catch (IOException | RuntimeException e) {
				problems.add(folder + ": " + e.getMessage());
				TabDescriptor.log(IStatus.WARNING, "compare: cannot read " + folder + ": " + e.getMessage(), e);
			}
		}
		models = List.copyOf(read);
		if (models.isEmpty()) {
			renderer.render(new Page("Compare", List.of(new TextBlock("problems", "Nothing to compare", problems))));
			return;
		}
		Page page = ComparePage.of(models);
		if (!problems.isEmpty()) {
			List<org.spectralbias.runs.view.Block> blocks = new ArrayList<>(page.blocks());
			blocks.add(new TextBlock("problems", "Runs that could not be read", problems));
			page = new Page(page.title(), blocks);
		}
		renderer.render(page);
	}

	/** @return the renderer (for tests) */
	public PageRenderer renderer() {
		return renderer;
	}

	/** @return the runs compared */
	public List<RunModel> models() {
		return models;
	}

	@Override
	public void setFocus() {
		renderer.control().setFocus();
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
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}

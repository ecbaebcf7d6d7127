package org.spectralbias.ui.runs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.LiveRuns;
import org.spectralbias.core.run.RunStatus;
import org.spectralbias.runs.view.Block;
import org.spectralbias.runs.view.ComparePage;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.TextBlock;
import org.spectralbias.ui.runs.RunEditors;

/**
 * Compares runs on shared axes ({@link ComparePage}): one colour per run, with a legend; runs that cannot be read
 * are named below the charts. A run that is training in this workbench ({@link LiveRuns}) is followed as the run
 * editor follows it ({@link LiveBinding}: at most five redraws a second), and read from disk again when it ends.
 */
public final class CompareEditor extends EditorPart {

	/** The editor id. */
	public static final String ID = RunEditors.COMPARE_EDITOR;

	private PageRenderer renderer;
	private final List<Path> folders = new ArrayList<>();
	private final List<RunModel> models = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private final List<LiveBinding> bindings = new ArrayList<>();
	private volatile int liveUpdates;

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
		for (Path folder : ((CompareEditorInput) getEditorInput()).folders()) {
			try {
				Optional<LiveRun> live = LiveRuns.find(folder).filter(r -> r.status() == RunStatus.RUNNING);
				models.add(live.isPresent() ? RunModel.live(live.get()) : RunModel.load(folder));
				folders.add(folder);
				if (live.isPresent()) {
					int index = models.size() - 1;
					bindings.add(new LiveBinding(parent.getDisplay(), live.get(), run -> liveUpdate(index, run),
							() -> reload(index)));
				}
			} catch (IOException | RuntimeException e) {
				problems.add(folder + ": " + e.getMessage());
				TabDescriptor.log(IStatus.WARNING, "compare: cannot read " + folder + ": " + e.getMessage(), e);
			}
		}
		show();
	}

	private void show() {
		if (models.isEmpty()) {
			renderer.render(new Page("Compare", List.of(new TextBlock("problems", "Nothing to compare", problems))));
			return;
		}
		Page page = ComparePage.of(List.copyOf(models));
		if (!problems.isEmpty()) {
			List<Block> blocks = new ArrayList<>(page.blocks());
			blocks.add(new TextBlock("problems", "Runs that could not be read", problems));
			page = new Page(page.title(), blocks);
		}
		renderer.render(page);
	}

	private void liveUpdate(int index, LiveRun run) {
		if (renderer.control().isDisposed()) {
			return;
		}
		try {
			RunModel model = models.get(index);
			models.set(index, model.live() ? RunModel.refresh(model, run) : RunModel.live(run));
		} catch (IOException e) {
			TabDescriptor.log(IStatus.WARNING, "compare: live run " + folders.get(index) + ": " + e.getMessage(), e);
			return;
		}
		liveUpdates++;
		show();
	}

	/** Reads run {@code index} from disk again, when its training has ended. */
	private void reload(int index) {
		if (renderer.control().isDisposed()) {
			return;
		}
		try {
			models.set(index, RunModel.load(folders.get(index)));
		} catch (IOException e) {
			TabDescriptor.log(IStatus.ERROR, "compare: cannot read " + folders.get(index) + ": " + e.getMessage(), e);
			return;
		}
		show();
	}

	/** @return whether a compared run is still followed live */
	public boolean isLive() {
		return bindings.stream().anyMatch(b -> !b.isClosed());
	}

	/** @return how many live updates the editor has shown (readable from any thread) */
	public int liveUpdates() {
		return liveUpdates;
	}

	@Override
	public void dispose() {
		bindings.forEach(LiveBinding::close);
		super.dispose();
	}

	/** @return the renderer (for tests) */
	public PageRenderer renderer() {
		return renderer;
	}

	/** @return the runs compared, as shown now */
	public List<RunModel> models() {
		return List.copyOf(models);
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

package org.spectralbias.ui.runs.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.RunPageFactory;
import org.spectralbias.ui.runs.IRunEditorTab;

/** A tab whose content is a headless {@link RunPageFactory}'s page, rendered by {@link PageRenderer}. */
public final class PageTab implements IRunEditorTab {

	private final RunPageFactory factory;
	private PageRenderer renderer;

	/**
	 * @param factory builds the page
	 */
	public PageTab(RunPageFactory factory) {
		this.factory = factory;
	}

	@Override
	public Control createControl(Composite parent) {
		renderer = new PageRenderer(parent);
		return renderer.control();
	}

	@Override
	public void setInput(RunModel run) {
		Page page = factory.create(run);
		renderer.render(page);
	}

	/** @return the renderer (for tests) */
	public PageRenderer renderer() {
		return renderer;
	}

	/** @return the page factory */
	public RunPageFactory factory() {
		return factory;
	}
}

package org.spectralbias.ui.runs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.spectralbias.runs.view.Block;
import org.spectralbias.runs.view.ChartBlock;
import org.spectralbias.runs.view.HeatMapBlock;
import org.spectralbias.runs.view.Page;
import org.spectralbias.runs.view.PropertiesBlock;
import org.spectralbias.runs.view.TableBlock;
import org.spectralbias.runs.view.TextBlock;

/**
 * Renders a {@link Page} into SWT controls in a scrolled two-column grid: wide blocks span both columns, narrow
 * ones share a row. A new page with the same blocks (ids and kinds, in order) updates the controls in place — a
 * live run's charts keep their zoom — otherwise the controls are rebuilt.
 */
public final class PageRenderer {

	/** Height of a chart or heat map in pixels. */
	static final int FIGURE_HEIGHT = 460;

	private final ScrolledComposite scroll;
	private final Composite content;
	private final Map<String, BlockView> views = new LinkedHashMap<>();
	private Page page;

	/**
	 * @param parent the parent
	 */
	public PageRenderer(Composite parent) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		content = new Composite(scroll, SWT.NONE);
		content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GridLayout layout = new GridLayout(2, true);
		layout.marginWidth = 8;
		layout.marginHeight = 8;
		layout.verticalSpacing = 10;
		layout.horizontalSpacing = 10;
		content.setLayout(layout);
		scroll.setContent(content);
		scroll.addListener(SWT.Resize, e -> resize());
	}

	/** @return the top control */
	public Control control() {
		return scroll;
	}

	/** @return the page shown, null before the first {@link #render} */
	public Page page() {
		return page;
	}

	/** @return the controls by block id (charts: ChartViewer; heat maps: HeatMapViewer; tables: Table; …) */
	public Map<String, Control> controls() {
		Map<String, Control> out = new LinkedHashMap<>();
		views.forEach((id, v) -> out.put(id, v.control()));
		return out;
	}

	/**
	 * Shows a page, in place when it has the same blocks as the one shown.
	 *
	 * @param newPage the page
	 */
	public void render(Page newPage) {
		if (page != null && sameShape(page, newPage)) {
			for (Block b : newPage.blocks()) {
				views.get(b.id()).update(b);
			}
		} else {
			for (Control c : content.getChildren()) {
				c.dispose();
			}
			views.clear();
			for (Block b : newPage.blocks()) {
				views.put(b.id(), create(b));
			}
		}
		page = newPage;
		content.layout(true, true);
		resize();
	}

	private static boolean sameShape(Page a, Page b) {
		if (a.blocks().size() != b.blocks().size()) {
			return false;
		}
		for (int i = 0; i < a.blocks().size(); i++) {
			Block x = a.blocks().get(i);
			Block y = b.blocks().get(i);
			if (!x.id().equals(y.id()) || x.getClass() != y.getClass() || x.wide() != y.wide()) {
				return false;
			}
		}
		return true;
	}

	private BlockView create(Block block) {
		Composite cell = new Composite(content, SWT.NONE);
		cell.setBackground(content.getBackground());
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		cell.setLayout(layout);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, block.wide() ? 2 : 1, 1);
		data.widthHint = 200;
		cell.setLayoutData(data);
		if (!block.title().isEmpty()) {
			Label heading = new Label(cell, SWT.NONE);
			heading.setFont(JFaceResources.getBannerFont());
			heading.setBackground(content.getBackground());
			heading.setText(block.title());
		}
		BlockView view = switch (block) {
		case ChartBlock c -> new BlockViews.ChartView(cell, c);
		case HeatMapBlock h -> new BlockViews.HeatMapView(cell, h);
		case TableBlock t -> new BlockViews.TableView(cell, t);
		case PropertiesBlock p -> new BlockViews.PropertiesView(cell, p);
		case TextBlock t -> new BlockViews.TextView(cell, t);
		};
		return view;
	}

	private void resize() {
		int width = scroll.getClientArea().width;
		scroll.setMinSize(content.computeSize(Math.max(600, width), SWT.DEFAULT));
	}

	/** One rendered block. */
	interface BlockView {

		/** @return the block's main control */
		Control control();

		/** Shows the block again with new content of the same kind. */
		void update(Block block);
	}

	/** @return the ids of the blocks in order (for tests and diagnostics) */
	List<String> ids() {
		return new ArrayList<>(views.keySet());
	}
}

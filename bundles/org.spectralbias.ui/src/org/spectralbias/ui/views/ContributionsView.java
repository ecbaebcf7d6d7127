package org.spectralbias.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spectralbias.core.catalogue.BundleProblem;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.catalogue.ContributionEntry;

/**
 * The Plug-ins view: every contribution with its kind, id, bundle, version and status; failed ones with the reason.
 */
public final class ContributionsView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.spectralbias.ui.views.contributions";

	/** One table row. */
	record Row(String kind, String id, String name, String bundle, String version, String status, String reason) {
	}

	private ServiceTracker<Catalogues, Catalogues> catalogues;
	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		BundleContext context = FrameworkUtil.getBundle(ContributionsView.class).getBundleContext();
		catalogues = new ServiceTracker<>(context, Catalogues.class, null);
		catalogues.open();
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Kind", 90, Row::kind);
		column("Id", 140, Row::id);
		column("Name", 180, Row::name);
		column("Bundle", 240, Row::bundle);
		column("Version", 150, Row::version);
		column("Status", 70, Row::status);
		column("Reason", 400, Row::reason);
		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		refresh();
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** Reads the catalogues again. */
	public void refresh() {
		viewer.setInput(rows(catalogues.getService()));
	}

	static List<Row> rows(Catalogues c) {
		List<Row> rows = new ArrayList<>();
		if (c == null) {
			rows.add(new Row("", "", "", "org.spectralbias.core", "", "failed",
					"the contribution catalogues are not available (is Declarative Services running?)"));
			return rows;
		}
		for (ContributionEntry<?> e : c.allEntries()) {
			rows.add(new Row(e.kind().label(), e.id(), e.name(), e.bundle(), e.version(), e.status().label(),
					e.reason()));
		}
		for (BundleProblem p : c.bundleProblems()) {
			rows.add(new Row("bundle", p.bundle(), "", p.bundle(), p.version(), "failed", p.reason()));
		}
		return rows;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		catalogues.close();
		super.dispose();
	}
}

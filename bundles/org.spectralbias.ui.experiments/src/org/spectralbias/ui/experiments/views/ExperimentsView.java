package org.spectralbias.ui.experiments.views;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.spectralbias.experiments.model.ExperimentFile;
import org.spectralbias.experiments.model.ExperimentFolder;
import org.spectralbias.ui.experiments.ExperimentsUi;
import org.spectralbias.ui.experiments.internal.ExperimentFilesChanged;
import org.spectralbias.ui.experiments.internal.Images;
import org.spectralbias.ui.experiments.internal.Log;
import org.spectralbias.ui.experiments.run.RunLauncher;

/**
 * The Experiments view: the experiment files of the workspace's experiments folder, with New (from a template),
 * Open, Run, Delete (after confirmation) and Refresh. It lists the folder again whenever the workbench creates, saves
 * or deletes an experiment file.
 */
public final class ExperimentsView extends ViewPart {

	/** The view's id. */
	public static final String ID = ExperimentsUi.VIEW_ID;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private ExperimentFolder folder;
	private Runnable unlisten;
	private Action newAction;
	private Action openAction;
	private Action runAction;
	private Action deleteAction;
	private Action refreshAction;

	@Override
	public void createPartControl(Composite parent) {
		folder = ExperimentActions.folder();
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Name", 150, ExperimentFile::name, f -> Images.get(Images.EXPERIMENT));
		column("Status", 90, f -> f.problem().isPresent() ? "problems" : "valid", f -> f.problem().isPresent()
				? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
				: null);
		column("Description", 320, f -> f.problem().orElse(f.description()), f -> null);
		column("Modified", 120, f -> TIME.format(f.modified()), f -> null);
		column("File", 300, f -> f.file().toString(), f -> null);
		getSite().setSelectionProvider(viewer);
		makeActions();
		viewer.addDoubleClickListener(e -> openAction.run());
		viewer.addSelectionChangedListener(e -> enableActions());
		unlisten = ExperimentFilesChanged.listen(() -> viewer.getControl().getDisplay().asyncExec(this::refresh));
		refresh();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (unlisten != null) {
			unlisten.run();
		}
		super.dispose();
	}

	/** Lists the folder again. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		folder = ExperimentActions.folder();
		try {
			viewer.setInput(folder.list());
			setContentDescription("Experiment files in " + folder.path());
		} catch (IOException e) {
			viewer.setInput(List.of());
			setContentDescription("Cannot list " + folder.path() + ": " + e.getMessage());
			Log.error("Cannot list the experiments folder " + folder.path(), e);
		}
		enableActions();
	}

	/** @return the listed files, in table order */
	public List<ExperimentFile> files() {
		Object input = viewer.getInput();
		@SuppressWarnings("unchecked")
		List<ExperimentFile> files = input instanceof List<?> l ? (List<ExperimentFile>) l : List.of();
		return files;
	}

	/** @return the table viewer */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the first selected file */
	public Optional<ExperimentFile> selected() {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream()
				.filter(ExperimentFile.class::isInstance).map(ExperimentFile.class::cast).findFirst();
	}

	/** @return the actions New, Open, Run, Delete, Refresh, in toolbar order */
	public List<IAction> actions() {
		return List.of(newAction, openAction, runAction, deleteAction, refreshAction);
	}

	private void makeActions() {
		newAction = action("New Experiment…", Images.descriptor(Images.NEW),
				() -> ExperimentActions.newExperiment(getSite().getWorkbenchWindow()));
		openAction = action("Open", null, () -> selected().ifPresent(
				f -> ExperimentActions.open(getSite().getPage(), f.file())));
		runAction = action("Run", Images.descriptor(Images.RUN), () -> selected().ifPresent(
				f -> RunLauncher.launch(f.file())));
		deleteAction = action("Delete…",
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE),
				() -> selected().ifPresent(f -> ExperimentActions.delete(getSite().getPage(), f.file())));
		refreshAction = action("Refresh", null, this::refresh);
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(newAction);
		toolbar.add(runAction);
		toolbar.add(deleteAction);
		toolbar.add(refreshAction);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> fill(m));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void fill(IMenuManager menu) {
		menu.add(newAction);
		menu.add(new Separator());
		menu.add(openAction);
		menu.add(runAction);
		menu.add(deleteAction);
		menu.add(new Separator());
		menu.add(refreshAction);
	}

	private void enableActions() {
		boolean one = selected().isPresent();
		openAction.setEnabled(one);
		runAction.setEnabled(one && selected().get().problem().isEmpty());
		deleteAction.setEnabled(one);
	}

	private static Action action(String text, org.eclipse.jface.resource.ImageDescriptor image, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text.replace("…", ""));
		if (image != null) {
			action.setImageDescriptor(image);
		}
		return action;
	}

	private void column(String title, int width, Function<ExperimentFile, String> text,
			Function<ExperimentFile, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ExperimentFile) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((ExperimentFile) element);
			}
		});
	}
}

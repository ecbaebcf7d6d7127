package org.spectralbias.ui.experiments.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.io.AtomicFiles;
import org.spectralbias.experiments.model.ExperimentDocument;
import org.spectralbias.experiments.model.ExperimentFolder;
import org.spectralbias.experiments.model.Marker;
import org.spectralbias.ui.experiments.internal.ExperimentFilesChanged;
import org.spectralbias.ui.experiments.internal.Log;
import org.spectralbias.ui.experiments.internal.Services;
import org.spectralbias.ui.experiments.run.ExperimentJob;
import org.spectralbias.ui.experiments.run.RunLauncher;

/**
 * The editor of {@code *.experiment.json} files: a form (pickers filled from the catalogues, parameter fields from
 * each contribution's descriptors, markers as you type) and the JSON source, both views of one
 * {@link ExperimentDocument}, so an edit on either shows on the other at once. Save writes the text; Run saves and
 * runs the experiment as a background job.
 */
public final class ExperimentEditor extends MultiPageEditorPart {

	/** Index of the form page. */
	public static final int FORM_PAGE = 0;
	/** Index of the source page. */
	public static final int SOURCE_PAGE = 1;

	private Path file;
	private ExperimentDocument document;
	private Runnable unlisten;
	private FormPage form;
	private SourcePage source;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IPathEditorInput pathInput)) {
			throw new PartInitException("The experiment editor opens files of the file system, not " + input);
		}
		Path path = pathInput.getPath().toPath();
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new PartInitException("Cannot read " + path + ": " + e.getMessage(), e);
		}
		super.init(site, input);
		file = path;
		document = new ExperimentDocument(text, Services.validator());
		unlisten = document.addListener(origin -> changed());
		updateTitle();
	}

	@Override
	protected void createPages() {
		FormContext context = new FormContext(document, Services.choices());
		form = new FormPage(getContainer(), context, this::run);
		setPageText(addPage(form.control()), "Form");
		source = new SourcePage(getContainer(), document);
		setPageText(addPage(source.control()), "Source");
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		save(file);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterPath(file.getParent().toString());
		dialog.setFileName(document.spec().map(ExperimentSpec::name).orElse("experiment") + ExperimentFolder.SUFFIX);
		dialog.setFilterExtensions(new String[] { "*" + ExperimentFolder.SUFFIX, "*.json", "*" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null && save(Path.of(chosen))) {
			file = Path.of(chosen).toAbsolutePath().normalize();
			setInputWithNotify(new ExperimentFileInput(file));
			updateTitle();
		}
	}

	/** @return the edited document */
	public ExperimentDocument document() {
		return document;
	}

	/** @return the file being edited */
	public Path file() {
		return file;
	}

	/**
	 * Runs the experiment: refuses while it has problems (a dialog lists them), saves unsaved changes, then
	 * schedules the run.
	 *
	 * @return the scheduled job, or empty when the experiment cannot run now
	 */
	public Optional<ExperimentJob> run() {
		Optional<ExperimentSpec> spec = document.spec();
		if (!document.validation().isValid() || spec.isEmpty()) {
			MessageDialog.openError(getSite().getShell(), RunLauncher.FAILURE_TITLE, file.getFileName()
					+ " cannot run until these problems are fixed:\n" + document.validation().markers().stream()
							.map(Marker::toString).collect(Collectors.joining("\n")));
			return Optional.empty();
		}
		if (isDirty() && !save(file)) {
			return Optional.empty();
		}
		return RunLauncher.launch(spec.get(), file.toString());
	}

	/** Shows the form page. */
	public void showForm() {
		setActivePage(FORM_PAGE);
	}

	/** Shows the source page. */
	public void showSource() {
		setActivePage(SOURCE_PAGE);
	}

	@Override
	public void dispose() {
		if (unlisten != null) {
			unlisten.run();
		}
		super.dispose();
	}

	/** @return the titles of the pages, in tab order */
	List<String> pageTitles() {
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < getPageCount(); i++) {
			titles.add(getPageText(i));
		}
		return titles;
	}

	/** @return the form page (package access for the tests) */
	FormPage formPage() {
		return form;
	}

	/** @return the source page (package access for the tests) */
	SourcePage sourcePage() {
		return source;
	}

	private boolean save(Path target) {
		try {
			AtomicFiles.writeString(target, document.text());
		} catch (IOException e) {
			Log.error("Could not save " + target, e);
			MessageDialog.openError(getSite().getShell(), "Save failed",
					"Could not save " + target + ": " + e.getMessage());
			return false;
		}
		document.markSaved();
		ExperimentFilesChanged.fire();
		return true;
	}

	private void changed() {
		if (form != null) {
			form.refresh();
		}
		if (source != null) {
			source.refresh();
		}
		firePropertyChange(PROP_DIRTY);
		updateTitle();
	}

	private void updateTitle() {
		setPartName(file.getFileName().toString());
		setTitleToolTip(file.toString());
	}
}

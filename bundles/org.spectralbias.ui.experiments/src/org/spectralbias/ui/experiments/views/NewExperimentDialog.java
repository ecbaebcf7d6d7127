package org.spectralbias.ui.experiments.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.FrameworkUtil;
import org.spectralbias.experiments.model.ExperimentFolder;
import org.spectralbias.experiments.model.ExperimentTemplate;
import org.spectralbias.experiments.model.ShippedExperiments;
import org.spectralbias.experiments.model.TemplateLibrary;
import org.spectralbias.ui.experiments.internal.Log;

/**
 * New Experiment: pick one of the paper's experiments (or its quick variant) and a name; the file
 * {@code <name>.experiment.json} is written to the experiments folder.
 */
public final class NewExperimentDialog extends TitleAreaDialog {

	/** The dialog's window title. */
	public static final String TITLE = "New Experiment";

	private final TemplateLibrary library;
	private final ExperimentFolder folder;
	private Table templates;
	private Text name;
	private Label description;
	private boolean nameEdited;
	private boolean settingName;
	private Path created;

	/**
	 * @param parent  the parent shell
	 * @param library the templates
	 * @param folder  where the file goes
	 */
	public NewExperimentDialog(Shell parent, TemplateLibrary library, ExperimentFolder folder) {
		super(parent);
		this.library = library;
		this.folder = folder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("New experiment from a template");
		setMessage("Start from one of the paper's experiments. A quick variant (n = " + TemplateLibrary.QUICK_SAMPLES
				+ ", m = " + TemplateLibrary.QUICK_WIDTH + ", " + TemplateLibrary.QUICK_STEPS
				+ " steps) runs in seconds.");
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 8).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		templates = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		templates.setHeaderVisible(true);
		templates.setLinesVisible(true);
		column("Template", 120);
		column("Size", 300);
		for (ExperimentTemplate t : library.templates()) {
			TableItem item = new TableItem(templates, SWT.NONE);
			item.setText(new String[] { t.id(), t.size() });
			item.setData(t);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(460, 280).applyTo(templates);
		description = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(460, SWT.DEFAULT).applyTo(description);

		new Label(body, SWT.NONE).setText("Name:");
		name = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		Label where = new Label(body, SWT.WRAP);
		where.setText("Saved as <name>" + ExperimentFolder.SUFFIX + " in " + folder.path());
		GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(where);

		templates.addListener(SWT.Selection, e -> templateChosen());
		templates.addListener(SWT.DefaultSelection, e -> {
			if (getButton(IDialogConstants.OK_ID).isEnabled()) {
				okPressed();
			}
		});
		name.addModifyListener(e -> {
			if (!settingName) {
				nameEdited = true;
			}
			check();
		});
		if (!library.problems().isEmpty()) {
			Log.warning("Some shipped experiment files could not be read: " + String.join("; ", library.problems()));
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Create");
		if (library.templates().isEmpty()) {
			setMessage("No templates: the paper's experiment files were not found (is bundle org.spectralbias.cli "
					+ "installed?).", IMessageProvider.WARNING);
		} else {
			templates.select(library.templates().stream().filter(ExperimentTemplate::quick).findFirst()
					.map(library.templates()::indexOf).orElse(0));
			templateChosen();
		}
		check();
	}

	/** @return the file created, after OK */
	public Optional<Path> created() {
		return Optional.ofNullable(created);
	}

	/** @return the template table (for tests) */
	Table templateTable() {
		return templates;
	}

	/** @return the name field (for tests) */
	Text nameField() {
		return name;
	}

	@Override
	protected void okPressed() {
		Optional<ExperimentTemplate> template = selected();
		if (template.isEmpty()) {
			return;
		}
		try {
			created = folder.create(template.get(), name.getText().strip());
		} catch (IOException | IllegalArgumentException e) {
			setErrorMessage("Could not create the file: " + e.getMessage());
			Log.error("Could not create experiment " + name.getText(), e);
			return;
		}
		super.okPressed();
	}

	private void templateChosen() {
		Optional<ExperimentTemplate> t = selected();
		description.setText(t.map(ExperimentTemplate::description).orElse(""));
		description.getParent().layout(true);
		if (t.isPresent() && !nameEdited) {
			settingName = true;
			name.setText(folder.unusedName(t.get().id()));
			settingName = false;
		}
		check();
	}

	private Optional<ExperimentTemplate> selected() {
		int i = templates.getSelectionIndex();
		return i < 0 ? Optional.empty() : Optional.of((ExperimentTemplate) templates.getItem(i).getData());
	}

	private void check() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		Optional<String> problem = selected().isEmpty() ? Optional.of("Choose a template.")
				: folder.checkNewName(name.getText().strip());
		setErrorMessage(problem.orElse(null));
		getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(templates, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	/** @return the templates: the command line's shipped experiments with their quick variants */
	public static TemplateLibrary templates() {
		try {
			return TemplateLibrary.of(ShippedExperiments
					.read(FrameworkUtil.getBundle(NewExperimentDialog.class).getBundleContext()));
		} catch (IOException e) {
			Log.error("The shipped experiment files could not be read", e);
			return TemplateLibrary.of(Map.of());
		}
	}
}

package org.spectralbias.ui.internal;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spectralbias.math.linalg.NativeBackend;
import org.spectralbias.math.linalg.SymmetricEigensolver;

/**
 * Shows the product version, the eigensolver in use (native LAPACK or the pure-Java fallback, and why) and every
 * installed plug-in with its version and state.
 */
final class AboutDialog extends Dialog {

	AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About Spectral Bias Workbench");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		IProduct product = Platform.getProduct();
		Bundle self = FrameworkUtil.getBundle(AboutDialog.class);
		Label title = new Label(area, SWT.WRAP);
		title.setText("Spectral Bias Workbench " + productVersion(product, self));
		Label text = new Label(area, SWT.WRAP);
		String about = product == null ? null : product.getProperty("aboutText");
		text.setText(about == null ? "" : about);
		GridDataFactory.fillDefaults().hint(560, SWT.DEFAULT).applyTo(text);
		Label java = new Label(area, SWT.NONE);
		java.setText("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
		Label eigensolver = new Label(area, SWT.WRAP);
		eigensolver.setText("Eigensolver: " + SymmetricEigensolver.defaultSolver() + "\nLinear algebra: "
				+ NativeBackend.status() + (NativeBackend.status().available() ? " (used when -D"
						+ SymmetricEigensolver.SOLVER_PROPERTY + "=native)" : ""));
		GridDataFactory.fillDefaults().hint(560, SWT.DEFAULT).applyTo(eigensolver);

		Bundle[] bundles = self.getBundleContext().getBundles();
		Label count = new Label(area, SWT.NONE);
		count.setText("Installed plug-ins: " + bundles.length);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String column : new String[] { "Plug-in", "Version", "State" }) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		Arrays.stream(bundles).sorted(Comparator.comparing(b -> String.valueOf(b.getSymbolicName()))).forEach(b -> {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { String.valueOf(b.getSymbolicName()), b.getVersion().toString(), state(b) });
		});
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
		// keep the state column in view: long symbolic names get at most half the table
		table.getColumn(0).setWidth(Math.min(table.getColumn(0).getWidth(), 300));
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 320).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** @return the version of the bundle that defines the product (the product's version) */
	static String productVersion(IProduct product, Bundle fallback) {
		Bundle defining = product == null ? null : product.getDefiningBundle();
		return (defining == null ? fallback : defining).getVersion().toString();
	}

	private static String state(Bundle b) {
		return switch (b.getState()) {
		case Bundle.ACTIVE -> "active";
		case Bundle.RESOLVED -> "resolved";
		case Bundle.STARTING -> "starting (lazy)";
		case Bundle.INSTALLED -> "installed (not resolved)";
		default -> "stopping";
		};
	}
}

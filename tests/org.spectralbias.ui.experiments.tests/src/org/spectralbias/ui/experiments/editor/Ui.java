package org.spectralbias.ui.experiments.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Drives SWT directly (the tests run on the UI thread of the running workbench): spins the event loop while
 * waiting, finds widgets and dialogs, clicks and types the way the widgets' own events do.
 */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return w != null ? w : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** Processes pending UI events. */
	static void spin() {
		while (display().readAndDispatch()) {
			// keep going
		}
	}

	/**
	 * Spins the event loop until the condition holds.
	 *
	 * @return the milliseconds it took
	 */
	static long waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		long start = System.nanoTime();
		long end = start + timeoutMillis * 1_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				assertTrue(condition.getAsBoolean(), "timed out after " + timeoutMillis + " ms waiting for " + what);
			}
			if (!display().readAndDispatch()) {
				display().timerExec(20, () -> {
				});
				display().sleep();
			}
		}
		return (System.nanoTime() - start) / 1_000_000L;
	}

	/** Clicks a button (push, check or radio) as a user would. */
	static void click(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Replaces a text field's content as typing does: the text changes (Modify) and a key is released (KeyUp, on
	 * which JFace's field editors validate).
	 */
	static void type(org.eclipse.swt.widgets.Text text, String content) {
		text.setText(content);
		Event up = new Event();
		up.character = content.isEmpty() ? 0 : content.charAt(content.length() - 1);
		text.notifyListeners(SWT.KeyUp, up);
	}

	/** Every widget below a composite, depth first. */
	static List<Control> descendants(Composite root) {
		List<Control> all = new ArrayList<>();
		for (Control c : root.getChildren()) {
			all.add(c);
			if (c instanceof Composite composite) {
				all.addAll(descendants(composite));
			}
		}
		return all;
	}

	/** @return the button with this text below the composite */
	static Button button(Composite root, String text) {
		return descendants(root).stream().filter(Button.class::isInstance).map(Button.class::cast)
				.filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button '" + text + "'"));
	}

	/** @return the texts of every label below the composite, joined by new lines */
	static String labels(Composite root) {
		StringBuilder b = new StringBuilder();
		descendants(root).stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText())
				.forEach(t -> b.append(t).append('\n'));
		return b.toString();
	}

	/** @return the open shell with this title */
	static Optional<Shell> shell(String title) {
		for (Shell s : display().getShells()) {
			if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

	/**
	 * Acts on a dialog as soon as it is open: polls with a timer, which also runs inside the dialog's own event loop.
	 * The action runs once.
	 *
	 * @return stops the polling
	 */
	static Runnable whenShellOpens(String title, Consumer<Shell> action) {
		boolean[] stopped = { false };
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (stopped[0]) {
				return;
			}
			Optional<Shell> s = shell(title);
			if (s.isPresent()) {
				stopped[0] = true;
				action.accept(s.get());
			} else {
				display().timerExec(50, poll[0]);
			}
		};
		display().timerExec(50, poll[0]);
		return () -> stopped[0] = true;
	}

	/** @return whether the widget is usable */
	static boolean alive(Widget w) {
		return w != null && !w.isDisposed();
	}
}

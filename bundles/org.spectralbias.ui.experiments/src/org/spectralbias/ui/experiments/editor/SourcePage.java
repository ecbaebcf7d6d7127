package org.spectralbias.ui.experiments.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.spectralbias.experiments.model.ExperimentDocument;
import org.spectralbias.experiments.model.Marker;

/**
 * The JSON source page: the file's text, edited directly, with the same problems list as the form. Every change is
 * the document's new text at once; a change made in the form replaces the text here. A line that breaks the JSON is
 * highlighted.
 */
final class SourcePage {

	private static final Pattern LINE = Pattern.compile("malformed JSON at line (\\d+)");

	private final ExperimentDocument document;
	private final SashForm root;
	private final StyledText text;
	private final ProblemsTable problems;
	private final Color errorLine;
	private boolean updating;
	private int highlighted = -1;

	SourcePage(Composite parent, ExperimentDocument document) {
		this.document = document;
		root = new SashForm(parent, SWT.VERTICAL);
		text = new StyledText(root, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		text.setFont(JFaceResources.getTextFont());
		text.setLeftMargin(6);
		text.setTabs(2);
		errorLine = new Color(255, 228, 225);
		text.addModifyListener(e -> {
			if (!updating) {
				document.setText(text.getText());
			}
		});
		Composite bottom = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(bottom);
		new Label(bottom, SWT.NONE).setText("Problems");
		problems = new ProblemsTable(bottom, this::reveal);
		root.setWeights(82, 18);
		refresh();
	}

	/** @return the page's control */
	Control control() {
		return root;
	}

	/** @return the text widget */
	StyledText text() {
		return text;
	}

	/** @return the problems table */
	ProblemsTable problems() {
		return problems;
	}

	/** Shows the document's text (unless it came from here) and its problems. */
	void refresh() {
		if (!text.getText().equals(document.text())) {
			updating = true;
			try {
				int top = text.getTopIndex();
				int caret = Math.min(text.getCaretOffset(), document.text().length());
				text.setText(document.text());
				text.setCaretOffset(caret);
				text.setTopIndex(top);
			} finally {
				updating = false;
			}
		}
		problems.show(document.validation().markers());
		highlight();
	}

	private void highlight() {
		int line = -1;
		for (Marker m : document.validation().markers()) {
			Matcher matcher = LINE.matcher(m.message());
			if (matcher.find()) {
				line = Integer.parseInt(matcher.group(1)) - 1;
			}
		}
		if (highlighted >= 0 && highlighted < text.getLineCount()) {
			text.setLineBackground(highlighted, 1, null);
		}
		highlighted = line >= 0 && line < text.getLineCount() ? line : -1;
		if (highlighted >= 0) {
			text.setLineBackground(highlighted, 1, errorLine);
		}
	}

	/** Puts the caret on the first line that names the marker's key. */
	private void reveal(Marker marker) {
		String key = marker.path().lastKey();
		int offset = key.isEmpty() ? -1 : document.text().indexOf("\"" + key + "\"");
		Matcher matcher = LINE.matcher(marker.message());
		if (matcher.find()) {
			int line = Math.min(Integer.parseInt(matcher.group(1)) - 1, text.getLineCount() - 1);
			offset = text.getOffsetAtLine(Math.max(0, line));
		}
		if (offset >= 0) {
			text.setSelection(offset);
			text.showSelection();
			text.setFocus();
		}
	}
}

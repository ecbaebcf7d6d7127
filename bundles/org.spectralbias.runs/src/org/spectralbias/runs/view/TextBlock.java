package org.spectralbias.runs.view;

import java.util.List;

/**
 * Lines of text, e.g. findings or a log.
 *
 * @param id    unique within the page
 * @param title heading, empty for none
 * @param lines the lines
 */
public record TextBlock(String id, String title, List<String> lines) implements Block {

	/** Copies the lines. */
	public TextBlock {
		lines = List.copyOf(lines);
	}
}

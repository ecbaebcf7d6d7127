package org.spectralbias.ui.charts;

import java.io.IOException;
import java.nio.file.Path;

/** A figure widget that can write what it shows as SVG or PNG. */
public interface Exportable {

	/**
	 * @param file the target; its extension (.svg or .png) picks the format
	 * @throws IOException when writing fails
	 */
	void export(Path file) throws IOException;

	/** @return the figure's title, the stem of the suggested file name */
	String figureTitle();

	/** Shows the figure's own ranges again (no-op for figures that do not zoom). */
	default void resetZoom() {
	}
}

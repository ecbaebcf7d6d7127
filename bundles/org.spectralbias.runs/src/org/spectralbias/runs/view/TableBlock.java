package org.spectralbias.runs.view;

import org.spectralbias.core.io.CsvTable;

/**
 * A table, exportable as CSV.
 *
 * @param id       unique within the page
 * @param title    heading
 * @param table    header and rows as text
 * @param fileName the file name a CSV export suggests, e.g. {@code trajectory.csv}
 */
public record TableBlock(String id, String title, CsvTable table, String fileName) implements Block {
}

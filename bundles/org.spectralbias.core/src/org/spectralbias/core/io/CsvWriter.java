package org.spectralbias.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.spectralbias.core.io.AtomicFiles;

/**
 * Writes a {@link CsvTable} in the format of RFC 4180: comma-separated, CRLF line ends, a field quoted when it
 * contains a comma, a double quote, CR or LF (quotes doubled inside), or when it is the only, empty field of a row
 * (so the row is not an empty line). Stateless.
 */
public final class CsvWriter {

	private static final String CRLF = "\r\n";

	private CsvWriter() {
	}

	/**
	 * @param table the table
	 * @return the CSV text
	 */
	public static String toString(CsvTable table) {
		StringBuilder out = new StringBuilder(64 * (table.rowCount() + 1));
		try {
			write(table, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/**
	 * @param table the table
	 * @param out where to append the CSV text
	 * @throws IOException when appending fails
	 */
	public static void write(CsvTable table, Appendable out) throws IOException {
		writeRow(table.header(), out);
		for (List<String> row : table.rows()) {
			writeRow(row, out);
		}
	}

	/**
	 * Writes UTF-8 without byte-order mark, atomically (see {@link AtomicFiles}).
	 *
	 * @param table the table
	 * @param target the file to create or replace; its folder must exist
	 * @throws IOException when writing fails
	 */
	public static void write(CsvTable table, Path target) throws IOException {
		AtomicFiles.write(target, stream -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			write(table, writer);
			writer.flush();
		});
	}

	private static void writeRow(List<String> row, Appendable out) throws IOException {
		for (int i = 0; i < row.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String field = row.get(i);
			if (needsQuotes(field) || row.size() == 1 && field.isEmpty()) {
				out.append('"').append(field.replace("\"", "\"\"")).append('"');
			} else {
				out.append(field);
			}
		}
		out.append(CRLF);
	}

	private static boolean needsQuotes(String field) {
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == ',' || c == '"' || c == '\r' || c == '\n') {
				return true;
			}
		}
		return false;
	}
}

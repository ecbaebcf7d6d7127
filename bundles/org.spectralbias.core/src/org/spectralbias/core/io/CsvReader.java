package org.spectralbias.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the format {@link CsvWriter} writes (RFC 4180): the first record is the header; quoted fields may hold
 * commas, doubled quotes and line breaks; CRLF and LF line ends are both accepted; a leading UTF-8 byte-order mark
 * is ignored, as is a final line end. Strict otherwise: a quote inside an unquoted field, text after a closing quote,
 * an unterminated quote or a row with a different number of fields than the header is a
 * {@link CsvFormatException}. Stateless.
 */
public final class CsvReader {

	private CsvReader() {
	}

	/**
	 * @param text CSV text
	 * @return the table
	 * @throws CsvFormatException when the text is malformed
	 */
	public static CsvTable parse(String text) throws CsvFormatException {
		try {
			return read(new StringReader(text));
		} catch (CsvFormatException e) {
			throw e;
		} catch (IOException e) {
			throw new IllegalStateException("reading a string failed", e);
		}
	}

	/**
	 * @param file a UTF-8 CSV file
	 * @return the table
	 * @throws CsvFormatException when the content is malformed
	 * @throws IOException when reading fails
	 */
	public static CsvTable read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		}
	}

	/**
	 * @param source CSV text; not closed
	 * @return the table
	 * @throws CsvFormatException when the content is malformed
	 * @throws IOException when reading fails
	 */
	public static CsvTable read(Reader source) throws IOException {
		Reader in = source instanceof BufferedReader || source instanceof StringReader ? source
				: new BufferedReader(source);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int c = in.read();
		if (c == '\uFEFF') {
			c = in.read();
		}
		if (c < 0) {
			throw new CsvFormatException("empty input, expected a header", line);
		}
		while (c >= 0) {
			if (c == '"' && field.isEmpty() && !quoted) {
				int start = line;
				for (;;) {
					c = in.read();
					if (c < 0) {
						throw new CsvFormatException("quoted field opened on line " + start + " is not closed", line);
					}
					if (c == '"' && (c = in.read()) != '"') {
						break;
					}
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				quoted = false;
				c = in.read();
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && in.read() != '\n') {
					throw new CsvFormatException("CR without LF", line);
				}
				record.add(field.toString());
				records.add(checked(record, records, line));
				record = new ArrayList<>();
				field.setLength(0);
				quoted = false;
				line++;
				c = in.read();
			} else if (quoted) {
				throw new CsvFormatException("text after a closing quote", line);
			} else if (c == '"') {
				throw new CsvFormatException("quote inside an unquoted field", line);
			} else {
				field.append((char) c);
				c = in.read();
			}
		}
		if (!record.isEmpty() || !field.isEmpty() || quoted) {
			record.add(field.toString());
			records.add(checked(record, records, line));
		}
		return new CsvTable(records.get(0), records.subList(1, records.size()));
	}

	private static List<String> checked(List<String> record, List<List<String>> records, int line)
			throws CsvFormatException {
		if (!records.isEmpty() && record.size() != records.get(0).size()) {
			throw new CsvFormatException(
					"expected " + records.get(0).size() + " fields as in the header, found " + record.size(), line);
		}
		return record;
	}
}

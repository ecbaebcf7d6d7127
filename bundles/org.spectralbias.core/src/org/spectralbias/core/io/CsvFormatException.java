package org.spectralbias.core.io;

import java.io.IOException;

/**
 * A CSV text that does not follow RFC 4180 or does not form a table (rows of unequal length).
 */
public final class CsvFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int line;

	/**
	 * @param message what is wrong
	 * @param line the 1-based line where it was found
	 */
	public CsvFormatException(String message, int line) {
		super("line " + line + ": " + message);
		this.line = line;
	}

	/**
	 * @return the 1-based line where the problem was found
	 */
	public int line() {
		return line;
	}
}

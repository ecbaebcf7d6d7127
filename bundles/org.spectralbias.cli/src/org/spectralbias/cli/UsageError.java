package org.spectralbias.cli;

/** A problem with what the user typed; printed as one line and exits with code 2. */
final class UsageError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UsageError(String message) {
		super(message);
	}
}

package org.spectralbias.math;

/** Thrown by a computation that stopped between blocks because its {@link Progress} was cancelled. */
public final class CancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Creates the exception with the standard message. */
	public CancelledException() {
		super("cancelled by the user");
	}
}

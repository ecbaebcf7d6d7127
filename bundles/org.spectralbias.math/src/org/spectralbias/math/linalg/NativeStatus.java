package org.spectralbias.math.linalg;

import java.util.Objects;

/**
 * Whether native linear algebra is in use, and which library or why not: what the command line's {@code bench},
 * the About dialog and run provenance show.
 *
 * @param available   whether the native solvers are usable
 * @param description the library actually loaded (e.g. "netlib-java JNI → /usr/lib/…/libopenblasp-r0.3.21.so"),
 *                    or the reason the pure-Java solvers are used
 */
public record NativeStatus(boolean available, String description) {

	/** @throws NullPointerException when description is null */
	public NativeStatus {
		Objects.requireNonNull(description, "description");
	}

	/**
	 * @param description what is loaded
	 * @return an available status
	 */
	public static NativeStatus available(String description) {
		return new NativeStatus(true, description);
	}

	/**
	 * @param reason why native code is not used
	 * @return an unavailable status
	 */
	public static NativeStatus unavailable(String reason) {
		return new NativeStatus(false, reason);
	}

	@Override
	public String toString() {
		return available ? "native LAPACK: " + description
				: "pure Java (native LAPACK not available: " + description + ")";
	}
}

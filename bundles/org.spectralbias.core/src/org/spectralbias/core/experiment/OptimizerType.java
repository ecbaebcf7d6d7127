package org.spectralbias.core.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The training algorithms an experiment file can name in {@code optimizer.type}. */
public enum OptimizerType {
	/** Full-batch gradient descent on the square loss (1/(2n)) Σ (f − y)². */
	GRADIENT_DESCENT("gd");

	private final String id;

	OptimizerType(String id) {
		this.id = id;
	}

	/** @return the value written in files, e.g. {@code gd} */
	public String id() {
		return id;
	}

	/**
	 * @param id the value from a file
	 * @return the type with this id, if any
	 */
	public static Optional<OptimizerType> byId(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
	}

	/** @return every id, in declaration order */
	public static List<String> ids() {
		return Arrays.stream(values()).map(OptimizerType::id).toList();
	}
}

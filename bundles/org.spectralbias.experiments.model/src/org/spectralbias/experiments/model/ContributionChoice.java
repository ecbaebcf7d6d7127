package org.spectralbias.experiments.model;

import java.util.List;
import java.util.Objects;

import org.spectralbias.core.contrib.ParameterDescriptor;

/**
 * A contribution a picker offers.
 *
 * @param id          the id an experiment file names
 * @param name        the display name ({@code id} when the contribution declares none)
 * @param description one sentence, may be empty
 * @param bundle      the contributing bundle
 * @param parameters  its parameters, in declaration order
 */
public record ContributionChoice(String id, String name, String description, String bundle,
		List<ParameterDescriptor> parameters) {

	/** Checks and copies. */
	public ContributionChoice {
		Objects.requireNonNull(id, "id");
		name = name == null || name.isBlank() ? id : name;
		description = description == null ? "" : description;
		bundle = bundle == null ? "" : bundle;
		parameters = List.copyOf(parameters);
	}

	/** @return what a picker shows: {@code "ReLU (relu)"} */
	public String label() {
		return name.equals(id) ? id : name + " (" + id + ")";
	}
}

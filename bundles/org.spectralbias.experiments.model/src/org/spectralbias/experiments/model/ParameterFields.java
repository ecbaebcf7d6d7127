package org.spectralbias.experiments.model;

import java.util.List;

import org.spectralbias.core.contrib.ParameterDescriptor;

/**
 * The form fields of a contribution's parameters, generated from its {@link ParameterDescriptor}s: one field per
 * parameter at {@code <reference>.parameters.<name>}, with the descriptor's default, unit, bounds and description.
 * The hint beside a field gives the bounds and the description (for free text, the description alone, which names
 * the accepted words).
 */
public final class ParameterFields {

	private ParameterFields() {
	}

	/**
	 * @param reference   the path of the contribution reference, e.g. {@code $.target} or {@code $.analyses[1]}
	 * @param descriptors the contribution's parameters, in the order it declares them
	 * @return one field per parameter, in that order
	 */
	public static List<FormField> of(JsonPath reference, List<ParameterDescriptor> descriptors) {
		JsonPath parameters = reference.child("parameters");
		return descriptors.stream().map(d -> field(parameters.child(d.name()), d)).toList();
	}

	private static FormField field(JsonPath path, ParameterDescriptor d) {
		FieldKind kind = switch (d.type()) {
		case DOUBLE -> FieldKind.NUMBER;
		case INTEGER -> FieldKind.INTEGER;
		case BOOLEAN -> FieldKind.BOOLEAN;
		case DOUBLE_LIST -> FieldKind.NUMBER_LIST;
		case STRING -> FieldKind.TEXT;
		};
		String hint = kind == FieldKind.TEXT ? (d.description().isEmpty() ? d.rangeText() : d.description())
				: d.description().isEmpty() ? d.rangeText() : d.rangeText() + "; " + d.description();
		return new FormField(path, d.name(), kind, d.defaultValue(), d.unit(), hint, d.description(), List.of());
	}
}

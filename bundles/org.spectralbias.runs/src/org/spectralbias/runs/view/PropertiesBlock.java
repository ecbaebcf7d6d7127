package org.spectralbias.runs.view;

import java.util.List;

/**
 * Name–value pairs, e.g. the experiment's settings.
 *
 * @param id    unique within the page
 * @param title heading, empty for none
 * @param rows  the pairs, in display order
 */
public record PropertiesBlock(String id, String title, List<Property> rows) implements Block {

	/**
	 * One pair.
	 *
	 * @param name  what it is
	 * @param value its value as text
	 */
	public record Property(String name, String value) {
	}

	/** Copies the rows. */
	public PropertiesBlock {
		rows = List.copyOf(rows);
	}

	/** @return the value of the first row with that name, if any */
	public java.util.Optional<String> value(String name) {
		return rows.stream().filter(r -> r.name().equals(name)).map(Property::value).findFirst();
	}
}

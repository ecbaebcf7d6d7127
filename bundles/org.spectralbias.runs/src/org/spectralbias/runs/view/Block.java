package org.spectralbias.runs.view;

/**
 * One piece of a {@link Page}. A renderer lays blocks out top to bottom; a block that is not {@link #wide()} may
 * share its row with the next narrow block.
 */
public sealed interface Block permits TextBlock, PropertiesBlock, ChartBlock, TableBlock, HeatMapBlock {

	/** @return an identifier unique within the page (also the file name stem when exported) */
	String id();

	/** @return the heading shown above the block, empty for none */
	String title();

	/** @return whether the block takes the page's full width */
	default boolean wide() {
		return true;
	}
}

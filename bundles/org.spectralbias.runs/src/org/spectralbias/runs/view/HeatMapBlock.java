package org.spectralbias.runs.view;

import org.spectralbias.runs.heatmap.HeatMap;

/**
 * A heat map (e.g. the leakage matrix), drawn and exported through the report bundle's canvas.
 *
 * @param id      unique within the page; the file name stem when exported
 * @param heatMap the heat map (its own title is the heading)
 * @param wide    whether it takes the page's full width
 */
public record HeatMapBlock(String id, HeatMap heatMap, boolean wide) implements Block {

	@Override
	public String title() {
		return "";
	}
}

package org.spectralbias.runs.view;

import org.spectralbias.report.chart.Chart;

/**
 * A chart in the report bundle's model: the workbench shows it with SWTChart and exports it with the report
 * bundle's SVG and PNG renderers, exactly as the command line writes its figures.
 *
 * @param id    unique within the page; the file name stem when exported
 * @param chart the chart (its own title is the heading)
 * @param wide  whether it takes the page's full width
 */
public record ChartBlock(String id, Chart chart, boolean wide) implements Block {

	@Override
	public String title() {
		return "";
	}
}

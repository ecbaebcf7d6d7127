/**
 * SWT widgets over the report bundle's chart model: {@link org.spectralbias.ui.charts.ChartViewer} shows a
 * {@link org.spectralbias.report.chart.Chart} with SWTChart (log axes that zoom in log space, legend, the nearest
 * point under the mouse, export to SVG and PNG through the report bundle's renderers, i.e. the command line's
 * figure), {@link org.spectralbias.ui.charts.HeatMapViewer} draws a heat map with the same painter that exports it.
 * Widgets must be used on the SWT UI thread.
 */
package org.spectralbias.ui.charts;

/**
 * The chart model shared by the figure writers and the workbench UI: {@link org.spectralbias.report.chart.Chart}
 * with its {@link org.spectralbias.report.chart.Axis axes}, {@link org.spectralbias.report.chart.Series series},
 * {@link org.spectralbias.report.chart.ReferenceLine reference lines} and
 * {@link org.spectralbias.report.chart.Annotation annotations}. Plain immutable values without rendering code, safe
 * to share between threads.
 */
package org.spectralbias.report.chart;

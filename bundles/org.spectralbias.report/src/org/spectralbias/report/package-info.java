/**
 * Headless figure and report output of the Spectral Bias Workbench: the chart model
 * ({@link org.spectralbias.report.chart}), layout ({@link org.spectralbias.report.layout}), SVG and PNG writers,
 * figures of runs ({@link org.spectralbias.report.figures}); files are written with the core's atomic writer. Depends on the
 * JDK and the core's run model.
 */
package org.spectralbias.report;

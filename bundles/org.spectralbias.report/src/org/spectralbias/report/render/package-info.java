/**
 * Backend-neutral drawing: {@link org.spectralbias.report.render.ChartPainter} paints a
 * {@link org.spectralbias.report.layout.ChartLayout} onto a {@link org.spectralbias.report.render.Canvas}, which the
 * SVG and PNG writers implement.
 */
package org.spectralbias.report.render;

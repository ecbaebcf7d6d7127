/**
 * Layout shared by the renderers: {@link org.spectralbias.report.layout.Ticks} (1–2–5 linear ticks, decade ticks on
 * log axes), {@link org.spectralbias.report.layout.ChartLayout} (plot area, data-to-pixel mapping, placed texts,
 * clipped polylines, legend) and {@link org.spectralbias.report.layout.TextMetrics}. No graphics toolkit is used;
 * text widths are estimated deterministically. All public types are immutable or stateless.
 */
package org.spectralbias.report.layout;

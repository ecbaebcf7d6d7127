/**
 * SVG output: {@link org.spectralbias.report.svg.SvgRenderer} writes a chart as a deterministic standalone SVG 1.1
 * document. Uses only java.base.
 */
package org.spectralbias.report.svg;

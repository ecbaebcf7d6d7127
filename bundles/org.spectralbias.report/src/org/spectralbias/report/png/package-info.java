/**
 * PNG output: {@link org.spectralbias.report.png.PngRenderer} rasterises a chart with AWT off-screen images
 * (module java.desktop), headless.
 */
package org.spectralbias.report.png;

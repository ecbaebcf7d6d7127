/**
 * Heat maps (e.g. the leakage matrix of the misspecification analysis): the model, its layout and a painter over
 * the report bundle's {@link org.spectralbias.report.render.Canvas}, so the workbench draws on screen exactly what
 * it exports as SVG or PNG. Headless and deterministic.
 */
package org.spectralbias.runs.heatmap;

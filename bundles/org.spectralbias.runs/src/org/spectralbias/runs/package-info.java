/**
 * The runs folder as the workbench sees it, without any UI: {@link org.spectralbias.runs.RunStore} finds the run
 * folders (each holding a {@code run.json}), groups them by experiment with status, date and key numbers, and moves
 * deleted runs to a trash folder; {@link org.spectralbias.runs.RunRecord} reads one {@code run.json}. Plain Java
 * over the core's run package; thread-safe where stated.
 */
package org.spectralbias.runs;

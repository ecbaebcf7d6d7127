/**
 * The run side of the workbench: the Runs view (the runs folder as a tree of experiments and runs), the run editor
 * with one tab per contribution to the extension point {@code org.spectralbias.ui.runs.runEditorTabs}, the compare
 * editor, and live runs (the editor of a run that trains in this workbench follows it as it records).
 * <p>
 * Other plug-ins open a run with the command {@value org.spectralbias.ui.runs.RunEditors#OPEN_RUN_COMMAND} and its
 * parameter {@value org.spectralbias.ui.runs.RunEditors#RUN_FOLDER_PARAMETER} (the run folder's absolute path), or
 * with {@link org.spectralbias.ui.runs.RunEditors#open}.
 */
package org.spectralbias.ui.runs;

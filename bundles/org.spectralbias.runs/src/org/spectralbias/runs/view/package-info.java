/**
 * View models of the run editor's tabs, headless: a {@link org.spectralbias.runs.view.RunModel} holds what a run
 * folder (or a live run) offers, and each {@link org.spectralbias.runs.view.RunPageFactory} turns it into a
 * {@link org.spectralbias.runs.view.Page} of blocks — charts (the report bundle's chart model, so the workbench and
 * the command line draw and export the same figures), heat maps, tables, properties and text. The UI only renders
 * pages; nothing here computes science, it arranges what the engine and the analyses stored.
 */
package org.spectralbias.runs.view;

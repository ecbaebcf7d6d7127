/**
 * Export of what the workbench shows: figures (charts and heat maps) as SVG and PNG through the report bundle's
 * renderers — the same files the command line writes — tables as CSV, and whole runs with their figures.
 */
package org.spectralbias.runs.export;

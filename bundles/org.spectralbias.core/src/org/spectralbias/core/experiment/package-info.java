/**
 * The experiment-file model: {@link org.spectralbias.core.experiment.ExperimentSpec} and its parts (immutable
 * records), and {@link org.spectralbias.core.experiment.ExperimentJson}, which reads, validates and writes experiment
 * files of schema {@code spectralbias.experiment/1} (see {@code docs/experiment-files.md}). Reading reports every
 * problem at once, each with its JSON path, as an {@link org.spectralbias.core.experiment.ExperimentFileException}.
 * Plain Java plus Gson; no OSGi, so it is usable and testable without a framework. All public types are immutable
 * or stateless and safe for concurrent use.
 */
package org.spectralbias.core.experiment;

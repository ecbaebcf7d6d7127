package org.spectralbias.core.experiment;

import java.util.List;
import java.util.Map;

/**
 * A sweep: one experiment file whose {@code "sweep"} object lists several values for some of its settings; the
 * sweep is the cartesian product of those lists (see {@code docs/experiment-files.md}, "Sweeps").
 *
 * @param name   the base experiment's name; each point's run is named after it and the point's labels
 * @param base   the experiment without the sweep (an axis the file leaves out takes its first value)
 * @param axes   the varied settings in file order, e.g. {@code [distribution, width]}
 * @param points the experiments of the product, the first axis varying slowest
 */
public record Sweep(String name, ExperimentSpec base, List<String> axes, List<Point> points) {

	/** Copies the lists. */
	public Sweep {
		axes = List.copyOf(axes);
		points = List.copyOf(points);
	}

	/**
	 * One experiment of a sweep.
	 *
	 * @param labels the value of each axis, for a person ({@code distribution → piecewise-uniform#2},
	 *               {@code width → 1024}), in the order of {@link Sweep#axes()}
	 * @param spec   the experiment
	 */
	public record Point(Map<String, String> labels, ExperimentSpec spec) {

		/** Copies the labels. */
		public Point {
			labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
		}

		/** @return the labels joined for a table or a figure: {@code piecewise-uniform#2, 1024} */
		public String label() {
			return String.join(", ", labels.values());
		}
	}
}

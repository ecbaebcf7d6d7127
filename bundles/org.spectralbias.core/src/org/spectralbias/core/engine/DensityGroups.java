package org.spectralbias.core.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Groups training points by their local input density p(x) (relative to the uniform measure): points of exactly
 * equal density (a piecewise-uniform law's bands) form one group each; when there are more than
 * {@value #MAX_DISTINCT} distinct values (a smooth density) the points are split into {@value #QUANTILE_BINS}
 * equal-count bins of p and a bin's density is its mean. A uniform law gives one group.
 */
final class DensityGroups {

	static final int MAX_DISTINCT = 12;
	static final int QUANTILE_BINS = 6;

	/** The group of each point (0-based) and each group's density and size. */
	final int[] groupOf;
	final double[] density;
	final int[] count;

	private DensityGroups(int[] groupOf, double[] density, int[] count) {
		this.groupOf = groupOf;
		this.density = density;
		this.count = count;
	}

	/**
	 * @param p the density of each point, finite and ≥ 0
	 * @return the groups, in increasing density
	 */
	static DensityGroups of(double[] p) {
		double[] distinct = Arrays.stream(p).distinct().sorted().toArray();
		int n = p.length;
		int[] groupOf = new int[n];
		if (distinct.length <= MAX_DISTINCT) {
			int[] count = new int[distinct.length];
			for (int i = 0; i < n; i++) {
				groupOf[i] = Arrays.binarySearch(distinct, p[i]);
				count[groupOf[i]]++;
			}
			return new DensityGroups(groupOf, distinct, count);
		}
		Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> p[i]))
				.toArray(Integer[]::new);
		int bins = Math.min(QUANTILE_BINS, n);
		double[] density = new double[bins];
		int[] count = new int[bins];
		for (int r = 0; r < n; r++) {
			int b = (int) ((long) r * bins / n);
			groupOf[order[r]] = b;
			density[b] += p[order[r]];
			count[b]++;
		}
		for (int b = 0; b < bins; b++) {
			density[b] /= count[b];
		}
		return new DensityGroups(groupOf, density, count);
	}

	/** @return the mean squared residual of each group */
	double[] energies(double[] residual) {
		double[] e = new double[density.length];
		for (int i = 0; i < residual.length; i++) {
			e[groupOf[i]] += residual[i] * residual[i];
		}
		for (int g = 0; g < e.length; g++) {
			e[g] /= count[g];
		}
		return e;
	}
}

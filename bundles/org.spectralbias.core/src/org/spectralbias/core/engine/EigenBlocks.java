package org.spectralbias.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.spectralbias.math.sphere.Spectrum;

/**
 * Groups the n eigenvectors of K/n (in descending eigenvalue order) into blocks the size of the sphere's eigenspaces:
 * degrees sorted by μ_k (descending), block k holding N(D, k) eigenvectors, the last block cut at n. Under uniform
 * inputs and large n, block k approximates the degree-k harmonics, so a degree-k target direction should put its
 * energy in block k; the leakage matrix measures how far that holds.
 */
final class EigenBlocks {

	private EigenBlocks() {
	}

	/** @return for each block its degree and its size, covering exactly n eigenvectors */
	static int[][] of(Spectrum spectrum, int n) {
		List<Integer> degrees = new ArrayList<>();
		for (int k = 0; k <= spectrum.maxDegree(); k++) {
			degrees.add(k);
		}
		degrees.sort(Comparator.comparingDouble((Integer k) -> -Math.max(0, spectrum.eigenvalue(k)))
				.thenComparing(k -> k));
		List<int[]> blocks = new ArrayList<>();
		long covered = 0;
		for (int k : degrees) {
			if (covered >= n) {
				break;
			}
			double size = spectrum.multiplicitiesApprox()[k];
			int take = (int) Math.min(n - covered, size);
			blocks.add(new int[] { k, take });
			covered += take;
		}
		return blocks.toArray(int[][]::new);
	}

	/** @return the share of the energy in each block */
	static double[] shares(double[] energy, int[][] blocks) {
		double[] shares = new double[blocks.length];
		int c = 0;
		for (int b = 0; b < blocks.length; b++) {
			for (int j = 0; j < blocks[b][1]; j++) {
				shares[b] += energy[c++];
			}
		}
		return shares;
	}
}

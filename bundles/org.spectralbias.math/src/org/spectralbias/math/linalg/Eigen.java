package org.spectralbias.math.linalg;

import java.util.Arrays;
import java.util.Objects;

/**
 * Leading eigenpairs of a symmetric n × n matrix.
 * <p>
 * {@code values} holds k ≤ n eigenvalues in descending order. {@code vectors}, when present, is the n × k matrix of
 * the corresponding orthonormal eigenvectors, row-major: column c is the eigenvector of {@code values[c]}, so
 * component i of eigenvector c is {@code vectors[i * k + c]} (use {@link #vector(int)} for a copy). The sign of each
 * eigenvector is arbitrary.
 * <p>
 * The record exposes its arrays without copying: treat them as read-only. Equality compares contents.
 *
 * @param n       the matrix order, ≥ 0
 * @param values  k ≤ n eigenvalues, descending
 * @param vectors n·k entries as described, or {@code null} when eigenvectors were not requested
 */
public record Eigen(int n, double[] values, double[] vectors) {

	/**
	 * @throws IllegalArgumentException when the sizes do not match or the values are not descending
	 */
	public Eigen {
		Objects.requireNonNull(values, "values");
		if (n < 0 || values.length > n) {
			throw new IllegalArgumentException("need 0 <= values.length <= n, got n=" + n + ", " + values.length
					+ " values");
		}
		if (vectors != null && vectors.length != n * values.length) {
			throw new IllegalArgumentException("vectors must have n*k = " + n * values.length + " entries, got "
					+ vectors.length);
		}
		for (int k = 1; k < values.length; k++) {
			if (!(values[k] <= values[k - 1])) {
				throw new IllegalArgumentException("eigenvalues must be in descending order (index " + k + ")");
			}
		}
	}

	/** @return k, the number of eigenpairs held */
	public int count() {
		return values.length;
	}

	/** @return whether eigenvectors are present */
	public boolean hasVectors() {
		return vectors != null;
	}

	/**
	 * @param c index in [0, k)
	 * @return a copy of eigenvector c (unit Euclidean norm), length n
	 * @throws IllegalStateException when eigenvectors were not requested
	 */
	public double[] vector(int c) {
		Objects.checkIndex(c, values.length);
		if (vectors == null) {
			throw new IllegalStateException("eigenvectors were not computed");
		}
		int k = values.length;
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			v[i] = vectors[i * k + c];
		}
		return v;
	}

	/**
	 * @param top number of leading eigenpairs to keep, in [0, k]
	 * @return the first {@code top} eigenpairs (a new record; this one if top = k)
	 */
	public Eigen truncate(int top) {
		int k = values.length;
		if (top < 0 || top > k) {
			throw new IllegalArgumentException("top must be in [0, " + k + "], got " + top);
		}
		if (top == k) {
			return this;
		}
		double[] truncatedVectors = null;
		if (vectors != null) {
			truncatedVectors = new double[n * top];
			for (int i = 0; i < n; i++) {
				System.arraycopy(vectors, i * k, truncatedVectors, i * top, top);
			}
		}
		return new Eigen(n, Arrays.copyOf(values, top), truncatedVectors);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Eigen e && e.n == n && Arrays.equals(e.values, values) && Arrays.equals(e.vectors, vectors);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * n + Arrays.hashCode(values)) + Arrays.hashCode(vectors);
	}

	@Override
	public String toString() {
		return "Eigen[n=" + n + ", k=" + values.length + (vectors == null ? "" : ", with vectors") + "]";
	}
}

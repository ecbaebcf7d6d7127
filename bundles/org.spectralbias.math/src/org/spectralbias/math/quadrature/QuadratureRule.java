package org.spectralbias.math.quadrature;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable quadrature rule: {@code Σ_i weights[i] · f(nodes[i])} approximates an integral (or an expectation)
 * whose domain and weight function are fixed by whoever built the rule.
 * <p>
 * The arrays are copied on construction and on every access of {@link #nodes()} and {@link #weights()}, so an
 * instance can be cached and shared between threads. Hot loops should use {@link #node(int)}, {@link #weight(int)}
 * and {@link #size()}, which do not copy.
 *
 * @param nodes   the abscissae, finite, same length as {@code weights}, at least one
 * @param weights the weights, finite
 */
public record QuadratureRule(double[] nodes, double[] weights) {

	/**
	 * Validates and copies the arrays.
	 *
	 * @throws IllegalArgumentException when an array is null or empty, the lengths differ, or a value is not finite
	 */
	public QuadratureRule {
		if (nodes == null || weights == null) {
			throw new IllegalArgumentException("nodes and weights must not be null");
		}
		if (nodes.length == 0 || nodes.length != weights.length) {
			throw new IllegalArgumentException("need as many weights as nodes and at least one node, got "
					+ nodes.length + " nodes and " + weights.length + " weights");
		}
		nodes = nodes.clone();
		weights = weights.clone();
		for (int i = 0; i < nodes.length; i++) {
			if (!Double.isFinite(nodes[i]) || !Double.isFinite(weights[i])) {
				throw new IllegalArgumentException("non-finite node or weight at index " + i);
			}
		}
	}

	/** @return a copy of the nodes */
	@Override
	public double[] nodes() {
		return nodes.clone();
	}

	/** @return a copy of the weights */
	@Override
	public double[] weights() {
		return weights.clone();
	}

	/** @return the number of nodes, ≥ 1 */
	public int size() {
		return nodes.length;
	}

	/**
	 * @param i index in {@code [0, size())}
	 * @return node {@code i}
	 */
	public double node(int i) {
		return nodes[i];
	}

	/**
	 * @param i index in {@code [0, size())}
	 * @return weight {@code i}
	 */
	public double weight(int i) {
		return weights[i];
	}

	/**
	 * Applies the rule.
	 *
	 * @param f the integrand, called once per node in node order
	 * @return {@code Σ_i w_i f(x_i)}, summed with Neumaier compensation
	 */
	public double integrate(DoubleUnaryOperator f) {
		double sum = 0;
		double compensation = 0;
		for (int i = 0; i < nodes.length; i++) {
			double term = weights[i] * f.applyAsDouble(nodes[i]);
			double t = sum + term;
			if (Math.abs(sum) >= Math.abs(term)) {
				compensation += (sum - t) + term;
			} else {
				compensation += (term - t) + sum;
			}
			sum = t;
		}
		return sum + compensation;
	}

	/**
	 * The same rule mapped affinely from {@code [-1, 1]} onto {@code [a, b]}: nodes {@code (a+b)/2 + (b−a)/2 · x_i},
	 * weights {@code (b−a)/2 · w_i}. Meaningful for rules on {@code [-1, 1]} with a constant weight function.
	 *
	 * @param a lower end, finite
	 * @param b upper end, finite ({@code b &lt; a} reverses orientation, as in an integral)
	 * @return the mapped rule
	 */
	public QuadratureRule mapFromSymmetricInterval(double a, double b) {
		if (!Double.isFinite(a) || !Double.isFinite(b)) {
			throw new IllegalArgumentException("interval ends must be finite, got [" + a + ", " + b + "]");
		}
		double half = 0.5 * (b - a);
		double mid = 0.5 * (a + b);
		double[] x = new double[nodes.length];
		double[] w = new double[nodes.length];
		for (int i = 0; i < x.length; i++) {
			x[i] = mid + half * nodes[i];
			w[i] = half * weights[i];
		}
		return new QuadratureRule(x, w);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof QuadratureRule r && Arrays.equals(nodes, r.nodes) && Arrays.equals(weights, r.weights);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(nodes) + Arrays.hashCode(weights);
	}

	@Override
	public String toString() {
		return "QuadratureRule[" + nodes.length + " nodes]";
	}
}

package org.spectralbias.math.network;

import java.util.random.RandomGenerator;

import org.spectralbias.math.activation.ActivationFunction;

/**
 * Naive, loop-by-definition reference computations from a {@link NetworkParameters} snapshot, used as oracles: no
 * blocking, no transposition, no threads.
 */
final class Reference {

	private Reference() {
	}

	/** x̃ = x, or (x, 1) with bias. */
	static double[] tilde(double[] x, boolean bias) {
		if (!bias) {
			return x.clone();
		}
		double[] t = java.util.Arrays.copyOf(x, x.length + 1);
		t[x.length] = 1.0;
		return t;
	}

	/** h_r = w_r·x̃. */
	static double preActivation(NetworkParameters p, int r, double[] x) {
		double[] w = p.firstLayerShared();
		double[] xt = tilde(x, p.bias());
		int d = p.inputDim();
		double h = 0.0;
		for (int k = 0; k < d; k++) {
			h += w[r * d + k] * xt[k];
		}
		return h;
	}

	/** f(x) = (1/√m) Σ_r a_r σ(w_r·x̃). */
	static double output(NetworkParameters p, ActivationFunction sigma, double[] x) {
		double[] a = p.secondLayerShared();
		double sum = 0.0;
		for (int r = 0; r < p.width(); r++) {
			sum += a[r] * sigma.value(preActivation(p, r, x));
		}
		return sum / Math.sqrt(p.width());
	}

	/** L = (1/(2n)) Σ (f(x_i) − y_i)². */
	static double loss(NetworkParameters p, ActivationFunction sigma, double[][] x, double[] y) {
		double sum = 0.0;
		for (int i = 0; i < x.length; i++) {
			double e = output(p, sigma, x[i]) - y[i];
			sum += e * e;
		}
		return sum / (2.0 * x.length);
	}

	/**
	 * The per-neuron contributions to ⟨∇f(x), ∇f(z)⟩·m: σ(h_x)σ(h_z) (unless first-layer-only) plus
	 * a_r² σ'(h_x)σ'(h_z)⟨x̃, z̃⟩. Their mean is the empirical NTK; their spread gives its Monte-Carlo error.
	 */
	static double[] contributions(NetworkParameters p, ActivationFunction sigma, double[] x, double[] z,
			boolean firstLayerOnly) {
		double[] a = p.secondLayerShared();
		double[] xt = tilde(x, p.bias());
		double[] zt = tilde(z, p.bias());
		double dot = 0.0;
		for (int k = 0; k < xt.length; k++) {
			dot += xt[k] * zt[k];
		}
		double[] c = new double[p.width()];
		for (int r = 0; r < p.width(); r++) {
			double hx = preActivation(p, r, x);
			double hz = preActivation(p, r, z);
			double second = firstLayerOnly ? 0.0 : sigma.value(hx) * sigma.value(hz);
			c[r] = second + a[r] * a[r] * sigma.derivative(hx) * sigma.derivative(hz) * dot;
		}
		return c;
	}

	static double mean(double[] c) {
		double s = 0.0;
		for (double v : c) {
			s += v;
		}
		return s / c.length;
	}

	/** Standard error of the mean, s/√m. */
	static double standardError(double[] c) {
		double mean = mean(c);
		double ss = 0.0;
		for (double v : c) {
			ss += (v - mean) * (v - mean);
		}
		return Math.sqrt(ss / (c.length - 1) / c.length);
	}

	/** n standard-normal points of R^D (not on the sphere: exercises |x| ≠ 1). */
	static double[][] gaussianPoints(int n, int dim, RandomGenerator random) {
		double[][] x = new double[n][dim];
		for (double[] row : x) {
			for (int k = 0; k < dim; k++) {
				row[k] = random.nextGaussian();
			}
		}
		return x;
	}

	/** Two unit vectors of R^D with ⟨x, z⟩ = t, in a random orientation. */
	static double[][] pairWithCosine(double t, int dim, RandomGenerator random) {
		double[] e1 = unit(gaussianPoints(1, dim, random)[0]);
		double[] g = gaussianPoints(1, dim, random)[0];
		double along = dot(g, e1);
		for (int k = 0; k < dim; k++) {
			g[k] -= along * e1[k];
		}
		double[] e2 = unit(g);
		double s = Math.sqrt((1 - t) * (1 + t));
		double[] z = new double[dim];
		for (int k = 0; k < dim; k++) {
			z[k] = t * e1[k] + s * e2[k];
		}
		return new double[][] { e1, z };
	}

	static double dot(double[] x, double[] z) {
		double s = 0.0;
		for (int k = 0; k < x.length; k++) {
			s += x[k] * z[k];
		}
		return s;
	}

	static double[] unit(double[] v) {
		double norm = Math.sqrt(dot(v, v));
		double[] u = new double[v.length];
		for (int k = 0; k < v.length; k++) {
			u[k] = v[k] / norm;
		}
		return u;
	}

	static double norm(double[] v) {
		return Math.sqrt(dot(v, v));
	}
}

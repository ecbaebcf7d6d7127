package org.spectralbias.core.engine;

import java.util.List;

import org.spectralbias.math.target.ZonalTerm;
import org.spectralbias.math.special.Gegenbauer;

/**
 * The unit vectors the residual is projected on: for degree k with direction ζ_k, v_k = (P_k(⟨ζ_k, x_i⟩))_i / ‖·‖
 * (the paper's measurement, â_k(t) = |v_kᵀ(y − f_t)|).
 */
final class Projections {

	private Projections() {
	}

	/** @return one unit vector per degree, over the given points */
	static double[][] vectors(List<ZonalTerm> terms, double[][] x, int ambientDim) {
		double[][] v = new double[terms.size()][];
		for (int k = 0; k < terms.size(); k++) {
			ZonalTerm term = terms.get(k);
			double[] a = new double[x.length];
			double norm = 0;
			for (int i = 0; i < x.length; i++) {
				double t = 0;
				for (int j = 0; j < ambientDim; j++) {
					t += term.direction()[j] * x[i][j];
				}
				a[i] = Gegenbauer.value(ambientDim, term.degree(), Math.max(-1, Math.min(1, t)));
				norm += a[i] * a[i];
			}
			norm = Math.sqrt(norm);
			for (int i = 0; i < x.length; i++) {
				a[i] = norm > 0 ? a[i] / norm : 0;
			}
			v[k] = a;
		}
		return v;
	}

	/** @return |v_kᵀ r| for every k */
	static double[] project(double[][] v, double[] r) {
		double[] p = new double[v.length];
		for (int k = 0; k < v.length; k++) {
			double s = 0;
			for (int i = 0; i < r.length; i++) {
				s += v[k][i] * r[i];
			}
			p[k] = Math.abs(s);
		}
		return p;
	}

	/** @return vᵀ(K/n)v for a row-major n × n K */
	static double rayleigh(double[] v, double[] k, int n) {
		double s = 0;
		for (int i = 0; i < n; i++) {
			double row = 0;
			for (int j = 0; j < n; j++) {
				row += k[i * n + j] * v[j];
			}
			s += v[i] * row;
		}
		return s / n;
	}
}

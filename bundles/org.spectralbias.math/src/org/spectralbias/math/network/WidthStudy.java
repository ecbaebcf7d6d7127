package org.spectralbias.math.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.linalg.GramMatrix;
import org.spectralbias.math.sphere.DecaySlopes;
import org.spectralbias.math.sphere.LogLogFit;

/**
 * How far a finite network's empirical NTK is from its infinite-width kernel, as a function of the width m: the
 * relative Frobenius distance ‖K_m − K_∞‖_F / ‖K_∞‖_F at initialisation and after T gradient-descent steps, and how
 * far the kernel moved during training, ‖K_m(T) − K_m(0)‖_F / ‖K_m(0)‖_F (the lazy-training check). Theory: the
 * distance at initialisation is a Monte-Carlo error over m neurons, so it falls like m^(−1/2); the movement falls
 * like m^(−1/2) as well (Jacot et al. 2018; Lee et al. 2019).
 */
public final class WidthStudy {

	/**
	 * The measurements at one width.
	 *
	 * @param width            m
	 * @param distanceInitial  ‖K_m(0) − K_∞‖_F / ‖K_∞‖_F
	 * @param distanceTrained  ‖K_m(T) − K_∞‖_F / ‖K_∞‖_F
	 * @param movement         ‖K_m(T) − K_m(0)‖_F / ‖K_m(0)‖_F
	 */
	public record Point(int width, double distanceInitial, double distanceTrained, double movement) {
	}

	/**
	 * The study: one point per width and the fitted log–log slopes.
	 *
	 * @param points          per width
	 * @param slopeInitial    fit of ln distanceInitial against ln m
	 * @param slopeMovement   fit of ln movement against ln m
	 */
	public record Result(List<Point> points, LogLogFit slopeInitial, LogLogFit slopeMovement) {
	}

	private WidthStudy() {
	}

	/**
	 * Runs the study on one fixed sample.
	 *
	 * @param x          n training points on the sphere
	 * @param y          n targets
	 * @param widths     the widths m (even: the networks use the symmetric initialisation)
	 * @param activation σ
	 * @param bias       whether the first layer has a bias
	 * @param etaEff     η_eff for the training steps
	 * @param steps      T ≥ 0
	 * @param seed       seed of the networks (each width gets its own split generator)
	 * @param threads    worker threads
	 * @param progress   one unit per width
	 * @return the result
	 */
	public static Result run(double[][] x, double[] y, int[] widths, ActivationFunction activation, boolean bias,
			double etaEff, int steps, long seed, int threads, Progress progress) {
		progress.begin("width study: " + widths.length + " widths", widths.length);
		SplittableRandom root = new SplittableRandom(seed);
		GramMatrix limit = null;
		List<Point> points = new ArrayList<>();
		for (int m : widths) {
			progress.checkCancelled();
			try (TwoLayerNetwork net = new TwoLayerNetwork(x[0].length, m, activation, 2.0, bias, false,
					Initialisation.SYMMETRIC, root.split(), threads)) {
				if (limit == null) {
					limit = GramMatrix.compute(net.limitKernel(), x, threads, Progress.NONE);
				}
				GramMatrix k0 = net.empiricalNtk(x, Progress.NONE);
				for (int t = 0; t < steps; t++) {
					net.step(x, y, etaEff);
				}
				GramMatrix kT = net.empiricalNtk(x, Progress.NONE);
				points.add(new Point(m, distance(k0, limit), distance(kT, limit), distance(kT, k0)));
			}
			progress.worked(1);
		}
		double[] m = points.stream().mapToDouble(Point::width).toArray();
		return new Result(points, DecaySlopes.fit(m, points.stream().mapToDouble(Point::distanceInitial).toArray()),
				DecaySlopes.fit(m, points.stream().mapToDouble(Point::movement).toArray()));
	}

	/**
	 * @param a a Gram matrix
	 * @param b the reference, same size
	 * @return the relative Frobenius distance ‖a − b‖_F / ‖b‖_F
	 */
	public static double distance(GramMatrix a, GramMatrix b) {
		double diff = 0;
		double norm = 0;
		double[] p = a.data();
		double[] q = b.data();
		for (int i = 0; i < p.length; i++) {
			double d = p[i] - q[i];
			diff += d * d;
			norm += q[i] * q[i];
		}
		return Math.sqrt(diff / norm);
	}
}

package org.spectralbias.math.network;

import java.util.Objects;

import org.spectralbias.math.Progress;
import org.spectralbias.math.linalg.Eigen;
import org.spectralbias.math.linalg.GramMatrix;
import org.spectralbias.math.linalg.SymmetricEigensolver;

/**
 * The NTK linear model of gradient descent on L = (1/(2n)) Σ (f − y)² with a fixed kernel K (science.md):
 * <ul>
 * <li>discrete: r_t = (I − η K/n)^t r_0 on the training points, r_0 = y − f_0, and on test points
 * f_test(t) = f_test(0) + K_test K⁻¹ (I − (I − ηK/n)^t)(y − f_0);</li>
 * <li>continuous (neural-tangents' {@code gradient_descent_mse}): f(t) = y + exp(−η t K/n)(f_0 − y) and
 * f_test(t) = f_test(0) + K_test K⁻¹ (I − exp(−η t K/n))(y − f_0), t in the same step units.</li>
 * </ul>
 * η = η_eff throughout. One symmetric eigendecomposition K = V Λ Vᵀ ({@link SymmetricEigensolver#defaultSolver()})
 * turns every matrix function into a diagonal one: with c = Vᵀ r_0,
 * r_t = V (d_t ∘ c), d_t(λ) = (1 − ηλ/n)^t, and f_test(t) = f_test(0) + (K_test V)(φ_t ∘ c) with
 * φ_t(λ) = (1 − d_t(λ))/λ. No inverse is formed: for small ε = ηλ/n, 1 − (1 − ε)^t = tε − C(t,2)ε² + …, so
 * φ_t → ηt/n as λ → 0 (indeed φ_t = (η/n) Σ_{s&lt;t} (1 − ε)^s exactly); it is evaluated as
 * −expm1(t·log1p(−ε))/λ, which keeps full relative accuracy for every |ε| &lt; 1 and tends to that limit, with
 * the limit used when ε underflows. Eigenvalues λ of K at rounding level (K only semi-definite) therefore
 * contribute ≈ ηt/n·(K_test v)(vᵀ r_0), which is what the exact dynamics gives, instead of an amplified 1/λ.
 * The continuous case uses d = exp(−ηtλ/n) and φ = −expm1(−ηtλ/n)/λ with the same limit.
 * <p>
 * Cost: the eigendecomposition plus n_test·n² for K_test V once; then O(n²) per train residual and O(n_test·n) per
 * test prediction at any t. Thread safety: immutable after construction.
 */
public final class LinearisedModel {

	private final int n;
	private final int nTest;
	private final double etaEff;
	private final double[] lambda;
	private final double[] vectors;
	private final double[] coefficients;
	private final double[] kTestV;
	private final double[] y;
	private final double[] f0Test;
	private final boolean hasTest;

	/**
	 * @param kTrain     K, the n × n kernel on the training points (symmetric positive semi-definite)
	 * @param kTestTrain K_test, n_test × n row-major, or {@code null} for train-only predictions
	 * @param f0Train    f_0 on the training points, n entries
	 * @param f0Test     f_0 on the test points, n_test entries ({@code null} iff kTestTrain is)
	 * @param y          training targets, n entries
	 * @param etaEff     η_eff, finite, &gt; 0
	 * @param progress   passed to the eigensolver
	 * @throws IllegalArgumentException when sizes do not match
	 */
	public LinearisedModel(GramMatrix kTrain, double[] kTestTrain, double[] f0Train, double[] f0Test, double[] y,
			double etaEff, Progress progress) {
		Objects.requireNonNull(kTrain, "kTrain");
		this.n = kTrain.n();
		if (n == 0 || f0Train.length != n || y.length != n) {
			throw new IllegalArgumentException("need n >= 1 and f0Train, y of length n = " + n);
		}
		if ((kTestTrain == null) != (f0Test == null)) {
			throw new IllegalArgumentException("kTestTrain and f0Test must both be given or both be null");
		}
		if (!(etaEff > 0.0) || !Double.isFinite(etaEff)) {
			throw new IllegalArgumentException("etaEff must be finite and > 0, got " + etaEff);
		}
		this.hasTest = f0Test != null;
		this.nTest = hasTest ? f0Test.length : 0;
		if (kTestTrain != null && kTestTrain.length != (long) nTest * n) {
			throw new IllegalArgumentException("kTestTrain must have n_test * n = " + (long) nTest * n
					+ " entries, got " + kTestTrain.length);
		}
		this.etaEff = etaEff;
		this.y = y.clone();
		this.f0Test = f0Test == null ? new double[0] : f0Test.clone();
		Eigen eigen = SymmetricEigensolver.defaultSolver().decompose(kTrain.data(), n, true,
				Objects.requireNonNull(progress, "progress"));
		this.lambda = eigen.values().clone();
		this.vectors = eigen.vectors();
		this.coefficients = new double[n];
		for (int i = 0; i < n; i++) {
			double r0 = y[i] - f0Train[i];
			int row = i * n;
			for (int c = 0; c < n; c++) {
				coefficients[c] += vectors[row + c] * r0;
			}
		}
		this.kTestV = new double[nTest * n];
		for (int i = 0; i < nTest; i++) {
			int row = i * n;
			for (int l = 0; l < n; l++) {
				double k = kTestTrain[row + l];
				int vRow = l * n;
				for (int c = 0; c < n; c++) {
					kTestV[row + c] += k * vectors[vRow + c];
				}
			}
		}
	}

	/**
	 * The linear model of a network at its current weights: K = its empirical NTK on the training points, K_test
	 * the cross kernel, f_0 its current outputs.
	 *
	 * @param network the network (not modified)
	 * @param xTrain  n ≥ 1 training points
	 * @param y       n targets
	 * @param xTest   test points, or {@code null}
	 * @param etaEff  η_eff &gt; 0
	 * @param progress for the kernels and the eigensolver
	 * @return the model
	 */
	public static LinearisedModel ofNetwork(TwoLayerNetwork network, double[][] xTrain, double[] y,
			double[][] xTest, double etaEff, Progress progress) {
		GramMatrix k = network.empiricalNtk(xTrain, progress);
		double[] kTest = xTest == null ? null : network.empiricalNtk(xTest, xTrain, progress);
		double[] f0Test = xTest == null ? null : network.predict(xTest);
		return new LinearisedModel(k, kTest, network.predict(xTrain), f0Test, y, etaEff, progress);
	}

	/** @return n */
	public int trainSize() {
		return n;
	}

	/** @return n_test (0 without test points) */
	public int testSize() {
		return nTest;
	}

	/** @return η_eff */
	public double etaEff() {
		return etaEff;
	}

	/**
	 * The energy of a vector along each eigenvector of K: (u_cᵀv)² for c in the order of {@link #eigenvalues()}.
	 * For a unit v the entries sum to 1; their distribution over blocks of eigenvectors measures how far v is from
	 * an eigenspace (leakage).
	 *
	 * @param v n entries
	 * @return n energies
	 */
	public double[] eigenbasisEnergy(double[] v) {
		if (v.length != n) {
			throw new IllegalArgumentException("need a vector of length n = " + n + ", got " + v.length);
		}
		double[] energy = new double[n];
		for (int i = 0; i < n; i++) {
			int row = i * n;
			double vi = v[i];
			for (int c = 0; c < n; c++) {
				energy[c] += vectors[row + c] * vi;
			}
		}
		for (int c = 0; c < n; c++) {
			energy[c] *= energy[c];
		}
		return energy;
	}

	/** @return the eigenvalues of K (not K/n), descending; a copy */
	public double[] eigenvalues() {
		return lambda.clone();
	}

	/**
	 * @param step t ≥ 0
	 * @return r_t = (I − η K/n)^t r_0
	 */
	public double[] trainResidual(long step) {
		requireStep(step);
		double[] d = new double[n];
		for (int c = 0; c < n; c++) {
			d[c] = discreteFactor(lambda[c], step) * coefficients[c];
		}
		return inEigenbasis(d);
	}

	/** @return y − r_t, the train predictions after t steps */
	public double[] trainPrediction(long step) {
		return minus(y, trainResidual(step));
	}

	/**
	 * @param step t ≥ 0
	 * @return f_test(t), n_test entries
	 * @throws IllegalStateException without test points
	 */
	public double[] testPrediction(long step) {
		requireStep(step);
		double[] phi = new double[n];
		for (int c = 0; c < n; c++) {
			phi[c] = discretePhi(lambda[c], step) * coefficients[c];
		}
		return testFrom(phi);
	}

	/**
	 * @param time t ≥ 0, in steps
	 * @return exp(−η t K/n) r_0
	 */
	public double[] trainResidualContinuous(double time) {
		requireTime(time);
		double[] d = new double[n];
		for (int c = 0; c < n; c++) {
			d[c] = Math.exp(-etaEff * time * lambda[c] / n) * coefficients[c];
		}
		return inEigenbasis(d);
	}

	/** @return y + exp(−η t K/n)(f_0 − y) */
	public double[] trainPredictionContinuous(double time) {
		return minus(y, trainResidualContinuous(time));
	}

	/**
	 * @param time t ≥ 0, in steps
	 * @return f_test(0) + K_test K⁻¹ (I − exp(−η t K/n))(y − f_0)
	 * @throws IllegalStateException without test points
	 */
	public double[] testPredictionContinuous(double time) {
		requireTime(time);
		double[] phi = new double[n];
		for (int c = 0; c < n; c++) {
			double x = etaEff * time * lambda[c] / n;
			phi[c] = (Math.abs(x) < Double.MIN_NORMAL ? etaEff * time / n : -Math.expm1(-x) / lambda[c])
					* coefficients[c];
		}
		return testFrom(phi);
	}

	/** d_t(λ) = (1 − ηλ/n)^t, via log1p when the base is positive so that a tiny ε keeps its digits. */
	private double discreteFactor(double lambdaC, long step) {
		double eps = etaEff * lambdaC / n;
		return eps < 1.0 ? Math.exp(step * Math.log1p(-eps)) : Math.pow(1.0 - eps, step);
	}

	/** φ_t(λ) = (1 − (1 − ηλ/n)^t)/λ, → ηt/n as λ → 0. */
	private double discretePhi(double lambdaC, long step) {
		double eps = etaEff * lambdaC / n;
		if (Math.abs(eps) < Double.MIN_NORMAL) {
			return etaEff * step / n;
		}
		if (eps < 1.0) {
			return -Math.expm1(step * Math.log1p(-eps)) / lambdaC;
		}
		return (1.0 - Math.pow(1.0 - eps, step)) / lambdaC;
	}

	private double[] inEigenbasis(double[] d) {
		double[] r = new double[n];
		for (int i = 0; i < n; i++) {
			int row = i * n;
			double sum = 0.0;
			for (int c = 0; c < n; c++) {
				sum += vectors[row + c] * d[c];
			}
			r[i] = sum;
		}
		return r;
	}

	private double[] testFrom(double[] phi) {
		if (!hasTest) {
			throw new IllegalStateException("the model has no test points");
		}
		double[] f = f0Test.clone();
		for (int i = 0; i < nTest; i++) {
			int row = i * n;
			double sum = 0.0;
			for (int c = 0; c < n; c++) {
				sum += kTestV[row + c] * phi[c];
			}
			f[i] += sum;
		}
		return f;
	}

	private static void requireStep(long step) {
		if (step < 0) {
			throw new IllegalArgumentException("step must be >= 0, got " + step);
		}
	}

	private static void requireTime(double time) {
		if (!(time >= 0.0) || !Double.isFinite(time)) {
			throw new IllegalArgumentException("time must be finite and >= 0, got " + time);
		}
	}

	private static double[] minus(double[] a, double[] b) {
		double[] out = new double[a.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = a[i] - b[i];
		}
		return out;
	}
}

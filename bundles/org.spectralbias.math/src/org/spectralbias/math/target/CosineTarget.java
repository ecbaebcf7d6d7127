package org.spectralbias.math.target;

import java.util.List;
import java.util.Optional;

import org.spectralbias.math.special.HarmonicDimension;
import org.spectralbias.math.sphere.SphereSpectrum;
import org.spectralbias.math.sphere.Spectrum;

/**
 * The paper's "simple function" f*(x) = cos(ω ⟨ζ, x⟩), a zonal target with infinitely many Gegenbauer terms.
 * <p>
 * Its coefficients b_k = N(D, k) E[cos(ω t) P_k(t)] are computed by the Funk–Hecke quadrature of
 * {@link SphereSpectrum} (Gauss–Legendre in θ, t = cos θ, with the even/odd split of the profile). Their absolute
 * round-off is about sqrt(N(D, k)) (k + √n) · 1.1e−16 for n nodes, from cancellation in E[g P_k] (≤ 1e−13 while
 * N(D, k) ≲ 10³, e.g. k ≤ 6 at D = 10, every k ≤ 100 at D = 3). In closed form they are
 * b_k = N(D, k) (−1)^{k/2} Γ(D/2) (2/ω)^{D/2−1} J_{k+D/2−1}(ω) for even k, from the plane-wave expansion of e^{iωt}.
 * Odd coefficients vanish because cos is even: the odd part of the profile is exactly zero, so they come out as exact
 * zeros. Coefficients the quadrature cannot distinguish from zero (below its round-off bound, i.e. far beyond k ≈ ω)
 * are reported as 0. Immutable and safe for concurrent use.
 */
public final class CosineTarget implements ZonalFunction {

	/** The largest supported |ω| (the quadrature needs of order ω nodes). */
	public static final double MAX_FREQUENCY = 1000;

	private final double frequency;
	private final double[] direction;

	/**
	 * @param ambientDim D ≥ 2
	 * @param frequency  ω in [0, {@link #MAX_FREQUENCY}] (cos is even, so the sign would not matter)
	 * @param direction  ζ of length D, finite, non-zero (normalised on construction)
	 * @throws IllegalArgumentException when an argument is out of range
	 */
	public CosineTarget(int ambientDim, double frequency, double[] direction) {
		Checks.dimension(ambientDim);
		if (!(frequency >= 0 && frequency <= MAX_FREQUENCY)) {
			throw new IllegalArgumentException("frequency must be in [0, " + MAX_FREQUENCY + "], got " + frequency);
		}
		this.frequency = frequency;
		this.direction = Checks.unit(direction, ambientDim, "direction");
	}

	@Override
	public int ambientDim() {
		return direction.length;
	}

	/** @return ω */
	public double frequency() {
		return frequency;
	}

	@Override
	public double[] direction() {
		return direction.clone();
	}

	@Override
	public double profile(double t) {
		return Math.cos(frequency * t);
	}

	@Override
	public double value(double[] x) {
		return profile(Checks.cosine(direction, x));
	}

	/**
	 * b_0..b_K by Funk–Hecke quadrature with {@link SphereSpectrum#defaultNodes(int, int)} for degree K + 2⌈ω⌉ + 16
	 * (the profile adds Fourier content up to frequency ≈ ω in θ). Costs O(K · nodes).
	 *
	 * @param maxDegree K ≥ 0
	 * @return b_0..b_K; odd entries and unresolved even entries are exact zeros
	 */
	@Override
	public double[] gegenbauerCoefficients(int maxDegree) {
		Checks.maxDegree(maxDegree);
		int dim = direction.length;
		int nodes = SphereSpectrum.defaultNodes(dim, maxDegree + 2 * (int) Math.ceil(frequency) + 16);
		Spectrum spectrum = SphereSpectrum.compute(this::profile, dim, maxDegree, nodes);
		double[] b = new double[maxDegree + 1];
		for (int k = 0; k <= maxDegree; k++) {
			if (spectrum.resolved(k)) {
				b[k] = multiply(dim, k, spectrum.eigenvalue(k));
			}
		}
		return b;
	}

	/** N(D, k) · μ, in logarithms when N(D, k) overflows a double. */
	static double multiply(int ambientDim, int degree, double mu) {
		double n = HarmonicDimension.approx(ambientDim, degree);
		if (Double.isFinite(n)) {
			return n * mu;
		}
		return Math.copySign(Math.exp(HarmonicDimension.log(ambientDim, degree) + Math.log(Math.abs(mu))), mu);
	}

	/** @return empty: the expansion is infinite (use {@link #gegenbauerCoefficients(int)}) */
	@Override
	public Optional<List<ZonalTerm>> zonalTerms() {
		return Optional.empty();
	}

	@Override
	public String toString() {
		return "cos(" + frequency + " <zeta, x>) on S^" + (direction.length - 1);
	}
}

package org.spectralbias.math.target;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.spectralbias.math.special.Gegenbauer;
import org.spectralbias.math.special.HarmonicDimension;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * The zonal spherical harmonic Y(x) = sqrt(N(D, k)) P_k(⟨ζ, x⟩) of degree k about a unit direction ζ, normalised to
 * unit L² norm under the uniform probability measure: by the addition theorem E[P_k(⟨ζ, x⟩)²] = 1/N(D, k)
 * (science.md), so E[Y²] = 1. Its Gegenbauer expansion has the single coefficient b_k = sqrt(N(D, k)).
 * <p>
 * Immutable and safe for concurrent use.
 */
public final class ZonalHarmonic implements ZonalFunction {

	private final int degree;
	private final double[] direction;
	private final double normalisation;
	private final ZonalTerm term;

	/**
	 * @param ambientDim D ≥ 2
	 * @param degree     k ≥ 0
	 * @param direction  ζ of length D, finite, non-zero (normalised on construction)
	 * @throws IllegalArgumentException when an argument is out of range
	 */
	public ZonalHarmonic(int ambientDim, int degree, double[] direction) {
		Checks.dimension(ambientDim);
		this.degree = Checks.degree(degree, "degree");
		double n = HarmonicDimension.approx(ambientDim, degree);
		this.normalisation = Double.isFinite(n) ? Math.sqrt(n)
				: Math.exp(0.5 * HarmonicDimension.log(ambientDim, degree));
		this.term = new ZonalTerm(degree, normalisation, Checks.unit(direction, ambientDim, "direction"));
		this.direction = term.direction();
	}

	/**
	 * A zonal harmonic about a uniform random direction ({@link SphereSampling#uniformPoint(int, RandomGenerator)}).
	 *
	 * @param ambientDim D ≥ 2
	 * @param degree     k ≥ 0
	 * @param rng        the randomness, not null
	 * @return the harmonic
	 */
	public static ZonalHarmonic random(int ambientDim, int degree, RandomGenerator rng) {
		Checks.dimension(ambientDim);
		if (rng == null) {
			throw new IllegalArgumentException("rng must not be null (pass e.g. a seeded SplittableRandom)");
		}
		return new ZonalHarmonic(ambientDim, degree, SphereSampling.uniformPoint(ambientDim, rng));
	}

	@Override
	public int ambientDim() {
		return direction.length;
	}

	/** @return the degree k */
	public int degree() {
		return degree;
	}

	/** @return sqrt(N(D, k)), the factor that gives unit norm (and Y(ζ) = sqrt(N(D, k))) */
	public double normalisation() {
		return normalisation;
	}

	@Override
	public double[] direction() {
		return direction.clone();
	}

	@Override
	public double profile(double t) {
		return normalisation * Gegenbauer.value(direction.length, degree, t);
	}

	@Override
	public double value(double[] x) {
		return profile(Checks.cosine(direction, x));
	}

	/** @return b with b_k = sqrt(N(D, k)) at the harmonic's degree (when k ≤ K) and exact zeros elsewhere */
	@Override
	public double[] gegenbauerCoefficients(int maxDegree) {
		double[] b = new double[Checks.maxDegree(maxDegree) + 1];
		if (degree <= maxDegree) {
			b[degree] = normalisation;
		}
		return b;
	}

	@Override
	public Optional<List<ZonalTerm>> zonalTerms() {
		return Optional.of(List.of(term));
	}

	@Override
	public String toString() {
		return "zonal harmonic of degree " + degree + " on S^" + (direction.length - 1) + " (unit norm)";
	}
}

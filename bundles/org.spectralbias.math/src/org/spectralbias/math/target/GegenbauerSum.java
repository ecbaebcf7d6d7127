package org.spectralbias.math.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.spectralbias.math.special.Gegenbauer;
import org.spectralbias.math.special.HarmonicDimension;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * f*(x) = Σ_i a_i P_{k_i}(⟨ζ_i, x⟩): a finite sum of zonal Gegenbauer terms, each with its own unit direction — the
 * paper's targets (Cao et al. §5: degrees 1, 2, 4 with a = (1, 1, 1) or (1, 3, 5), one random unit ζ per degree;
 * {@link #paper(int, double[], RandomGenerator)}). P_k is normalised with P_k(1) = 1.
 * <p>
 * Immutable and safe for concurrent use.
 */
public final class GegenbauerSum implements Target {

	private final int ambientDim;
	private final List<ZonalTerm> terms;
	private final int[] degrees;
	private final double[] coefficients;
	private final double[][] directions;
	private final Gegenbauer gegenbauer;

	/**
	 * @param ambientDim   D ≥ 2
	 * @param degrees      k_i ≥ 0, at least one
	 * @param coefficients a_i, finite, one per degree
	 * @param directions   ζ_i of length D, finite, non-zero (normalised on construction), one per degree
	 * @throws IllegalArgumentException when an argument is out of range or the lengths disagree
	 */
	public GegenbauerSum(int ambientDim, int[] degrees, double[] coefficients, double[][] directions) {
		Checks.dimension(ambientDim);
		if (degrees == null || degrees.length == 0) {
			throw new IllegalArgumentException("degrees must hold at least one degree");
		}
		int n = degrees.length;
		if (coefficients == null || coefficients.length != n) {
			throw new IllegalArgumentException("coefficients must have length " + n + " (one per degree)");
		}
		if (directions == null || directions.length != n) {
			throw new IllegalArgumentException("directions must have length " + n + " (one per degree)");
		}
		this.ambientDim = ambientDim;
		this.degrees = new int[n];
		this.coefficients = new double[n];
		this.directions = new double[n][];
		List<ZonalTerm> list = new ArrayList<>(n);
		int maxDegree = 0;
		for (int i = 0; i < n; i++) {
			this.degrees[i] = Checks.degree(degrees[i], "degrees[" + i + "]");
			this.coefficients[i] = Checks.finite(coefficients[i], "coefficients[" + i + "]");
			ZonalTerm term = new ZonalTerm(degrees[i], coefficients[i],
					Checks.unit(directions[i], ambientDim, "directions[" + i + "]"));
			this.directions[i] = term.direction();
			list.add(term);
			maxDegree = Math.max(maxDegree, degrees[i]);
		}
		this.terms = Collections.unmodifiableList(list);
		this.gegenbauer = new Gegenbauer(ambientDim, maxDegree);
	}

	/**
	 * The sum of given terms, which must share one ambient dimension.
	 *
	 * @param terms at least one term
	 * @return the sum
	 * @throws IllegalArgumentException when terms is empty or the dimensions differ
	 */
	public static GegenbauerSum of(List<ZonalTerm> terms) {
		if (terms == null || terms.isEmpty()) {
			throw new IllegalArgumentException("terms must hold at least one term");
		}
		int n = terms.size();
		int[] k = new int[n];
		double[] a = new double[n];
		double[][] z = new double[n][];
		for (int i = 0; i < n; i++) {
			ZonalTerm t = terms.get(i);
			k[i] = t.degree();
			a[i] = t.coefficient();
			z[i] = t.direction();
		}
		return new GegenbauerSum(z[0].length, k, a, z);
	}

	/**
	 * Terms with independent uniform random directions, drawn in order by
	 * {@link SphereSampling#uniformPoint(int, RandomGenerator)} (D Gaussian draws each).
	 *
	 * @param ambientDim   D ≥ 2
	 * @param degrees      k_i ≥ 0, at least one
	 * @param coefficients a_i, finite, one per degree
	 * @param rng          the randomness, not null
	 * @return the sum
	 */
	public static GegenbauerSum withRandomDirections(int ambientDim, int[] degrees, double[] coefficients,
			RandomGenerator rng) {
		Checks.dimension(ambientDim);
		if (rng == null) {
			throw new IllegalArgumentException("rng must not be null (pass e.g. a seeded SplittableRandom)");
		}
		if (degrees == null) {
			throw new IllegalArgumentException("degrees must not be null");
		}
		double[][] directions = new double[degrees.length][];
		for (int i = 0; i < degrees.length; i++) {
			directions[i] = SphereSampling.uniformPoint(ambientDim, rng);
		}
		return new GegenbauerSum(ambientDim, degrees, coefficients, directions);
	}

	/**
	 * The paper's target a_1 P_1(⟨ζ_1, x⟩) + a_2 P_2(⟨ζ_2, x⟩) + a_4 P_4(⟨ζ_4, x⟩) with random unit ζ_k (degree 3 is
	 * left out because μ_3 = 0 for the ReLU NTK).
	 *
	 * @param ambientDim   D ≥ 2 (the paper uses D = 10)
	 * @param coefficients (a_1, a_2, a_4), e.g. (1, 1, 1) or (1, 3, 5)
	 * @param rng          the randomness for the three directions, not null
	 * @return the target
	 */
	public static GegenbauerSum paper(int ambientDim, double[] coefficients, RandomGenerator rng) {
		if (coefficients == null || coefficients.length != 3) {
			throw new IllegalArgumentException("coefficients must be (a_1, a_2, a_4), length 3");
		}
		return withRandomDirections(ambientDim, new int[] { 1, 2, 4 }, coefficients, rng);
	}

	@Override
	public int ambientDim() {
		return ambientDim;
	}

	/** @return the terms in construction order (unmodifiable; their directions are unit vectors) */
	public List<ZonalTerm> terms() {
		return terms;
	}

	@Override
	public double value(double[] x) {
		double sum = 0;
		for (int i = 0; i < degrees.length; i++) {
			sum += coefficients[i] * gegenbauer.value(degrees[i], Checks.cosine(directions[i], x));
		}
		return sum;
	}

	@Override
	public Optional<List<ZonalTerm>> zonalTerms() {
		return Optional.of(terms);
	}

	/**
	 * E[f*²] for x uniform, in closed form: by the addition theorem E[P_k(⟨ζ, x⟩) P_j(⟨η, x⟩)] =
	 * δ_kj P_k(⟨ζ, η⟩)/N(D, k), so E[f*²] = Σ_{i,l: k_i = k_l} a_i a_l P_{k_i}(⟨ζ_i, ζ_l⟩)/N(D, k_i); for distinct
	 * degrees Σ_i a_i²/N(D, k_i).
	 *
	 * @return the mean square, ≥ 0
	 */
	public double meanSquare() {
		double sum = 0;
		for (int i = 0; i < degrees.length; i++) {
			for (int l = 0; l < degrees.length; l++) {
				if (degrees[i] == degrees[l]) {
					double c = 0;
					for (int j = 0; j < ambientDim; j++) {
						c += directions[i][j] * directions[l][j];
					}
					c = Math.max(-1, Math.min(1, c));
					sum += coefficients[i] * coefficients[l] * gegenbauer.value(degrees[i], c)
							/ HarmonicDimension.approx(ambientDim, degrees[i]);
				}
			}
		}
		return Math.max(0, sum);
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < degrees.length; i++) {
			b.append(i == 0 ? "" : " + ").append(coefficients[i]).append("·P_").append(degrees[i]).append("(<zeta_")
					.append(i + 1).append(", x>)");
		}
		return b.append(" on S^").append(ambientDim - 1).toString();
	}
}

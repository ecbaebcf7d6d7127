package org.spectralbias.cli.bench;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark workload, identified by a name that carries its main size, so that the Java harness and the reference
 * script, which both parse the name, always run the same size:
 * <ul>
 * <li>{@code gd-step-m<M>}: one full-batch gradient-descent step of the paper's two-layer ReLU network of width M
 * (even) on n = {@link BenchOptions#samples()} points of S^(D−1), float64, on the default (plain-Java) path;</li>
 * <li>{@code gd-step-vector-m<M>}: the same step on the opt-in Vector API path
 * ({@link org.spectralbias.math.VectorApi});</li>
 * <li>{@code gram-n<N>}: the analytic ReLU NTK Gram matrix of N points;</li>
 * <li>{@code gram-vector-n<N>}: the same matrix on the opt-in Vector API path;</li>
 * <li>{@code eigh-n<N>}: all eigenvalues and eigenvectors of such an N × N Gram matrix;</li>
 * <li>{@code eigh-java-n<N>}: the same with the pure-Java solver (the fallback when native LAPACK is missing);</li>
 * <li>{@code top<K>-n<N>}: its K leading eigenpairs (K &lt; N);</li>
 * <li>{@code nystrom-top<K>-n<N>}: the K leading eigenpairs of such a matrix computed from the points, the matrix
 * included, held once (Java: packed upper triangle and Lanczos; the peak heap is printed);</li>
 * <li>{@code sphere-spectrum-k<K>}: Funk–Hecke eigenvalues μ_0..μ_K of the ReLU NTK on S^(D−1);</li>
 * <li>{@code dgemm-n<N>}: an N × N times N × N float64 matrix product (the machine's practical limit).</li>
 * </ul>
 * D is {@link BenchOptions#ambientDim()} throughout. Immutable.
 *
 * @param kind what is computed
 * @param name the name as given, e.g. {@code top100-n10000}
 * @param size the main size: M for a GD step, N for the matrix workloads, K for the sphere spectrum
 * @param top  K of a top-K workload, 0 otherwise
 */
public record Workload(Kind kind, String name, int size, int top) {

	/** The workloads of issue 8, in the order they are run and printed. */
	public static final List<String> STANDARD = List.of("gd-step-m4096", "gd-step-m16384", "gram-n4000", "eigh-n2000",
			"eigh-java-n2000", "top100-n10000", "sphere-spectrum-k50");

	/** The opt-in Vector API variants of the standard GD-step and Gram workloads. */
	public static final List<String> VECTOR = List.of("gd-step-vector-m4096", "gd-step-vector-m16384",
			"gram-vector-n4000");

	/** The kinds of workload. */
	public enum Kind {
		/** One gradient-descent step of the two-layer ReLU network. */
		GD_STEP(Pattern.compile("gd-step-m(\\d+)")),
		/** The same step on the Vector API path. */
		GD_STEP_VECTOR(Pattern.compile("gd-step-vector-m(\\d+)")),
		/** An analytic NTK Gram matrix. */
		GRAM(Pattern.compile("gram-n(\\d+)")),
		/** The same matrix on the Vector API path. */
		GRAM_VECTOR(Pattern.compile("gram-vector-n(\\d+)")),
		/** A full symmetric eigendecomposition with vectors. */
		EIGH(Pattern.compile("eigh-n(\\d+)")),
		/** The leading eigenpairs of a Gram matrix. */
		TOP(Pattern.compile("top(\\d+)-n(\\d+)")),
		/** The sphere spectrum of the ReLU NTK. */
		SPHERE_SPECTRUM(Pattern.compile("sphere-spectrum-k(\\d+)")),
		/** A dense matrix product. */
		DGEMM(Pattern.compile("dgemm-n(\\d+)")),
		/** A full symmetric eigendecomposition with vectors by the pure-Java solver. */
		EIGH_JAVA(Pattern.compile("eigh-java-n(\\d+)")),
		/** The leading eigenpairs of a Gram matrix computed from the points and held once. */
		NYSTROM(Pattern.compile("nystrom-top(\\d+)-n(\\d+)"));

		private final Pattern pattern;

		Kind(Pattern pattern) {
			this.pattern = pattern;
		}
	}

	/**
	 * @throws IllegalArgumentException when a size is out of range
	 */
	public Workload {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		int least = kind == Kind.SPHERE_SPECTRUM ? 0 : 1;
		boolean gdStep = kind == Kind.GD_STEP || kind == Kind.GD_STEP_VECTOR;
		if (size < least || (gdStep && size % 2 != 0)) {
			throw new IllegalArgumentException("workload '" + name + "': size out of range"
					+ (gdStep ? " (the width must be even for the symmetric initialisation)" : ""));
		}
		if (kind == Kind.TOP || kind == Kind.NYSTROM ? top < 1 || top >= size : top != 0) {
			throw new IllegalArgumentException("workload '" + name + "': need 1 <= K < N");
		}
	}

	/**
	 * @param name a workload name as described in the class comment
	 * @return the workload
	 * @throws IllegalArgumentException when the name matches no kind or a size is out of range
	 */
	public static Workload parse(String name) {
		Objects.requireNonNull(name, "name");
		for (Kind kind : Kind.values()) {
			Matcher m = kind.pattern.matcher(name);
			if (m.matches()) {
				try {
					if (kind == Kind.TOP || kind == Kind.NYSTROM) {
						return new Workload(kind, name, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
					}
					return new Workload(kind, name, Integer.parseInt(m.group(1)), 0);
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("workload '" + name + "': size too large", e);
				}
			}
		}
		throw new IllegalArgumentException("unknown workload '" + name + "'; known forms: gd-step-m<M>, "
				+ "gd-step-vector-m<M>, gram-n<N>, gram-vector-n<N>, eigh-n<N>, eigh-java-n<N>, top<K>-n<N>, "
				+ "nystrom-top<K>-n<N>, sphere-spectrum-k<K>, "
				+ "dgemm-n<N> (standard: " + String.join(", ", STANDARD) + ")");
	}

	/**
	 * @param withVector whether to include the Vector API variants ({@link #VECTOR}), each after its plain-Java twin
	 * @return the standard workloads in the order they are run
	 */
	public static List<String> standard(boolean withVector) {
		if (!withVector) {
			return STANDARD;
		}
		List<String> names = new java.util.ArrayList<>();
		for (String name : STANDARD) {
			names.add(name);
			String twin = name.replace("gd-step-m", "gd-step-vector-m").replace("gram-n", "gram-vector-n");
			if (VECTOR.contains(twin)) {
				names.add(twin);
			}
		}
		return List.copyOf(names);
	}

	/** @return whether this is a GD step, on either path */
	public boolean isGdStep() {
		return kind == Kind.GD_STEP || kind == Kind.GD_STEP_VECTOR;
	}

	/**
	 * Useful floating-point operations of one call, where the workload has a conventional count: 6·n·M·D for a GD
	 * step (forward X W₁ᵀ, and in the backward pass the pre-activations again and the first-layer gradient, 2·n·M·D
	 * each; the O(n·M) terms are not counted), 2N³ for a matrix product.
	 *
	 * @param samples    n, the number of training points of a GD step
	 * @param ambientDim D
	 * @return the count, or NaN for the other kinds
	 */
	public double usefulFlops(int samples, int ambientDim) {
		return switch (kind) {
		case GD_STEP, GD_STEP_VECTOR -> 6.0 * samples * size * ambientDim;
		case DGEMM -> 2.0 * size * size * (double) size;
		default -> Double.NaN;
		};
	}
}

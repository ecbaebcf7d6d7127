package org.spectralbias.math;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The opt-in Vector API paths (JDK module {@code jdk.incubator.vector}) of the gradient-descent step of the two-layer
 * ReLU network and of the analytic ReLU NTK Gram matrix, and how to select them.
 * <p>
 * <b>Selection.</b> The default is the plain-Java path. The system property {@value #PROPERTY}{@code =true} (the
 * launchers' {@code --vector} option sets it together with the JVM option {@code --add-modules jdk.incubator.vector})
 * makes the Vector API path the default of new {@link org.spectralbias.math.network.TwoLayerNetwork}s, which is
 * where the time of a training run goes; programs may also choose per network
 * ({@link org.spectralbias.math.network.TwoLayerNetwork#useVectorApi(boolean)}). The Gram matrix path is an explicit
 * call, {@link #gram}; {@link org.spectralbias.math.linalg.GramMatrix#compute} stays plain Java (the analytic Gram
 * matrix of a run takes well under a second).
 * <p>
 * <b>Availability.</b> The code lives in the fragment bundle {@code org.spectralbias.math.vector}, so this bundle
 * has no dependency on the incubator module. The path is available when the fragment is attached (in OSGi the
 * framework must export {@code jdk.incubator.vector}, which Felix and Equinox do when the module is in the JVM's boot
 * layer) and the JVM was started with {@code --add-modules jdk.incubator.vector}. When it is requested but not
 * available, the plain-Java path runs instead and a one-line warning naming the reason goes to the error stream
 * once per JVM ({@link #unavailableReason()} says why; nothing fails).
 * <p>
 * <b>Determinism.</b> GD step: the Vector API path performs, for every neuron and sample, the same floating-point
 * operations in the same order as the plain-Java path (documented in the network package), so the two give
 * bit-identical weights and residuals whatever the CPU's vector width and the thread count (for finite
 * pre-activations). Gram matrix: the Vector API path evaluates arccos and √ lane-wise with the JDK's vector math
 * (Intel SVML on x86-64, accurate to about one ulp), which differs from {@link Math#acos} in the last bits; its
 * entries therefore agree with the plain-Java path to a relative 1e−13, not bit for bit, and may differ between CPUs
 * (vector width, instruction set). It is bit-identical for any thread count on a given machine.
 * <p>
 * Thread safety: the availability check runs once and is cached; all methods may be called from any thread.
 */
public final class VectorApi {

	/** The system property that requests the Vector API paths: {@code true} or {@code false} (the default). */
	public static final String PROPERTY = "spectralbias.vector";

	/** The JDK module the paths need. */
	public static final String MODULE = "jdk.incubator.vector";

	/** The fragment bundle that holds the Vector API code. */
	public static final String FRAGMENT = "org.spectralbias.math.vector";

	private static final String PROBE = "org.spectralbias.math.VectorApiProbe";

	private static final Availability AVAILABILITY = probe();

	private static volatile boolean warned;

	private VectorApi() {
	}

	/** Whether the paths can run, and a description or the reason why not. */
	private record Availability(boolean available, String text) {
	}

	/** @return whether the system property {@value #PROPERTY} asks for the Vector API paths */
	public static boolean requested() {
		String value = System.getProperty(PROPERTY, "false").trim().toLowerCase(Locale.ROOT);
		return value.equals("true") || value.equals("yes") || value.equals("1");
	}

	/** @return whether the Vector API paths can run in this JVM */
	public static boolean available() {
		return AVAILABILITY.available;
	}

	/**
	 * @return why the Vector API paths cannot run (a sentence that says what to do), or empty when they can
	 */
	public static Optional<String> unavailableReason() {
		return AVAILABILITY.available ? Optional.empty() : Optional.of(AVAILABILITY.text);
	}

	/**
	 * @return e.g. "Vector API (jdk.incubator.vector), 8 lanes of float64 (512-bit vectors)" when available,
	 *         otherwise "Vector API unavailable: " and the reason
	 */
	public static String describe() {
		return AVAILABILITY.available ? AVAILABILITY.text : "Vector API unavailable: " + AVAILABILITY.text;
	}

	/**
	 * Whether the default path of new objects is the Vector API: {@link #requested()} and {@link #available()}.
	 * When requested but unavailable, warns once on the error stream.
	 *
	 * @return whether to use the Vector API paths by default
	 */
	public static boolean enabled() {
		if (!requested()) {
			return false;
		}
		if (!AVAILABILITY.available && !warned) {
			warned = true;
			System.err.println("spectralbias: " + PROPERTY + "=true but the Vector API path is unavailable ("
					+ AVAILABILITY.text + "); using the plain-Java path");
		}
		return AVAILABILITY.available;
	}

	/**
	 * Loads a class of the fragment through this bundle's class loader (fragments share it). For this bundle's
	 * packages; not for other callers.
	 *
	 * @param name the binary class name
	 * @return the class, or empty when the fragment or the module is missing
	 */
	public static Optional<Class<?>> load(String name) {
		if (!AVAILABILITY.available) {
			return Optional.empty();
		}
		try {
			return Optional.of(Class.forName(name, true, VectorApi.class.getClassLoader()));
		} catch (ClassNotFoundException | LinkageError e) {
			return Optional.empty();
		}
	}

	private static Availability probe() {
		if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
			return new Availability(false, "the JVM was started without the module " + MODULE
					+ " (start it with --add-modules " + MODULE + ", e.g. through the launcher option --vector)");
		}
		try {
			Class<?> probe = Class.forName(PROBE, true, VectorApi.class.getClassLoader());
			@SuppressWarnings("unchecked")
			Supplier<String> description = (Supplier<String>) probe.getDeclaredConstructor().newInstance();
			return new Availability(true, description.get());
		} catch (ClassNotFoundException e) {
			return new Availability(false, "the fragment " + FRAGMENT + " is not installed");
		} catch (LinkageError e) {
			return new Availability(false, "the fragment " + FRAGMENT + " cannot load the classes of " + MODULE
					+ " (in OSGi the framework must export that package, e.g. with "
					+ "org.osgi.framework.system.packages.extra=" + MODULE + "): " + e);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return new Availability(false, "the fragment " + FRAGMENT + " failed to start: " + e);
		}
	}

	/**
	 * The analytic Gram matrix on the Vector API path, when the kernel and points are supported: a
	 * {@link org.spectralbias.math.kernel.ReluNtk} on unit vectors (|‖x‖² − 1| ≤ 1e−10), diagonal κ(1) exactly.
	 * Progress: one unit per tile row; polled between them.
	 *
	 * @param kernel   the kernel
	 * @param points   n points
	 * @param threads  worker threads, ≥ 1
	 * @param progress progress and cancellation
	 * @return the matrix, or empty when the path is unavailable or does not support the kernel or the points
	 * @throws CancelledException when cancelled
	 */
	public static Optional<org.spectralbias.math.linalg.GramMatrix> gram(
			org.spectralbias.math.kernel.PairKernel kernel, double[][] points, int threads, Progress progress) {
		Optional<Class<?>> type = load("org.spectralbias.math.linalg.VectorReluNtkGram");
		if (type.isEmpty()) {
			return Optional.empty();
		}
		try {
			GramFunction function = (GramFunction) type.get().getDeclaredConstructor().newInstance();
			return Optional.ofNullable(function.compute(kernel, points, threads, progress));
		} catch (ReflectiveOperationException | ClassCastException e) {
			throw new IllegalStateException("the Vector API Gram matrix of " + FRAGMENT + " cannot be created", e);
		}
	}

	/**
	 * The contract of the fragment's Gram implementation. Not for other implementations.
	 */
	public interface GramFunction {
		/**
		 * @return the matrix, or {@code null} when the kernel or the points are not supported
		 */
		org.spectralbias.math.linalg.GramMatrix compute(org.spectralbias.math.kernel.PairKernel kernel,
				double[][] points, int threads, Progress progress);
	}
}

package org.spectralbias.math.linalg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import dev.ludovic.netlib.lapack.NativeLAPACK;

/**
 * {@link NativeLinearAlgebra} on netlib-java (dev.ludovic.netlib, the library Spark MLlib uses): its JNI stub, unpacked
 * to the temporary folder, opens the system's {@code liblapack.so.3} (on Debian/Ubuntu the OpenBLAS build from
 * {@code libopenblas0}, or reference LAPACK from {@code liblapack3}). netlib-java itself falls back to a slow
 * pure-Java LAPACK when that fails and only logs a warning; this provider instead asks for the native instance
 * explicitly, so a missing library gives an unavailable {@link NativeStatus} (and {@link HouseholderQlEigensolver},
 * which is faster than netlib's fallback, stays the default).
 * <p>
 * The status names the shared libraries actually mapped into the process (from {@code /proc/self/maps}), e.g.
 * {@code /usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so}, so reference LAPACK (much slower) is
 * visible too, and the OpenBLAS kernel family when the launch scripts chose it ({@code OPENBLAS_CORETYPE}: Debian's
 * OpenBLAS 0.3.21 runs its generic kernels, 2× slower, on CPUs newer than it). Needs
 * {@code --enable-native-access=ALL-UNNAMED} on Java 24+ to avoid a warning (the launch scripts pass it) and an
 * executable temporary folder.
 * <p>
 * Thread safety: thread-safe; the library is loaded once.
 */
public final class NetlibLinearAlgebra implements NativeLinearAlgebra {

	/** netlib-java's loggers; silenced because the outcome is reported through {@link #status()}. */
	private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib");
	private static final Pattern LIBRARY = Pattern.compile(".*/lib[^/]*(lapack|blas|arpack|mkl|atlas|flexiblas)[^/]*$",
			Pattern.CASE_INSENSITIVE);
	private static final String LIBRARY_PROPERTY = "dev.ludovic.netlib.lapack.nativeLib";

	private NativeStatus status;
	private NativeLAPACK lapack;

	/** Creates the provider; nothing is loaded until {@link #status()}. */
	public NetlibLinearAlgebra() {
		// loaded lazily
	}

	@Override
	public synchronized NativeStatus status() {
		if (status == null) {
			status = load();
		}
		return status;
	}

	@Override
	public synchronized SymmetricEigensolver denseSolver() {
		if (!status().available()) {
			throw new IllegalStateException("native LAPACK is not available: " + status.description());
		}
		return new LapackEigensolver(lapack, status.description());
	}

	private NativeStatus load() {
		NETLIB_LOG.setLevel(Level.SEVERE);
		try {
			lapack = NativeLAPACK.getInstance();
		} catch (RuntimeException | LinkageError e) {
			return NativeStatus.unavailable(reason());
		}
		Set<String> libraries = mappedLibraries();
		String coreType = System.getenv("OPENBLAS_CORETYPE");
		return NativeStatus.available("netlib-java JNI → "
				+ (libraries.isEmpty() ? "the system's " + System.getProperty(LIBRARY_PROPERTY, "liblapack.so.3")
						: String.join(", ", libraries))
				+ (coreType == null || coreType.isBlank() ? "" : " (OPENBLAS_CORETYPE=" + coreType + ")"));
	}

	private static String reason() {
		String os = System.getProperty("os.name", "?");
		String arch = System.getProperty("os.arch", "?");
		if (!os.toLowerCase(Locale.ROOT).contains("linux") || !(arch.equals("amd64") || arch.equals("aarch64"))) {
			return "netlib-java has no native stub for " + os + "/" + arch;
		}
		String library = System.getProperty(LIBRARY_PROPERTY, "liblapack.so.3");
		return "netlib-java could not load the system LAPACK (" + library + "); install it, e.g. 'apt-get install "
				+ "libopenblas0' on Debian or Ubuntu, and check that the temporary folder allows executables";
	}

	/** @return the BLAS/LAPACK shared objects mapped into this process, in order of appearance */
	private static Set<String> mappedLibraries() {
		Set<String> found = new LinkedHashSet<>();
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
				int slash = line.indexOf('/');
				if (slash < 0) {
					continue;
				}
				String path = line.substring(slash).trim();
				if (LIBRARY.matcher(path).matches() && !path.contains("netlib")) {
					found.add(path);
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux or not readable: the description names the library by its soname instead
		}
		return found;
	}
}

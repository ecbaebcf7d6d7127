package org.spectralbias.math.linalg;

/**
 * A provider of native dense linear algebra (LAPACK through JNI), found by {@link NativeBackend} with
 * {@link java.util.ServiceLoader} on this bundle's class loader. The fragment {@code org.spectralbias.math.netlib}
 * contributes one (netlib-java over the system's LAPACK, e.g. Debian's OpenBLAS); without it, or when its native
 * library cannot be loaded, the pure-Java solvers are used. A provider is listed in
 * {@code META-INF/services/org.spectralbias.math.linalg.NativeLinearAlgebra} of a fragment of
 * {@code org.spectralbias.math} (or of a jar on the class path outside OSGi):
 *
 * <pre>{@code
 * public final class MyLapack implements NativeLinearAlgebra {
 * 	public NativeStatus status() {
 * 		return loaded ? NativeStatus.available("my LAPACK 1.0 (/usr/lib/libmylapack.so)")
 * 				: NativeStatus.unavailable("libmylapack.so not found");
 * 	}
 *
 * 	public SymmetricEigensolver denseSolver() {
 * 		return new MyDsyevdSolver();
 * 	}
 * }
 * }</pre>
 * <p>
 * Implementations need a public no-argument constructor that does not load native code (load it in
 * {@link #status()}), and must be thread-safe.
 */
public interface NativeLinearAlgebra {

	/**
	 * Loads the native library if not done yet and says whether it works. Called once; must not throw.
	 *
	 * @return whether the native code is usable, with a description of the library actually loaded or the reason
	 *         why not
	 */
	NativeStatus status();

	/**
	 * @return the dense symmetric eigensolver on the native library; only called when {@link #status()} is available
	 */
	SymmetricEigensolver denseSolver();
}

package org.spectralbias.math.linalg;

import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link NativeLinearAlgebra} provider once, on first use: the first one listed by
 * {@link ServiceLoader} on this bundle's class loader (inside OSGi that includes fragments of
 * {@code org.spectralbias.math} such as {@code org.spectralbias.math.netlib}). No provider, a provider that fails to
 * load, or one whose native library is missing all give an unavailable {@link #status()} with the reason, and the
 * pure-Java solvers are used; nothing here throws.
 * <p>
 * Thread safety: the provider is looked up once under the class-initialisation lock; safe from any thread.
 */
public final class NativeBackend {

	private NativeBackend() {
	}

	/** @return whether native solvers are used, with the library loaded or the reason not */
	public static NativeStatus status() {
		return Holder.STATUS;
	}

	/** @return the native dense symmetric eigensolver, or empty when {@link #status()} is unavailable */
	public static Optional<SymmetricEigensolver> denseSolver() {
		return Optional.ofNullable(Holder.DENSE);
	}

	private static final class Holder {
		private static final NativeStatus STATUS;
		private static final SymmetricEigensolver DENSE;

		static {
			NativeStatus status;
			SymmetricEigensolver dense = null;
			try {
				Iterator<NativeLinearAlgebra> providers = ServiceLoader
						.load(NativeLinearAlgebra.class, NativeLinearAlgebra.class.getClassLoader()).iterator();
				if (providers.hasNext()) {
					NativeLinearAlgebra provider = providers.next();
					status = provider.status();
					if (status.available()) {
						dense = provider.denseSolver();
					}
				} else {
					status = NativeStatus.unavailable("no native provider installed (the plug-in "
							+ "org.spectralbias.math.netlib with netlib-java is not present)");
				}
			} catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
				status = NativeStatus.unavailable("the native provider failed to load: " + e);
				dense = null;
			}
			STATUS = status;
			DENSE = dense;
		}
	}
}

package org.spectralbias.core.contrib;

import org.spectralbias.math.kernel.PairKernel;

/**
 * Contribution point for kernels k(x, x′) on inputs in R^D (in practice on the unit sphere S^{D−1}).
 * <p>
 * <b>Provides</b> a {@link PairKernel}. A kernel that depends on its inputs only through t = ⟨x, x′⟩ on the sphere
 * returns a {@link org.spectralbias.math.kernel.DotProductKernel} (the dot-product sub-type) exposing κ(t); the
 * workbench then computes its exact spectrum under the uniform distribution by Funk–Hecke. Other kernels still get
 * Nyström spectra.
 * <p>
 * <b>Component properties</b> ({@link ContributionInfo}): {@code spectralbias.id} (e.g. {@code ntk}),
 * {@code spectralbias.name}, {@code spectralbias.description}. <b>Parameters</b>: from {@link #parameters()} (e.g.
 * {@code bias}, {@code weightVariance}, {@code lengthscale}).
 * <p>
 * <b>Contract</b>: the kernel returned is symmetric, immutable and thread-safe (Gram matrices are computed on all
 * cores) and deterministic. A kernel that needs an activation and gets none throws {@link ParameterException}.
 * <p>
 * <b>Example</b>:
 *
 * <pre>
 * &#64;Component(service = Kernel.class)
 * &#64;ContributionInfo(id = "polynomial", name = "Polynomial", description = "(1 + t)^p")
 * public final class PolynomialKernel implements Kernel {
 * 	public List&lt;ParameterDescriptor&gt; parameters() {
 * 		return List.of(ParameterDescriptor.ofInt("power", 2, 1, 20, "exponent p"));
 * 	}
 * 	public PairKernel create(KernelRequest request) {
 * 		int p = request.parameters().getInt("power");
 * 		return (DotProductKernel) t -&gt; Math.pow(1 + t, p);
 * 	}
 * }
 * </pre>
 */
public interface Kernel extends Contribution {

	/** @return whether {@link #create} needs {@link KernelRequest#activation()} */
	default boolean needsActivation() {
		return false;
	}

	/**
	 * @param request dimension, activation and parameters
	 * @return the kernel
	 */
	PairKernel create(KernelRequest request);
}

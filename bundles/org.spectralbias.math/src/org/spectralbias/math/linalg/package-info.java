/**
 * Dense symmetric linear algebra for kernel spectra: multi-threaded, cancellable
 * {@link org.spectralbias.math.linalg.GramMatrix}, the {@link org.spectralbias.math.linalg.SymmetricEigensolver}
 * facade with its Commons Math default, and Nyström eigenvalues of K/n
 * ({@link org.spectralbias.math.linalg.Nystrom}).
 */
package org.spectralbias.math.linalg;

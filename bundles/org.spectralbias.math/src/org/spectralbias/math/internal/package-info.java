/**
 * Helpers shared by the packages of this bundle and its fragments, not API: the package is not exported, so other
 * bundles cannot use it. {@link org.spectralbias.math.internal.WorkerTeam} is the thread team of the Gram matrices,
 * the eigensolvers and the network passes.
 */
package org.spectralbias.math.internal;

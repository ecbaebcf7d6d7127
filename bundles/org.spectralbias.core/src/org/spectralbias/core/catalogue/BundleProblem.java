package org.spectralbias.core.catalogue;

/**
 * A bundle that declares components but could not be resolved or started, so none of its contributions exist.
 *
 * @param bundle  symbolic name
 * @param version bundle version
 * @param reason  the framework's explanation (for example the missing requirement)
 */
public record BundleProblem(String bundle, String version, String reason) {
}

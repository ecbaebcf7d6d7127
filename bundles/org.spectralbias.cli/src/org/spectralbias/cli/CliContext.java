package org.spectralbias.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

import org.spectralbias.core.catalogue.Catalogues;

/**
 * What every command needs: the catalogues, the product version, the two output streams and the bundle's
 * resources (the shipped experiment files).
 *
 * @param catalogues the contribution catalogues
 * @param version    the command line bundle's version
 * @param out        standard output
 * @param err        standard error
 * @param resources  reads a resource of the command-line bundle as UTF-8 text, by path
 */
record CliContext(Catalogues catalogues, String version, PrintWriter out, PrintWriter err,
		Function<String, Optional<String>> resources) {
}

package org.spectralbias.cli;

import java.io.PrintWriter;

import org.spectralbias.core.catalogue.Catalogues;

/**
 * What every command needs: the catalogues, the product version and the two output streams.
 *
 * @param catalogues the contribution catalogues
 * @param version    the command line bundle's version
 * @param out        standard output
 * @param err        standard error
 */
record CliContext(Catalogues catalogues, String version, PrintWriter out, PrintWriter err) {
}

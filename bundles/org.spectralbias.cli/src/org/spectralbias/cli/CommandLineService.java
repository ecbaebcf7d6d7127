package org.spectralbias.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spectralbias.core.catalogue.Catalogues;

import picocli.CommandLine;

/**
 * The command line as an OSGi service: the headless launcher (outside the framework) looks up the
 * {@code ToIntFunction<String[]>} service with {@code spectralbias.command=cli}, calls it with the user's arguments and
 * exits with the returned code. Only java.* types cross the framework boundary, so the launcher needs no shared API.
 */
@Component(service = ToIntFunction.class, property = "spectralbias.command=cli")
public final class CommandLineService implements ToIntFunction<String[]> {

	private final Catalogues catalogues;
	private final String version;
	private final Bundle bundle;

	/**
	 * @param catalogues the contribution catalogues
	 * @param context    this bundle's context (for the version)
	 */
	@Activate
	public CommandLineService(@Reference Catalogues catalogues, BundleContext context) {
		this.catalogues = catalogues;
		this.version = context.getBundle().getVersion().toString();
		this.bundle = context.getBundle();
	}

	/** @return a resource of this bundle as UTF-8 text */
	private Optional<String> resource(String path) {
		URL url = bundle.getEntry(path);
		if (url == null) {
			return Optional.empty();
		}
		try (InputStream in = url.openStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + path + " from " + bundle.getSymbolicName(), e);
		}
	}

	@Override
	public int applyAsInt(String[] args) {
		return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	/**
	 * Runs one command line.
	 *
	 * @return 0 on success, 1 when the command failed, 2 for usage errors
	 */
	int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cli = SpectralBiasCommand.commandLine(new CliContext(catalogues, version, out, err, this::resource));
		cli.setOut(out);
		cli.setErr(err);
		try {
			return cli.execute(args);
		} catch (LinkageError e) {
			// a plug-in whose classes do not load: name it, keep the process alive, exit 1
			err.println("spectralbias: failed: a plug-in is broken: " + e);
			return 1;
		}
	}
}

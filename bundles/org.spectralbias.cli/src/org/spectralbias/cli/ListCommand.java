package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.spectralbias.core.catalogue.BundleProblem;
import org.spectralbias.core.catalogue.ContributionEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: every contribution found, active or failed, with its bundle. */
@Command(name = "list", mixinStandardHelpOptions = true,
		description = "List the contributions (activations, kernels, distributions, targets) and their status.")
final class ListCommand implements Callable<Integer> {

	private final CliContext context;

	@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
	private OutputFormat format;

	ListCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		List<List<String>> rows = new ArrayList<>();
		for (ContributionEntry<?> e : context.catalogues().allEntries()) {
			rows.add(List.of(e.kind().label(), e.id(), e.name(), e.bundle(), e.version(), e.status().label(),
					e.reason()));
		}
		for (BundleProblem p : context.catalogues().bundleProblems()) {
			rows.add(List.of("bundle", p.bundle(), "", p.bundle(), p.version(), "failed", p.reason()));
		}
		List<String> header = List.of("kind", "id", "name", "bundle", "version", "status", "reason");
		if (format == OutputFormat.json) {
			TablePrinter.print(context.out(), format, header, rows);
			return 0;
		}
		// csv keeps the documented six columns; the table prints the reasons below it
		TablePrinter.print(context.out(), format, header.subList(0, 6), rows.stream().map(r -> r.subList(0, 6)).toList());
		if (format == OutputFormat.table) {
			rows.stream().filter(r -> !r.get(6).isEmpty()).forEach(r -> context.out()
					.println("failed: " + r.get(0) + " '" + r.get(1) + "' from " + r.get(3) + ": " + r.get(6)));
		}
		return 0;
	}
}

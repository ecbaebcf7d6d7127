package org.spectralbias.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code spectralbias} command; its subcommands do the work. */
@Command(name = "spectralbias", mixinStandardHelpOptions = true, versionProvider = SpectralBiasCommand.Version.class,
		description = "Spectral Bias Workbench, headless: study the spectral bias of neural networks through the "
				+ "neural tangent kernel.", subcommands = { ListCommand.class, SpectrumCommand.class, NystromCommand.class, KernelCommand.class,
				DecayCommand.class, RunCommand.class, ReproduceCommand.class, SweepCommand.class, AnalyzeCommand.class, WidthStudyCommand.class, BenchCommand.class,
				CommandLine.HelpCommand.class })
final class SpectralBiasCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing");
	}

	/** Builds the command line whose commands receive the context through their constructors. */
	static CommandLine commandLine(CliContext context) {
		IFactory defaults = CommandLine.defaultFactory();
		IFactory factory = new IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				for (var c : type.getDeclaredConstructors()) {
					if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
						c.setAccessible(true);
						return type.cast(c.newInstance(context));
					}
				}
				return defaults.create(type);
			}
		};
		CommandLine cli = new CommandLine(new SpectralBiasCommand(), factory);
		cli.getCommandSpec().versionProvider(() -> new String[] { "Spectral Bias Workbench " + context.version() });
		cli.setExecutionExceptionHandler((ex, line, parseResult) -> {
			String where = line.getCommandName();
			if (ex instanceof UsageError || ex instanceof IllegalArgumentException) {
				line.getErr().println(where + ": " + ex.getMessage());
				return 2;
			}
			line.getErr().println(where + ": failed: " + ex);
			return 1;
		});
		cli.setParameterExceptionHandler((ex, args) -> {
			CommandLine line = ex.getCommandLine();
			line.getErr().println(line.getCommandName() + ": " + ex.getMessage());
			line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help'.");
			return 2;
		});
		return cli;
	}

	/** Placeholder replaced by {@link #commandLine}; picocli needs a provider class at annotation time. */
	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "Spectral Bias Workbench" };
		}
	}
}

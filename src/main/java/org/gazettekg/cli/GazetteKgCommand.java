package org.gazettekg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each subcommand delegates to a feature package. */
// INHERIT gives every subcommand --help and --version.
@Command(name = "gazette-kg", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "gazette-kg 0.1.0",
        description = "Knowledge graph of Chinese municipal government gazettes (政府公报) on Apache Jena.",
        subcommands = {LoadCommand.class, QueryCommand.class, ServeCommand.class, ValidateCommand.class, VerifyCommand.class,
                ShowCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class GazetteKgCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A configured command line, as {@code main} runs it and tests call it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GazetteKgCommand());
        cl.addSubcommand("bench", BenchPlugin.command());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

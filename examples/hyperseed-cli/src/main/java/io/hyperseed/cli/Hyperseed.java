package io.hyperseed.cli;

import io.hyperseed.cli.benchmark.BenchmarkCommand;
import io.hyperseed.cli.generate.GenerateCommand;
import io.hyperseed.cli.graphap.GraphapCommand;
import io.hyperseed.cli.info.InfoCommand;
import io.hyperseed.cli.solve.SolveCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The top-level {@code hyperseed} command. {@link #main} runs it and exits with its code; tests call
 * {@link #commandLine()} and {@link CommandLine#execute} in-process.
 */
@Command(name = "hyperseed", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Neural (HGNN+) seeding for Timefold / OptaPlanner on binary problems: solve, inspect,"
                + " benchmark and generate instances.",
        subcommands = {SolveCommand.class, InfoCommand.class, BenchmarkCommand.class, GenerateCommand.class,
                GraphapCommand.class, io.hyperseed.cli.report.ReportCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal failure", "2:bad usage or bad input"})
public final class Hyperseed implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command line with Hyperseed's exception handling, ready for {@link CommandLine#execute}. */
    public static CommandLine commandLine() {
        ExitCodes handler = new ExitCodes();
        return new CommandLine(new Hyperseed())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setExitCodeExceptionMapper(handler);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand. Maybe "
                + "\"hyperseed solve FILE\"?");
    }
}

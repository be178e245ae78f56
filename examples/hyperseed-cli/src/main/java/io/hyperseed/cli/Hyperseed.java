package io.hyperseed.cli;

import io.hyperseed.cli.benchmark.BenchmarkCommand;
import io.hyperseed.cli.generate.GenerateCommand;
import io.hyperseed.cli.graphap.GraphapCommand;
import io.hyperseed.cli.info.InfoCommand;
import io.hyperseed.cli.report.ReportCommand;
import io.hyperseed.cli.solve.SolveCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The top-level {@code hyperseed} command. {@link #main} runs it and exits with its code; tests call
 * {@link #commandLine()} and {@link CommandLine#execute} in-process.
 *
 * <p>Start-up: picocli reflects over every registered subcommand (and the types of their options) when the command
 * line is built, so {@link #main} registers only the subcommand that the first argument names; help, version, an
 * unknown name or no argument get all of them. Building costs {@code O(options of the registered commands)}.
 */
@Command(
        name = "hyperseed",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Neural (HGNN+) seeding for Timefold / OptaPlanner on binary problems: solve, inspect,"
                + " benchmark and generate instances.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal failure", "2:bad usage or bad input"})
public final class Hyperseed implements Runnable {

    /** The subcommands in help order; a supplier each, so that an unused one is never reflected over. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /**
     * A command line with every subcommand and Hyperseed's exception handling, ready for
     * {@link CommandLine#execute}.
     */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * A command line for these arguments: with only the subcommand that {@code args[0]} names when it names one
     * (other than {@code help}), else with all of them. Parsing {@code args} gives the same result either way.
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Hyperseed());
        String first = args.length == 0 ? "" : args[0];
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            commandLine.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        // after the subcommands: picocli passes these settings to the subcommands present when they are set
        ExitCodes handler = new ExitCodes();
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setExitCodeExceptionMapper(handler);
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("solve", SolveCommand::new);
        commands.put("info", InfoCommand::new);
        commands.put("benchmark", BenchmarkCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("graphap", GraphapCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("help", HelpCommand::new);
        return commands;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing a subcommand. Maybe " + "\"hyperseed solve FILE\"?");
    }
}

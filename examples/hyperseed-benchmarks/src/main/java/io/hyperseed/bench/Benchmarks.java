package io.hyperseed.bench;

import io.hyperseed.bench.core.EvaluatorCommand;
import io.hyperseed.bench.core.ParseCommand;
import io.hyperseed.bench.neural.NeuralCommand;
import io.hyperseed.bench.solve.SolveCommand;
import io.hyperseed.bench.timefold.TimefoldCommand;
import io.hyperseed.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The benchmark mains behind {@code docs/results}, as one command with one argument style (picocli options, like
 * the {@code hyperseed} CLI): {@code core} and {@code parse} (JMH micro-benchmarks of the core evaluators and
 * readers), {@code neural} (the HGNN+ seeder alone), {@code timefold} (Timefold's move evaluation speed and the Tabu
 * settings grid) and {@code solve} (quick solves on every framework). Every command prints the machine
 * ({@link RunHeader}) before its figures and reads instances only through the core readers ({@link DataOptions}).
 * Without a subcommand it fails as bad usage (picocli: a command that is not runnable needs a subcommand).
 * {@code scripts/run-benchmarks.sh} runs them; the same-budget solver comparisons are {@code hyperseed benchmark}.
 */
@Command(
        name = "hyperseed-benchmarks",
        mixinStandardHelpOptions = true,
        description = "Benchmarks of the Hyperseed plugins; each prints the machine, its settings and its figures.",
        subcommands = {
            EvaluatorCommand.class,
            ParseCommand.class,
            NeuralCommand.class,
            TimefoldCommand.class,
            SolveCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal failure", "2:bad usage or bad input"})
public final class Benchmarks {

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command line with the CLI's exception handling, ready for {@link CommandLine#execute}. */
    public static CommandLine commandLine() {
        ExitCodes handler = new ExitCodes();
        return new CommandLine(new Benchmarks())
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setExitCodeExceptionMapper(handler);
    }
}

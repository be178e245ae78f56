package io.hyperseed.bench.core;

import io.hyperseed.cli.Converters;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Option;

/**
 * The JMH settings of the micro-benchmarks ({@code --forks}, {@code --warmups}, {@code --iterations},
 * {@code --iteration-time}) and a runner that returns JMH's results for the commands to tabulate. Forked JVMs get
 * this JVM's arguments (heap, {@code -Dhyperseed.data}, native access). Each benchmark costs about
 * {@code forks * (warmups + iterations) * iteration-time}.
 */
public final class JmhOptions {

    @Option(
            names = "--forks",
            paramLabel = "N",
            defaultValue = "1",
            description = "JMH forks per benchmark; 0 runs in this JVM (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(
            names = "--warmups",
            paramLabel = "N",
            defaultValue = "1",
            description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(
            names = "--iterations",
            paramLabel = "N",
            defaultValue = "3",
            description = "Measured iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
            names = "--iteration-time",
            paramLabel = "DURATION",
            defaultValue = "1s",
            converter = Converters.DurationConverter.class,
            description = "Length of one iteration, e.g. 1s or 200ms (default: ${DEFAULT-VALUE}).")
    Duration iterationTime;

    /** One line for the settings header. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "JMH %d fork(s), %d warm-up + %d measured iteration(s) of %d ms, one thread",
                forks,
                warmups,
                iterations,
                iterationTime.toMillis());
    }

    /**
     * Runs the benchmark methods matching {@code includeRegex} with parameter {@code file} set to {@code file}.
     *
     * @throws IllegalArgumentException when a setting is out of range
     * @throws IllegalStateException when JMH fails (a benchmark threw, a fork died)
     */
    public Collection<RunResult> run(String includeRegex, String file) {
        check();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(includeRegex)
                .param("file", file)
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.milliseconds(iterationTime.toMillis()))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.milliseconds(iterationTime.toMillis()))
                .threads(1)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (forks > 0) {
            options.jvmArgs(hostArguments());
        }
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed on " + file + " (" + includeRegex + "): " + e.getMessage(), e);
        }
    }

    private void check() {
        if (forks < 0 || warmups < 0 || iterations < 1 || iterationTime.isNegative() || iterationTime.isZero()) {
            throw new IllegalArgumentException("The JMH settings (forks " + forks + ", warmups " + warmups
                    + ", iterations " + iterations + ", iteration time " + iterationTime + ") are out of range. Maybe "
                    + "--forks 1 --warmups 1 --iterations 3 --iteration-time 1s?");
        }
    }

    private static String[] hostArguments() {
        List<String> arguments = new ArrayList<>();
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-agentlib:") && !argument.startsWith("-javaagent:")) {
                arguments.add(argument);
            }
        }
        return arguments.toArray(String[]::new);
    }
}

package io.hyperseed.cli.solve;

import io.hyperseed.cli.Choices;
import io.hyperseed.cli.Converters;
import io.hyperseed.cli.Instances;
import io.hyperseed.cli.NeuralSettings;
import io.hyperseed.cli.Solvers;
import io.hyperseed.cli.StopSignal;
import io.hyperseed.cli.Verbosity;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.HybridPolicy;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed solve FILE}: reads one instance, runs one configuration on one framework with live progress
 * on stderr, prints a summary on stdout and optionally writes the solution file. Ctrl-C stops the solver, which
 * returns its best so far; the summary and the solution file are still written.
 */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Solve one instance: neural seeding (HGNN+) and/or a metaheuristic on one time budget.")
public final class SolveCommand implements Callable<Integer> {

    @Mixin
    private Verbosity verbosity;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The instance file.")
    private Path file;

    @Option(
            names = "--format",
            paramLabel = "F",
            converter = Converters.FormatConverter.class,
            description = "The file format (hmetis, hypop, bipnn, rudy, bqp, mknap, cnf, wcnf, pubo, scholp); "
                    + "detected when absent.")
    private Format format;

    @Option(
            names = "--config",
            paramLabel = "NAME|FILE.xml",
            defaultValue = "auto",
            description =
                    "neural-tabu, tabu, late-acceptance, simulated-annealing, neural, neural-simulated-annealing, "
                            + "neural-late-acceptance, or a solver config XML file (default: auto = "
                            + "neural-simulated-annealing for max-cut and unconstrained programs, neural-tabu for programs "
                            + "with constraints).")
    private String config;

    @Option(
            names = "--framework",
            defaultValue = "timefold",
            description = "timefold or optaplanner (default: ${DEFAULT-VALUE}).")
    private String framework;

    @Option(
            names = "--time",
            defaultValue = "30s",
            converter = Converters.DurationConverter.class,
            description = "The time budget of the whole solve, training included: 30s, 2m, 500ms "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration time;

    @Option(names = "--seed", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--device", defaultValue = "auto", description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
    private String device;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the solution to this file.")
    private Path out;

    @Option(names = "--best-known", paramLabel = "V", description = "A reference objective; the gap is reported.")
    private Double bestKnown;

    @Option(
            names = "--set",
            paramLabel = "name=value",
            description = "A neural phase property, e.g. --set epochs=500 --set hiddenSizes=128,64 (repeatable).")
    private List<String> settings = new ArrayList<>();

    @Option(
            names = "--stop-unimproved",
            paramLabel = "TIME",
            converter = Converters.DurationConverter.class,
            description = "Stop the local search once the best solution has not improved for this long, e.g. 2s "
                    + "(default: use the whole budget).")
    private Duration stopUnimproved;

    @Option(
            names = "--no-reduce",
            negatable = false,
            description = "Solve max-cut instances as given, without the exact reductions (isolated, degree-1, "
                    + "series vertices, merged hyperedges); results are of the original instance either way.")
    private boolean noReduce;

    @Option(
            names = "--progress",
            defaultValue = "auto",
            description = "auto, bar, lines or off (default: ${DEFAULT-VALUE}; auto draws a bar on a terminal).")
    private String progress;

    @Override
    public Integer call() throws Exception {
        String chosen = "auto".equals(config) ? null : Choices.config(config);
        HybridSolver solver = Solvers.byFramework(framework);
        Instance instance = Instances.read(file, format);
        SolveOptions options = new SolveOptions(
                        chosen == null ? HybridPolicy.defaultConfig(instance) : chosen,
                        time,
                        seed,
                        Choices.device(device),
                        NeuralSettings.parse(settings))
                .withReduce(!noReduce)
                .withUnimprovedTimeLimit(stopUnimproved == null ? Duration.ZERO : stopUnimproved);
        SolveResult result;
        boolean interrupted;
        try (StopSignal stop = StopSignal.install();
                ProgressDisplay display = new ProgressDisplay(
                                spec.commandLine().getErr(),
                                progressMode(progress),
                                time,
                                Duration.ofSeconds(2),
                                System::nanoTime)
                        .startRefreshing()) {
            result = solver.solve(instance, options, display);
            interrupted = stop.isRequested();
            display.close();
            new SolveSummary(instance, options, result, bestKnown == null ? Double.NaN : bestKnown, interrupted)
                    .print(spec.commandLine().getOut());
            if (out != null) {
                SolutionOutput.write(out, instance, options, result);
                spec.commandLine().getOut().println("solution     written to " + out);
            }
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** The display mode for an {@code --progress} value; {@code auto} asks whether stderr is a terminal. */
    static ProgressDisplay.Mode progressMode(String progress) {
        return switch (progress) {
            case "bar" -> ProgressDisplay.Mode.BAR;
            case "lines" -> ProgressDisplay.Mode.LINES;
            case "off" -> ProgressDisplay.Mode.OFF;
            case "auto" -> Terminal.isInteractive() ? ProgressDisplay.Mode.BAR : ProgressDisplay.Mode.LINES;
            default ->
                throw new IllegalArgumentException(
                        "The progress mode (" + progress + ") is not one of auto, bar, lines, off.");
        };
    }
}

package io.hyperseed.bench.solve;

import io.hyperseed.bench.BenchmarkCommand;
import io.hyperseed.bench.RunHeader;
import io.hyperseed.cli.Solvers;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.HybridSolver;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed-benchmarks solve}: quick figures for the adapters, one tab-separated row per (instance,
 * framework, config): the cut or objective, feasibility, the seed (producer and value), seeding and total time, the
 * number of new bests and the move evaluation speed, each through the framework's {@link HybridSolver} (found by
 * the CLI's {@link Solvers}, OptaPlanner in its own class loader). The same-budget tables with repeats, anchors and
 * plots are {@code hyperseed benchmark}.
 */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        description = "Quick solves through every framework's HybridSolver: one row per instance, framework, config.")
public final class SolveCommand extends BenchmarkCommand {

    @Parameters(
            paramLabel = "INSTANCE",
            arity = "0..*",
            description = "Instance files, or paths under the data folder (default: G-set G22 and seed Cora).")
    private List<String> instances = List.of("gset/graphs/G22.txt", "seed-bip/cora_hypergraph.txt");

    @Option(
            names = "--seconds",
            paramLabel = "N",
            defaultValue = "10",
            description = "Seconds per solve (default: ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "The random seed of every solve (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--configs",
            paramLabel = "NAME",
            split = ",",
            defaultValue = "neural-tabu,tabu",
            description = "Solver configs (default: ${DEFAULT-VALUE}).")
    private List<String> configs;

    @Option(
            names = "--frameworks",
            paramLabel = "NAME",
            split = ",",
            defaultValue = "timefold,optaplanner",
            description = "Frameworks (default: ${DEFAULT-VALUE}).")
    private List<String> frameworks;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1) {
            throw new IllegalArgumentException(
                    "The seconds per solve (" + seconds + ") must be positive. Maybe " + "--seconds 10?");
        }
        List<HybridSolver> solvers = new ArrayList<>();
        for (String framework : frameworks) {
            solvers.add(Solvers.byFramework(framework));
        }
        List<Instance> read = new ArrayList<>();
        for (String name : instances) {
            read.add(data.read(name, null));
        }
        PrintWriter out = output();
        RunHeader.print(
                out,
                "solve",
                String.format(
                        Locale.ROOT,
                        "%d s per run, seed %d, configs %s, frameworks %s," + " data %s",
                        seconds,
                        seed,
                        configs,
                        frameworks,
                        data.folder()));
        out.println("instance\tframework\tconfig\tobjective\tfeasible\tseed_producer\tseed_objective\tseed_ms"
                + "\ttotal_ms\timprovements\tmove_evals_per_s");
        out.flush();
        for (Instance instance : read) {
            for (HybridSolver solver : solvers) {
                for (String config : configs) {
                    SolveOptions options =
                            new SolveOptions(config, Duration.ofSeconds(seconds), seed, "auto", Map.of());
                    out.println(row(instance, solver.solve(instance, options, SolveListener.NONE)));
                    out.flush();
                }
            }
        }
        return 0;
    }

    /** One tab-separated row of a result. */
    static String row(Instance instance, SolveResult r) {
        return String.format(
                Locale.ROOT,
                "%s\t%s\t%s\t%.1f\t%b\t%s\t%s\t%d\t%d\t%d\t%d",
                instance.name(),
                r.framework(),
                r.config(),
                r.solution().objective(),
                r.solution().isFeasible(),
                r.seed() == null ? "-" : r.seed().producer(),
                r.seed() == null
                        ? "-"
                        : String.format(Locale.ROOT, "%.1f", r.seed().solution().objective()),
                r.seedTime().toMillis(),
                r.totalTime().toMillis(),
                r.bestOverTime().size(),
                r.moveEvaluationSpeed());
    }
}

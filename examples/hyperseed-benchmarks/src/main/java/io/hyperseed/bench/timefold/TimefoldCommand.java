package io.hyperseed.bench.timefold;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import io.hyperseed.bench.BenchmarkCommand;
import io.hyperseed.bench.RunHeader;
import io.hyperseed.core.io.Instance;
import io.hyperseed.timefold.BuiltInConfigs;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.MaxCutSolution;
import io.hyperseed.timefold.score.MaxCutConstraintProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hyperseed-benchmarks timefold}: what the Timefold adapter shows on max-cut instances, modes
 * <ul>
 *   <li>{@code speed}: Timefold's move evaluation speed (Tabu from the greedy construction) with the incremental
 *       score calculator and with the constraint streams, in the same run, and their ratio (first instance);</li>
 *   <li>{@code incremental}: the incremental calculator alone (first instance);</li>
 *   <li>{@code tune}: the best cut for a grid of Tabu settings (entity tabu x accepted count limit), every
 *       instance: the measurements behind the shipped configs.</li>
 * </ul>
 * Each run is one solve of {@code --seconds}, seed 1, with the shipped {@code tabu} config. Writes
 * {@code docs/results/timefold-speed.txt} ({@code speed}). Neural + Tabu against Tabu is {@code solve}.
 */
@Command(
        name = "timefold",
        mixinStandardHelpOptions = true,
        description = "Timefold move evaluation speed (incremental vs constraint streams) and the Tabu settings grid.")
public final class TimefoldCommand extends BenchmarkCommand {

    /** The modes. */
    public enum Mode {
        speed,
        incremental,
        tune
    }

    @Parameters(
            paramLabel = "MODE",
            arity = "0..*",
            description = "Modes: ${COMPLETION-CANDIDATES} (default: speed tune).")
    private List<Mode> modes = List.of(Mode.speed, Mode.tune);

    @Option(
            names = "--seconds",
            paramLabel = "N",
            defaultValue = "10",
            description = "Seconds per solve (default: ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(
            names = "--instances",
            paramLabel = "FILE",
            split = ",",
            description = "Max-cut instances, files or under the data folder (default: G22 and seed Cora); speed and "
                    + "incremental use the first.")
    private List<String> instances = List.of("gset/graphs/G22.txt", "seed-bip/cora_hypergraph.txt");

    @Option(
            names = "--tabu",
            paramLabel = "T",
            split = ",",
            defaultValue = "0.005,0.02,0.1",
            description = "Entity tabu settings of the grid; below 1 a ratio, else a size (default: ${DEFAULT-VALUE}).")
    private double[] tabus;

    @Option(
            names = "--accepted",
            paramLabel = "N",
            split = ",",
            defaultValue = "100,1000,4000",
            description = "Accepted count limits of the grid (default: ${DEFAULT-VALUE}).")
    private int[] accepteds;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1) {
            throw new IllegalArgumentException(
                    "The seconds per solve (" + seconds + ") must be positive. Maybe " + "--seconds 10?");
        }
        out = output();
        RunHeader.print(
                out,
                "timefold " + modes,
                String.format(
                        Locale.ROOT,
                        "%d s per run, seed 1, instances %s," + " tabu %s, accepted %s, data %s",
                        seconds,
                        instances,
                        Arrays.toString(tabus),
                        Arrays.toString(accepteds),
                        data.folder()));
        Instance first = maxCut(instances.get(0));
        for (Mode mode : modes) {
            switch (mode) {
                case speed -> speed(first);
                case incremental -> out.printf("incremental only: %s%n", run(first, config -> {}));
                case tune -> {
                    for (String name : instances) {
                        tune(maxCut(name));
                    }
                }
                default -> throw new IllegalStateException("Unhandled mode " + mode);
            }
            out.flush();
        }
        return 0;
    }

    private Instance maxCut(String name) throws IOException {
        Instance instance = data.read(name, null);
        if (!instance.isMaxCut()) {
            throw new IllegalArgumentException(
                    "The instance (" + name + ") is not a max-cut instance. Maybe a G-set " + "or hypergraph file?");
        }
        return instance;
    }

    /** Move evaluation speed with the incremental calculator vs the constraint streams. */
    private void speed(Instance instance) {
        out.printf(
                "%n== Move evaluation speed: %s (%d vertices, %d edges), tabu, %d s each ==%n",
                instance.name(),
                instance.hypergraph().numVertices(),
                instance.hypergraph().numEdges(),
                seconds);
        out.flush();
        Run incremental = run(instance, config -> {});
        Run streams = run(
                instance,
                config -> config.withScoreDirectorFactory(
                        new ScoreDirectorFactoryConfig().withConstraintProviderClass(MaxCutConstraintProvider.class)));
        out.printf("incremental:        %s%n", incremental);
        out.printf("constraint streams: %s%n", streams);
        out.printf(
                Locale.ROOT,
                "ratio incremental / streams: %.1f (wall), %.1f (per CPU second)%n",
                (double) incremental.speed / streams.speed,
                incremental.cpuSpeed() / streams.cpuSpeed());
    }

    /** Best cut for the grid entity tabu (ratio below 1, else size) x accepted count limit. */
    private void tune(Instance instance) {
        out.printf("%n== Tabu settings: %s, greedy construction + tabu, %d s each ==%n", instance.name(), seconds);
        out.printf("%-10s %-10s %10s %14s%n", "entityTabu", "accepted", "best cut", "moves/CPU s");
        for (double tabu : tabus) {
            for (int accepted : accepteds) {
                Run r = run(instance, config -> {
                    for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
                        if (phase instanceof LocalSearchPhaseConfig local) {
                            local.getAcceptorConfig().setEntityTabuRatio(tabu < 1 ? tabu : null);
                            local.getAcceptorConfig().setEntityTabuSize(tabu < 1 ? null : (int) tabu);
                            local.getForagerConfig().setAcceptedCountLimit(accepted);
                        }
                    }
                });
                out.printf(
                        Locale.ROOT,
                        "%-10s %-10d %10d %,14.0f%n",
                        tabu < 1 ? "ratio " + tabu : "size " + (int) tabu,
                        accepted,
                        r.cut,
                        r.cpuSpeed());
                out.flush();
            }
        }
    }

    /** One solve: best cut, Timefold's move evaluation speed (wall), evaluations and the thread's CPU time. */
    private record Run(long cut, long speed, long evaluations, double cpuSeconds, double wallSeconds) {

        double cpuSpeed() {
            return evaluations / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,12d moves/s wall, %,12.0f moves per CPU second (CPU %.1f s of %.1f" + " s wall), best cut %d",
                    speed,
                    cpuSpeed(),
                    cpuSeconds,
                    wallSeconds,
                    cut);
        }
    }

    private Run run(Instance instance, Consumer<SolverConfig> tweak) {
        SolverConfig config = BuiltInConfigs.load("tabu", true)
                .withRandomSeed(1L)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
        tweak.accept(config);
        Solver<BinarySolution> solver =
                SolverFactory.<BinarySolution>create(config).buildSolver();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        BinarySolution best = solver.solve(MaxCutSolution.fromInstance(instance));
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        DefaultSolver<BinarySolution> timefold = (DefaultSolver<BinarySolution>) solver;
        return new Run(
                Math.round(best.toSolution().objective()),
                timefold.getMoveEvaluationSpeed(),
                timefold.getMoveEvaluationCount(),
                cpu,
                wall);
    }
}

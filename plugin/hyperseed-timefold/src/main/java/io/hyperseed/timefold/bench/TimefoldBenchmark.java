package io.hyperseed.timefold.bench;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import io.hyperseed.core.io.DataDirectory;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.timefold.BuiltInConfigs;
import io.hyperseed.timefold.TimefoldHybridSolver;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.MaxCutSolution;
import io.hyperseed.timefold.score.MaxCutConstraintProvider;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the Timefold adapter shows, printed with the machine and the settings:
 * <ol>
 *   <li>{@code speed}: Timefold's move evaluation speed on G22 (Tabu from the greedy construction) with the
 *       incremental calculator and with the constraint streams, in the same run, and their ratio;</li>
 *   <li>{@code tune}: best cut on G22 and Cora for a grid of Tabu settings (entity tabu ratio x accepted count
 *       limit), the measurements behind the shipped configs;</li>
 *   <li>{@code quality}: Cora and G22 with neural + Tabu vs Tabu through {@link TimefoldHybridSolver}.</li>
 * </ol>
 * Usage: {@code TimefoldBenchmark [all|speed|incremental|tune|quality] [seconds per run] [tabu list] [accepted list]}
 * (default {@code all 10}; lists comma separated, a tabu below 1 is a ratio); data from
 * {@link DataDirectory} ({@code -Dhyperseed.data=DIR}).
 */
public final class TimefoldBenchmark {

    private TimefoldBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "all";
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        printMachine();
        System.out.printf("Settings: mode %s, %d s per run, seed 1, data %s%n", mode, seconds,
                DataDirectory.configured());
        Path g22 = DataDirectory.configured().resolve("gset/graphs/G22.txt");
        Path cora = DataDirectory.configured().resolve("seed-bip/cora_hypergraph.txt");
        if (mode.equals("all") || mode.equals("speed")) {
            speed(BenchmarkInstances.readRudy(require(g22)), seconds);
        }
        if (mode.equals("incremental")) {
            Run r = run(BenchmarkInstances.readRudy(require(g22)), "tabu", seconds, config -> { });
            System.out.printf("incremental only: %s%n", r);
        }
        if (mode.equals("all") || mode.equals("tune")) {
            double[] tabus = args.length > 2 ? parseDoubles(args[2]) : new double[] {0.005, 0.02, 0.1};
            int[] accepteds = args.length > 3 ? java.util.Arrays.stream(parseDoubles(args[3])).mapToInt(d -> (int) d)
                    .toArray() : new int[] {100, 1000, 4000};
            tune(BenchmarkInstances.readRudy(require(g22)), seconds, tabus, accepteds);
            tune(BenchmarkInstances.readHyperedges(require(cora)), seconds, tabus, accepteds);
        }
        if (mode.equals("all") || mode.equals("quality")) {
            quality(BenchmarkInstances.readHyperedges(require(cora)), seconds);
            quality(BenchmarkInstances.readRudy(require(g22)), seconds);
        }
    }

    /** Move evaluation speed with the incremental calculator vs the constraint streams. */
    static void speed(Instance instance, long seconds) {
        System.out.printf("%n== Move evaluation speed: %s (%d vertices, %d edges), tabu, %d s each ==%n",
                instance.name(), instance.hypergraph().numVertices(), instance.hypergraph().numEdges(), seconds);
        Run incremental = run(instance, "tabu", seconds, config -> { });
        Run streams = run(instance, "tabu", seconds, config -> config.withScoreDirectorFactory(
                new ScoreDirectorFactoryConfig().withConstraintProviderClass(MaxCutConstraintProvider.class)));
        System.out.printf("incremental:        %s%n", incremental);
        System.out.printf("constraint streams: %s%n", streams);
        System.out.printf(Locale.ROOT, "ratio incremental / streams: %.1f (wall), %.1f (per CPU second)%n",
                (double) incremental.speed / streams.speed, incremental.cpuSpeed() / streams.cpuSpeed());
    }

    /**
     * Best cut for a grid of Tabu settings: entity tabu size (a ratio of the variables when below 1, else a fixed
     * size) x accepted count limit.
     */
    static void tune(Instance instance, long seconds, double[] tabus, int[] accepteds) {
        System.out.printf("%n== Tabu settings: %s, greedy construction + tabu, %d s each ==%n", instance.name(),
                seconds);
        System.out.printf("%-10s %-10s %10s %14s%n", "entityTabu", "accepted", "best cut", "moves/CPU s");
        for (double tabu : tabus) {
            for (int accepted : accepteds) {
                Run r = run(instance, "tabu", seconds, config -> {
                    for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
                        if (phase instanceof LocalSearchPhaseConfig local) {
                            local.getAcceptorConfig().setEntityTabuRatio(tabu < 1 ? tabu : null);
                            local.getAcceptorConfig().setEntityTabuSize(tabu < 1 ? null : (int) tabu);
                            local.getForagerConfig().setAcceptedCountLimit(accepted);
                        }
                    }
                });
                System.out.printf(Locale.ROOT, "%-10s %-10d %10d %,14.0f%n", tabu < 1 ? "ratio " + tabu
                        : "size " + (int) tabu, accepted, r.cut, r.cpuSpeed());
            }
        }
    }

    /** Neural + Tabu vs Tabu through the CLI facade. */
    static void quality(Instance instance, long seconds) {
        System.out.printf("%n== Quality: %s, neural-tabu vs tabu, %d s each (TimefoldHybridSolver) ==%n",
                instance.name(), seconds);
        TimefoldHybridSolver solver = new TimefoldHybridSolver();
        for (String config : new String[] {"neural-tabu", "tabu"}) {
            SolveResult result = solver.solve(instance, SolveOptions.of(config, Duration.ofSeconds(seconds)),
                    SolveListener.NONE);
            var points = result.bestOverTime();
            var firstLocal = points.stream().filter(p -> !p.phase().equals("neural")
                    && !p.phase().equals("construction")).findFirst();
            System.out.printf(Locale.ROOT, "%-12s cut %.0f of %d in %d ms; seed %s %.0f (%d ms seeding, phase"
                    + " ended at %d ms, details %s); first search best %s; %d improvements; %,d moves/s%n", config,
                    result.solution().objective(), instance.hypergraph().numEdges(), result.totalTime().toMillis(),
                    result.seed() == null ? "-" : result.seed().producer(),
                    result.seed() == null ? Double.NaN : result.seed().solution().objective(),
                    result.seedTime().toMillis(), points.isEmpty() ? -1 : points.get(0).elapsed().toMillis(),
                    result.seed() == null ? "-" : result.seed().details(),
                    firstLocal.map(p -> p.objective() + " at " + p.elapsed().toMillis() + " ms").orElse("-"),
                    points.size(), result.moveEvaluationSpeed());
        }
    }

    /** One solve: best cut, Timefold's move evaluation speed (wall), evaluations and the thread's CPU time. */
    private record Run(long cut, long speed, long evaluations, double cpuSeconds, double wallSeconds) {

        double cpuSpeed() {
            return evaluations / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,12d moves/s wall, %,12.0f moves per CPU second (CPU %.1f s of %.1f"
                    + " s wall), best cut %d", speed, cpuSpeed(), cpuSeconds, wallSeconds, cut);
        }
    }

    private static Run run(Instance instance, String name, long seconds, Consumer<SolverConfig> tweak) {
        SolverConfig config = BuiltInConfigs.load(name, true).withRandomSeed(1L)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
        tweak.accept(config);
        Solver<BinarySolution> solver = SolverFactory.<BinarySolution>create(config).buildSolver();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        BinarySolution best = solver.solve(MaxCutSolution.fromInstance(instance));
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        DefaultSolver<BinarySolution> timefold = (DefaultSolver<BinarySolution>) solver;
        return new Run(Math.round(best.toSolution().objective()), timefold.getMoveEvaluationSpeed(),
                timefold.getMoveEvaluationCount(), cpu, wall);
    }

    private static double[] parseDoubles(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The data file (" + file + ") is missing. Maybe set -D"
                    + DataDirectory.PROPERTY + "=DIR to the shared data folder?");
        }
        return file;
    }

    private static void printMachine() {
        Runtime rt = Runtime.getRuntime();
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // Not Linux: keep "unknown CPU".
        }
        System.out.printf("Machine: %s, %d cores visible, max heap %d MB, Java %s (%s), %s %s%n", cpu,
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}

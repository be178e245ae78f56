package io.hyperseed.optaplanner.bench;

import io.hyperseed.core.io.DataDirectory;
import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.io.InstanceFiles;
import io.hyperseed.core.solve.SolveListener;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.solve.SolveResult;
import io.hyperseed.optaplanner.OptaplannerHybridSolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Quick figures for the OptaPlanner adapter, printed with the machine and settings: move evaluation speed (score
 * calculations per second of local search) and the cut on G22 and on seed Cora, for neural + Tabu and Tabu alone
 * on the same budget (or the configs given). Usage: {@code OptaplannerBenchmark [--data DIR] [--seconds 10] [--seed 1]
 * [--configs neural-tabu,tabu]}; the data folder defaults to {@link DataDirectory#configured()}. The full
 * Timefold vs OptaPlanner tables come from the CLI's {@code hyperseed benchmark}.
 */
public final class OptaplannerBenchmark {

    private OptaplannerBenchmark() {
    }

    public static void main(String[] args) {
        Path data = DataDirectory.configured();
        long seconds = 10;
        long seed = 1;
        List<String> configs = List.of("neural-tabu", "tabu");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--configs" -> configs = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("The option (" + args[i] + ") is unknown. Maybe "
                        + "--data, --seconds, --seed or --configs?");
            }
        }
        printMachine(seconds, seed, data);
        OptaplannerHybridSolver solver = new OptaplannerHybridSolver();
        List<Instance> instances = List.of(read(data.resolve("gset/graphs/G22.txt"), Format.RUDY),
                read(data.resolve("seed-bip/cora_hypergraph.txt"), Format.BIPNN));
        for (Instance instance : instances) {
            for (String config : configs) {
                report(instance, solver.solve(instance, options(config, seconds, seed), SolveListener.NONE));
            }
        }
    }

    private static SolveOptions options(String config, long seconds, long seed) {
        return new SolveOptions(config, Duration.ofSeconds(seconds), seed, "auto", Map.of());
    }

    private static void printMachine(long seconds, long seed, Path data) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "# OptaplannerBenchmark %s%n", ZonedDateTime.now());
        System.out.printf(Locale.ROOT, "# machine: %d cores, max heap %d MiB, %s %s, JVM %s %s%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "# settings: %d s per run, seed %d, data %s, JVM args %s%n", seconds, seed,
                data, ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("instance\tconfig\tobjective\tfeasible\tseed_producer\tseed_objective\tseed_ms"
                + "\ttotal_ms\tmove_evals_per_s");
    }

    private static void report(Instance instance, SolveResult r) {
        System.out.printf(Locale.ROOT, "%s\t%s\t%.1f\t%b\t%s\t%s\t%d\t%d\t%d%n", instance.name(), r.config(),
                r.solution().objective(), r.solution().isFeasible(),
                r.seed() == null ? "-" : r.seed().producer(),
                r.seed() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.seed().solution().objective()),
                r.seedTime().toMillis(), r.totalTime().toMillis(), r.moveEvaluationSpeed());
    }

    private static Instance read(Path file, Format format) {
        try {
            return InstanceFiles.readSingle(file, format);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ". Maybe pass --data DIR (the shared data "
                    + "folder)?", e);
        }
    }
}

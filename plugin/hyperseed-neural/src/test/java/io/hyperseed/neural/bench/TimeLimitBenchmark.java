package io.hyperseed.neural.bench;

import io.hyperseed.core.generate.RandomHypergraphs;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.neural.GuardedSeeder;
import io.hyperseed.neural.NeuralConfig;
import io.hyperseed.neural.NeuralPhaseProperties;
import io.hyperseed.neural.train.TrainingLock;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the neural seeding phase ({@link GuardedSeeder}, as the adapters run it) keeps its time limit, and its
 * peak memory: for each generated hypergraph max-cut instance (the {@code hyperseed generate hypergraph} generator,
 * {@code m = 1.5 n}, sizes 2-10, seed 3) and each budget, the wall time of one seeding call, its overshoot, what
 * the seed came from, the epochs and network width that fit, and the process's peak RSS during the call (Linux
 * {@code VmHWM}, reset before each call through {@code /proc/self/clear_refs}). One warm-up call on a small
 * instance first, so that JVM and PyTorch start-up are not counted.
 *
 * <p>Arguments: {@code n=200,2000,20000,200000,1000000 budgets=1,5,30} plus neural properties
 * ({@code name=value}). Run with
 * {@code plugin/hyperseed-neural/neural-benchmark.sh TimeLimitBenchmark [args]}.
 */
public final class TimeLimitBenchmark {

    private TimeLimitBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(200, 2000, 20_000, 200_000, 1_000_000);
        List<Double> budgets = List.of(1.0, 5.0, 30.0);
        List<String> properties = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("n=")) {
                sizes = parseInts(arg.substring(2));
            } else if (arg.startsWith("budgets=")) {
                budgets = parseDoubles(arg.substring(8));
            } else {
                properties.add(arg);
            }
        }
        System.out.println("# TimeLimitBenchmark " + String.join(" ", args));
        System.out.println("# " + machine());
        // start-up (native library, lazy initialisation) outside the clock, as the adapters' warm-up does
        seed(instance(300), config(properties, 30.0).toBuilder().optEpochs(20).build());
        System.out.println("| n | m | pins | budget s | wall s | overshoot s | abandoned thread ran on s | seed from |"
                + " epochs | stop | d / c1 | cut | greedy cut | peak RSS MiB | load |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            PuboProblem problem = instance(n);
            Hypergraph graph = RandomHypergraphs.generate(n, n * 3 / 2, 2, 10, 3);
            for (double budget : budgets) {
                System.gc();
                resetPeak();
                long start = System.nanoTime();
                Seed seed = seed(problem, config(properties, budget));
                double wall = (System.nanoTime() - start) / 1e9;
                // an abandoned training thread ends after its current step: wait for it, so that runs do not overlap
                TrainingLock.acquire(() -> false);
                TrainingLock.release();
                double background = (System.nanoTime() - start) / 1e9 - wall;
                System.out.printf(
                        Locale.ROOT,
                        "| %d | %d | %d | %.0f | %.2f | %+.2f | %.2f | %s | %s | %s | %s / %s |"
                                + " %.0f | %.0f | %d | %s |%n",
                        n,
                        graph.numEdges(),
                        graph.numPins(),
                        budget,
                        wall,
                        wall - budget,
                        background,
                        seed.producer(),
                        seed.details().getOrDefault("epochs", "-"),
                        shortReason(seed),
                        seed.details().getOrDefault("inputDim", "-"),
                        seed.details().getOrDefault("hiddenSizes", "-"),
                        seed.solution().objective(),
                        (Double) seed.details().get("greedyObjective"),
                        peakRssMib(),
                        load());
            }
        }
    }

    private static String shortReason(Seed seed) {
        Object reason = seed.details().get("stopReason");
        if (reason != null) {
            return reason.toString();
        }
        String fallback = String.valueOf(seed.details().getOrDefault("fallback", "-"));
        return fallback.startsWith("it did not end")
                ? "abandoned at deadline + grace"
                : fallback.startsWith("Not even one epoch") ? "no epoch fit" : fallback;
    }

    private static PuboProblem instance(int n) {
        return MaxCut.compact(RandomHypergraphs.generate(n, n * 3 / 2, 2, 10, 3), "generated-" + n);
    }

    private static NeuralConfig config(List<String> properties, double budgetSeconds) {
        NeuralPhaseProperties phase = new NeuralPhaseProperties() {};
        phase.setDevice("cpu");
        for (String p : properties) {
            int eq = p.indexOf('=');
            phase.applyProperty(p.substring(0, eq), p.substring(eq + 1));
        }
        phase.setTimeLimit(Math.round(budgetSeconds * 1000) + "ms");
        return phase.toConfig();
    }

    private static Seed seed(PuboProblem problem, NeuralConfig config) {
        Seed seed = new GuardedSeeder(config, w -> {}).seed(problem, SeedingContext.of(1));
        return seed;
    }

    private static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            System.out.println("# cannot reset the peak RSS (" + e.getMessage() + "); peaks are since start");
        }
    }

    private static long peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        return "Java " + Runtime.version() + ", " + rt.availableProcessors() + " cores, max heap "
                + rt.maxMemory() / (1 << 20) + " MiB, torch threads "
                + System.getProperty("ai.djl.pytorch.num_threads", "default") + ", load average " + load()
                + " (shared machine)";
    }

    private static List<Integer> parseInts(String text) {
        List<Integer> values = new ArrayList<>();
        for (String s : text.split(",")) {
            values.add(Integer.parseInt(s.trim()));
        }
        return values;
    }

    private static List<Double> parseDoubles(String text) {
        List<Double> values = new ArrayList<>();
        for (String s : text.split(",")) {
            values.add(Double.parseDouble(s.trim()));
        }
        return values;
    }
}

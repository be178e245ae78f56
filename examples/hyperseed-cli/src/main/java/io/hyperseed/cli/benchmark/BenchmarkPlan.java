package io.hyperseed.cli.benchmark;

import io.hyperseed.core.io.Format;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a benchmark runs: every instance x config x framework x repeat, each with the same time budget; repeat
 * {@code r} uses random seed {@code baseSeed + r}, so every config sees the same seeds. {@link #runs} lists the
 * runs in the planned execution order ({@link RunOrder}, seeded by {@code orderSeed}); building it is
 * {@code O(runs)}.
 *
 * @param instances the instance files
 * @param format their format, or null to detect it per file
 * @param configs the configuration names or XML paths
 * @param frameworks the framework names
 * @param timeLimit the budget of every run
 * @param repeats the runs per (instance, config, framework)
 * @param baseSeed the seed of repeat 0
 * @param device the neural device
 * @param neuralProperties extra neural properties for every run
 * @param order the execution order
 * @param orderSeed the seed of a random order
 */
public record BenchmarkPlan(
        List<Path> instances,
        Format format,
        List<String> configs,
        List<String> frameworks,
        Duration timeLimit,
        int repeats,
        long baseSeed,
        String device,
        Map<String, String> neuralProperties,
        RunOrder order,
        long orderSeed) {

    public BenchmarkPlan {
        instances = List.copyOf(instances);
        configs = List.copyOf(configs);
        frameworks = List.copyOf(frameworks);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(order, "order");
        neuralProperties = Map.copyOf(neuralProperties);
        if (instances.isEmpty() || configs.isEmpty() || frameworks.isEmpty()) {
            throw new IllegalArgumentException("The benchmark needs instances (" + instances.size() + "), configs ("
                    + configs.size() + ") and frameworks (" + frameworks.size() + "). Maybe --instances "
                    + "'DIR/*.txt'?");
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("The number of repeats (" + repeats + ") must be at least 1.");
        }
        if ((long) instances.size() * configs.size() * frameworks.size() * repeats > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The run matrix (" + instances.size() + " x " + configs.size() + " x "
                    + frameworks.size() + " x " + repeats + ") is too large. Maybe split it into benchmarks?");
        }
    }

    /** The number of runs. */
    public int size() {
        return instances.size() * configs.size() * frameworks.size() * repeats;
    }

    /** Every run in matrix order (instance, config, framework, repeat), each at its matrix index. */
    public List<PlannedRun> matrix() {
        List<PlannedRun> runs = new ArrayList<>(size());
        for (Path instance : instances) {
            for (String config : configs) {
                for (String framework : frameworks) {
                    for (int r = 0; r < repeats; r++) {
                        runs.add(
                                new PlannedRun(runs.size(), runs.size(), instance, config, framework, r, baseSeed + r));
                    }
                }
            }
        }
        return runs;
    }

    /** Every run in the planned execution order, numbered by position. */
    public List<PlannedRun> runs() {
        return order.arrange(matrix(), configs.size() * frameworks.size() * repeats, repeats, orderSeed);
    }
}

package io.hyperseed.core.solve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: a named configuration ({@code neural-tabu}, {@code tabu}, {@code late-acceptance},
 * {@code simulated-annealing}, {@code neural}) or a path to a solver XML file, a time budget, a random seed, the
 * device for the neural part and extra neural settings (the phase's customProperties by name).
 *
 * @param config the configuration name or XML path
 * @param timeLimit the wall-time budget for the whole solve, neural part included
 * @param randomSeed the random seed
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param neuralProperties extra phase properties (e.g. {@code epochs=2000}), copied
 * @param reduce whether max-cut instances are first reduced exactly ({@link CutKernel}); results always refer to the
 *     original instance
 * @param unimprovedTimeLimit stop when the best solution has not improved for this long ({@link Duration#ZERO}: never)
 */
public record SolveOptions(
        String config,
        Duration timeLimit,
        long randomSeed,
        String device,
        Map<String, String> neuralProperties,
        boolean reduce,
        Duration unimprovedTimeLimit) {

    /** The built-in configuration names. */
    public static final List<String> BUILT_IN_CONFIGS = List.of(
            "neural-tabu",
            "tabu",
            "late-acceptance",
            "simulated-annealing",
            "neural",
            "neural-simulated-annealing",
            "neural-late-acceptance");

    public SolveOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(device, "device");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit (" + timeLimit + ") must be positive.");
        }
        Objects.requireNonNull(unimprovedTimeLimit, "unimprovedTimeLimit");
        if (unimprovedTimeLimit.isNegative()) {
            throw new IllegalArgumentException("The unimproved time limit (" + unimprovedTimeLimit
                    + ") must not be negative. Maybe 0 to switch it off?");
        }
        neuralProperties = Map.copyOf(neuralProperties);
    }

    /** Options that reduce max-cut instances and never stop early on a plateau. */
    public SolveOptions(
            String config, Duration timeLimit, long randomSeed, String device, Map<String, String> neuralProperties) {
        this(config, timeLimit, randomSeed, device, neuralProperties, true, Duration.ZERO);
    }

    /** These options with exact reductions switched on or off. */
    public SolveOptions withReduce(boolean on) {
        return new SolveOptions(config, timeLimit, randomSeed, device, neuralProperties, on, unimprovedTimeLimit);
    }

    /** These options, stopping after {@code limit} without a new best ({@link Duration#ZERO}: never). */
    public SolveOptions withUnimprovedTimeLimit(Duration limit) {
        return new SolveOptions(config, timeLimit, randomSeed, device, neuralProperties, reduce, limit);
    }

    /** True when a plateau stop is set. */
    public boolean stopsWhenUnimproved() {
        return !unimprovedTimeLimit.isZero();
    }

    /** Options with defaults: seed 1, device auto, no extra properties. */
    public static SolveOptions of(String config, Duration timeLimit) {
        return new SolveOptions(config, timeLimit, 1L, "auto", Map.of());
    }
}

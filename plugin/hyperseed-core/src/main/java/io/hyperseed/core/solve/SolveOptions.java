package io.hyperseed.core.solve;

import java.time.Duration;
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
 */
public record SolveOptions(String config, Duration timeLimit, long randomSeed, String device,
        Map<String, String> neuralProperties) {

    /** The built-in configuration names. */
    public static final java.util.List<String> BUILT_IN_CONFIGS = java.util.List.of("neural-tabu", "tabu",
            "late-acceptance", "simulated-annealing", "neural");

    public SolveOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(device, "device");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit (" + timeLimit + ") must be positive.");
        }
        neuralProperties = Map.copyOf(neuralProperties);
    }

    /** Options with defaults: seed 1, device auto, no extra properties. */
    public static SolveOptions of(String config, Duration timeLimit) {
        return new SolveOptions(config, timeLimit, 1L, "auto", Map.of());
    }
}

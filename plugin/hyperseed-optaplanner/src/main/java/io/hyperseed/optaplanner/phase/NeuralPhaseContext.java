package io.hyperseed.optaplanner.phase;

import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What a running custom phase can learn about its solver, which OptaPlanner's {@code CustomPhaseCommand} API does
 * not pass: the phase termination, a random seed drawn from the solver's working random, and sinks for training
 * progress and the finished seed. Published by {@link PhaseBridge}; {@link #standalone()} when none is attached.
 *
 * @param stopRequested true once the phase (or solver) termination is reached or solving was terminated early
 * @param randomSeed supplies the seed for the neural part (called at most once per phase)
 * @param progress receives training progress
 * @param seeds receives the seed the phase applied
 */
public record NeuralPhaseContext(
        BooleanSupplier stopRequested, LongSupplier randomSeed, Consumer<SeedProgress> progress, Consumer<Seed> seeds) {

    /** The seed used when no solver random is available (OptaPlanner's default random seed is 0 as well). */
    public static final long DEFAULT_RANDOM_SEED = 0L;

    public NeuralPhaseContext {
        Objects.requireNonNull(stopRequested, "stopRequested");
        Objects.requireNonNull(randomSeed, "randomSeed");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(seeds, "seeds");
    }

    /** No bridge: never asks to stop (the phase's own time limit and interrupts still apply), seed 0, no sinks. */
    public static NeuralPhaseContext standalone() {
        return new NeuralPhaseContext(() -> false, () -> DEFAULT_RANDOM_SEED, p -> {}, s -> {});
    }
}

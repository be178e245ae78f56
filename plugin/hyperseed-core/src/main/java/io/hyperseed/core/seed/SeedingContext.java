package io.hyperseed.core.seed;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What a {@link Seeder} gets from its caller: a random seed, a stop signal (solver termination, time limit or
 * interrupt) and a progress sink.
 *
 * @param randomSeed the seed for every random choice, so runs repeat
 * @param stopRequested polled often; true means return the best so far now
 * @param progress receives progress events (may be called often; must be cheap)
 */
public record SeedingContext(long randomSeed, BooleanSupplier stopRequested, Consumer<SeedProgress> progress) {

    public SeedingContext {
        Objects.requireNonNull(stopRequested, "stopRequested");
        Objects.requireNonNull(progress, "progress");
    }

    /** A context that never asks to stop and drops progress. */
    public static SeedingContext of(long randomSeed) {
        return new SeedingContext(randomSeed, () -> false, p -> {});
    }

    /** This context with another stop signal. */
    public SeedingContext withStop(BooleanSupplier stop) {
        return new SeedingContext(randomSeed, stop, progress);
    }

    /** This context with another progress sink. */
    public SeedingContext withProgress(Consumer<SeedProgress> sink) {
        return new SeedingContext(randomSeed, stopRequested, sink);
    }

    /** True when the caller asks to stop, or the current thread was interrupted. */
    public boolean shouldStop() {
        return stopRequested.getAsBoolean() || Thread.currentThread().isInterrupted();
    }
}

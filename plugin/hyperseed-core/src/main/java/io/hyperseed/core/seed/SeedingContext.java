package io.hyperseed.core.seed;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What a {@link Seeder} gets from its caller: a random seed, a stop signal (solver termination, time limit or
 * interrupt), a progress sink and, for a warm start, the values to start from.
 *
 * @param randomSeed the seed for every random choice, so runs repeat
 * @param stopRequested polled often; true means return the best so far now
 * @param progress receives progress events (may be called often; must be cheap)
 * @param startValues null (start from scratch), or one value per variable to start training from: 0 or 1, and 0.5
 *     where the value is not known (not copied: the caller must not change it while seeding)
 */
public record SeedingContext(
        long randomSeed, BooleanSupplier stopRequested, Consumer<SeedProgress> progress, float[] startValues) {

    public SeedingContext {
        Objects.requireNonNull(stopRequested, "stopRequested");
        Objects.requireNonNull(progress, "progress");
        if (startValues != null) {
            for (int i = 0; i < startValues.length; i++) {
                float v = startValues[i];
                if (v != 0f && v != 1f && v != 0.5f) {
                    throw new IllegalArgumentException(
                            "The start value of variable " + i + " (" + v + ") is not 0, 1 or 0.5 (unknown).");
                }
            }
        }
    }

    /** A context that starts from scratch. */
    public SeedingContext(long randomSeed, BooleanSupplier stopRequested, Consumer<SeedProgress> progress) {
        this(randomSeed, stopRequested, progress, null);
    }

    /** A context that never asks to stop and drops progress. */
    public static SeedingContext of(long randomSeed) {
        return new SeedingContext(randomSeed, () -> false, p -> {});
    }

    /** This context with another stop signal. */
    public SeedingContext withStop(BooleanSupplier stop) {
        return new SeedingContext(randomSeed, stop, progress, startValues);
    }

    /** This context with another progress sink. */
    public SeedingContext withProgress(Consumer<SeedProgress> sink) {
        return new SeedingContext(randomSeed, stopRequested, sink, startValues);
    }

    /** This context with values to start from (null: from scratch); see {@link #startValues()}. */
    public SeedingContext withStartValues(float[] values) {
        return new SeedingContext(randomSeed, stopRequested, progress, values);
    }

    /** True when the caller asks to stop, or the current thread was interrupted. */
    public boolean shouldStop() {
        return stopRequested.getAsBoolean() || Thread.currentThread().isInterrupted();
    }
}

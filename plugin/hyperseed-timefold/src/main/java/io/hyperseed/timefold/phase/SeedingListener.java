package io.hyperseed.timefold.phase;

import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.SeedProgress;

/**
 * Receives what a seeding phase does, e.g. to show training progress in a CLI ({@code TimefoldHybridSolver} wires
 * it to a {@link io.hyperseed.core.solve.SolveListener}). Called on the solver thread; every method must be cheap
 * and has an empty default.
 */
public interface SeedingListener {

    /** A training progress event (possibly every epoch). */
    default void onProgress(SeedProgress progress) {}

    /** The seeder failed and the phase fell back to a plain construction; {@code message} says why. */
    default void onWarning(String message) {}

    /** The seed the phase wrote into the working solution. */
    default void onSeed(Seed seed) {}

    /** A listener that ignores everything. */
    SeedingListener NONE = new SeedingListener() {};
}

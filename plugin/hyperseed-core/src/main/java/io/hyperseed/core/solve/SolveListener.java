package io.hyperseed.core.solve;

import io.hyperseed.core.seed.SeedProgress;

/** Receives progress from a {@link HybridSolver}; every method has an empty default. */
public interface SolveListener {

    /** A training (seeding) progress event. */
    default void onSeedProgress(SeedProgress progress) {}

    /** A new best solution. */
    default void onNewBest(ProgressPoint point) {}

    /** A listener that ignores everything. */
    SolveListener NONE = new SolveListener() {};
}

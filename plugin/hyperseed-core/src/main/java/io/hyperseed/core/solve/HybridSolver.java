package io.hyperseed.core.solve;

import io.hyperseed.core.io.Instance;

/**
 * A solver framework adapter (Timefold, OptaPlanner) that runs a named configuration on an instance: the neural
 * seeding phase (when configured) then the metaheuristic, on one time budget. Implementations honour the time
 * limit and thread interrupts, returning the best solution so far.
 */
public interface HybridSolver {

    /** {@code timefold} or {@code optaplanner}. */
    String framework();

    /** Solves {@code instance}. */
    SolveResult solve(Instance instance, SolveOptions options, SolveListener listener);
}

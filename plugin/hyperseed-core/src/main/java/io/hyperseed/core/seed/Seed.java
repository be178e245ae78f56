package io.hyperseed.core.seed;

import io.hyperseed.core.eval.Solution;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A starting assignment handed to a solver, with where it came from. Solver adapters (Timefold, OptaPlanner)
 * apply it each in their own way; the core knows no solver.
 *
 * @param solution the evaluated assignment
 * @param producer who made it, e.g. {@code "hgnn+"} or {@code "greedy"}
 * @param elapsed the wall time spent producing it
 * @param details free-form figures for logs and reports (epochs, loss, ...), copied
 */
public record Seed(Solution solution, String producer, Duration elapsed, Map<String, Object> details) {

    public Seed {
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(elapsed, "elapsed");
        details = Map.copyOf(details);
    }

    /** The assignment (a copy). */
    public boolean[] values() {
        return solution.values();
    }
}

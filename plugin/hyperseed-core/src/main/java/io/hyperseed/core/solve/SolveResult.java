package io.hyperseed.core.solve;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.seed.Seed;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one solve.
 *
 * @param framework {@code timefold} or {@code optaplanner}
 * @param config the configuration that ran
 * @param solution the best solution, re-evaluated with the core evaluator
 * @param seed what the seeding phase produced, or null when the config has none
 * @param seedTime wall time of the seeding phase (zero without one)
 * @param totalTime wall time of the whole solve
 * @param bestOverTime every new best solution, in order
 * @param moveEvaluationSpeed the solver's move evaluations per second (0 when unknown)
 */
public record SolveResult(
        String framework,
        String config,
        Solution solution,
        Seed seed,
        Duration seedTime,
        Duration totalTime,
        List<ProgressPoint> bestOverTime,
        long moveEvaluationSpeed) {

    public SolveResult {
        bestOverTime = List.copyOf(bestOverTime);
    }
}

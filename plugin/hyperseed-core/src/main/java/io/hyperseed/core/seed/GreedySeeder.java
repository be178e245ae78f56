package io.hyperseed.core.seed;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.constrained.FeasibilityRepair;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The plain construction: greedy assignment plus one-flip local search ({@link GreedyLocalSearch}). Used as the
 * fallback when a neural seeder fails and as the baseline the neural seed must beat. It honours the context's stop
 * (looking every 1024 variables after its construction pass, which always completes); for a constrained problem it also tries the ratio repair of an infeasible
 * result and the LP-style ratio greedy ({@link FeasibilityRepair}) and keeps the best ({@link #withRatioStarts}). Deterministic; {@code O(sweeps * sum of flip costs)}.
 */
public final class GreedySeeder implements Seeder {

    @Override
    public Seed seed(PuboProblem problem, SeedingContext context) {
        long start = System.nanoTime();
        Solution solution =
                withRatioStarts(problem, GreedyLocalSearch.solve(problem, context::shouldStop), context::shouldStop);
        return new Seed(solution, "greedy", Duration.ofNanos(System.nanoTime() - start), Map.of());
    }

    /**
     * For a constrained problem, the best of the one-flip descent {@code descent}, its ratio repair (when it ended
     * infeasible) and the LP-style ratio greedy from all zeros ({@link FeasibilityRepair#ratioGreedy}: on knapsack
     * rows, items by profit/weight while they fit); {@code descent} itself for other problems or once {@code stop}
     * says so. {@code O(n * sum of flip costs)} per ratio pass.
     */
    public static Solution withRatioStarts(PuboProblem problem, Solution descent, BooleanSupplier stop) {
        if (!problem.isConstrained() || stop.getAsBoolean()) {
            return descent;
        }
        Solution best = descent;
        if (!descent.isFeasible()) {
            Solution repaired = GreedyLocalSearch.improve(
                    problem,
                    FeasibilityRepair.repair(problem, descent.values(), stop).values());
            if (repaired.isBetterThan(best, problem)) {
                best = repaired;
            }
        }
        if (!stop.getAsBoolean()) {
            Solution ratio = FeasibilityRepair.ratioGreedy(problem, stop);
            if (ratio.isBetterThan(best, problem)) {
                best = ratio;
            }
        }
        return best;
    }
}

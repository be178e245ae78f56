package io.hyperseed.core.seed;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.constrained.FeasibilityRepair;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import java.time.Duration;
import java.util.Map;

/**
 * The plain construction: greedy assignment plus one-flip local search ({@link GreedyLocalSearch}). Used as the
 * fallback when a neural seeder fails and as the baseline the neural seed must beat. It honours the context's stop
 * (looking every 1024 variables); a constrained problem left infeasible gets the ratio repair
 * ({@link FeasibilityRepair}) and keeps the better of the two. Deterministic; {@code O(sweeps * sum of flip costs)}.
 */
public final class GreedySeeder implements Seeder {

    @Override
    public Seed seed(PuboProblem problem, SeedingContext context) {
        long start = System.nanoTime();
        Solution solution = GreedyLocalSearch.solve(problem, context::shouldStop);
        if (problem.isConstrained() && !solution.isFeasible() && !context.shouldStop()) {
            Solution repaired = GreedyLocalSearch.improve(
                    problem,
                    FeasibilityRepair.repair(problem, solution.values()).values());
            if (repaired.isBetterThan(solution, problem)) {
                solution = repaired;
            }
        }
        return new Seed(solution, "greedy", Duration.ofNanos(System.nanoTime() - start), Map.of());
    }
}

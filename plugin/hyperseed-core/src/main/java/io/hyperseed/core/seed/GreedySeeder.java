package io.hyperseed.core.seed;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import java.time.Duration;
import java.util.Map;

/**
 * The plain construction: greedy assignment plus one-flip local search ({@link GreedyLocalSearch}). Used as the
 * fallback when a neural seeder fails. Deterministic; {@code O(sweeps * sum of flip costs)}.
 */
public final class GreedySeeder implements Seeder {

    @Override
    public Seed seed(PuboProblem problem, SeedingContext context) {
        long start = System.nanoTime();
        Solution solution = GreedyLocalSearch.solve(problem);
        return new Seed(solution, "greedy", Duration.ofNanos(System.nanoTime() - start), Map.of());
    }
}

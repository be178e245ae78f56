package io.hyperseed.core.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.Knapsack;
import org.junit.jupiter.api.Test;

class GreedySeederTest {

    @Test
    void theRatioGreedyBeatsTheIndexOrderDescentOnAKnapsack() {
        // the descent from all zeros takes item 0 first (it fits) and then nothing else fits; by profit/weight the
        // ratio greedy takes items 1 and 2 instead
        PuboProblem knapsack = Knapsack.of("k", new double[] {3, 5, 4}, new double[][] {{6, 5, 4}}, new double[] {9});

        assertThat(GreedyLocalSearch.solve(knapsack).objective()).isEqualTo(3.0);
        Seed seed = new GreedySeeder().seed(knapsack, SeedingContext.of(1));

        assertThat(seed.solution().isFeasible()).isTrue();
        assertThat(seed.solution().objective()).isEqualTo(9.0);
        assertThat(seed.solution().values()).containsExactly(false, true, true);
    }

    @Test
    void aStoppedContextKeepsTheDescent() {
        PuboProblem knapsack = Knapsack.of("k", new double[] {3, 5, 4}, new double[][] {{6, 5, 4}}, new double[] {9});

        assertThat(GreedySeeder.withRatioStarts(knapsack, GreedyLocalSearch.solve(knapsack), () -> true)
                        .objective())
                .isEqualTo(3.0);
    }
}

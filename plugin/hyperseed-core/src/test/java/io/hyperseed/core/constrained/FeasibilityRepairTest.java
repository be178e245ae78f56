package io.hyperseed.core.constrained;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.problem.Knapsack;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeasibilityRepairTest {

    @Test
    void dropsTheWorstRatioItemThenAddsTheBestRatioItemThatFits() {
        // ratios: item0 10/5 = 2, item1 6/6 = 1, item2 4/2 = 2, item3 3/1 = 3; capacity 8
        PuboProblem problem =
                Knapsack.of("k", new double[] {10, 6, 4, 3}, new double[][] {{5, 6, 2, 1}}, new double[] {8});
        Solution repaired = FeasibilityRepair.repair(problem, new boolean[] {true, true, true, false});
        assertThat(repaired.isFeasible()).isTrue();
        // drop item1 (worst ratio): weight 7, profit 14; then add item3 (fits): weight 8, profit 17
        assertThat(repaired.values()).containsExactly(true, false, true, true);
        assertThat(repaired.objective()).isEqualTo(17.0);
    }

    @Test
    void makesRandomProgramsWithKnapsackRowsAndChoiceGroupsFeasible() {
        Random random = new Random(41);
        for (int trial = 0; trial < 20; trial++) {
            PuboProblem problem = RandomPrograms.generate(RandomPrograms.Spec.of(30 + trial), trial)
                    .problem();
            boolean[] start = new boolean[problem.numVariables()];
            for (int v = 0; v < start.length; v++) {
                start[v] = random.nextBoolean();
            }
            Solution repaired = FeasibilityRepair.repair(problem, start);
            assertThat(repaired.isFeasible()).as("trial %d", trial).isTrue();
            assertThat(Solution.evaluate(problem, repaired.values()).objective())
                    .isEqualTo(repaired.objective());
        }
    }
}

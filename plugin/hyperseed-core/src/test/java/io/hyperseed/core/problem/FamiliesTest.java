package io.hyperseed.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import org.junit.jupiter.api.Test;

class FamiliesTest {

    @Test
    void quboCountsOffDiagonalEntriesBothWays() {
        // x'Qx with Q = [[1, 2], [3, -4]]: at (1,1) = 1 + 2 + 3 - 4 = 2
        PuboProblem q = new Qubo.Builder(2)
                .add(0, 0, 1)
                .add(0, 1, 2)
                .add(1, 0, 3)
                .add(1, 1, -4)
                .build("q", Sense.MAXIMIZE);
        assertThat(q.objectiveValue(new boolean[] {true, true})).isEqualTo(2.0);
        assertThat(q.objectiveValue(new boolean[] {true, false})).isEqualTo(1.0);
    }

    @Test
    void maxSatCountsSatisfiedClauseWeight() {
        // (x1 or not x2) w=2, (x2) w=1, (not x1 or not x2) w=3
        PuboProblem sat = new MaxSat.Builder(2)
                .addSoft(2, 1, -2)
                .addSoft(1, 2)
                .addSoft(3, -1, -2)
                .build("s");
        assertThat(sat.objectiveValue(new boolean[] {true, true})).isEqualTo(3.0);
        assertThat(sat.objectiveValue(new boolean[] {true, false})).isEqualTo(5.0);
        assertThat(sat.objectiveValue(new boolean[] {false, true})).isEqualTo(4.0);
        assertThat(BruteForce.solve(sat).objective()).isEqualTo(5.0);
    }

    @Test
    void hardClausesBecomeConstraints() {
        PuboProblem sat = new MaxSat.Builder(2).addHard(1).addSoft(5, -1).build("s");
        Solution best = BruteForce.solve(sat);
        assertThat(best.isFeasible()).isTrue();
        assertThat(best.value(0)).isTrue();
        assertThat(best.objective()).isZero();
    }

    @Test
    void knapsackRespectsEveryCapacity() {
        PuboProblem k =
                Knapsack.of("k", new double[] {10, 7, 5}, new double[][] {{5, 4, 3}, {1, 5, 4}}, new double[] {8, 6});
        Solution best = BruteForce.solve(k);
        assertThat(best.isFeasible()).isTrue();
        assertThat(best.objective()).isEqualTo(15.0); // items 1 and 3: weights 8 / 5
    }

    @Test
    void knapsackRejectsRaggedWeights() {
        assertThatThrownBy(() -> Knapsack.of("k", new double[] {1, 2}, new double[][] {{1}}, new double[] {1}))
                .hasMessageContaining("Weight row 1 has 1 entries, expected 2");
    }
}

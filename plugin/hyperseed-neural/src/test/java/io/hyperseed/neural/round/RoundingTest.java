package io.hyperseed.neural.round;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void thresholdRoundsAtOneHalf() {
        assertThat(Rounding.threshold(new float[] {0.2f, 0.5f, 0.9f})).containsExactly(false, true, true);
    }

    @Test
    void samplingNeverReturnsWorseThanTheThreshold() {
        PuboProblem problem = RandomProblems.constrained(new Random(9), 10, 20, Sense.MAXIMIZE);
        float[] x = new float[10];
        Arrays.fill(x, 0.4f);
        Solution threshold = Solution.evaluate(problem, Rounding.threshold(x));
        Solution best = Rounding.bestOf(problem, x, 32, new Random(1));

        assertThat(threshold.isBetterThan(best, problem)).isFalse();
    }

    @Test
    void repairReachesAOneFlipOptimumThatIsNoWorse() {
        PuboProblem problem = RandomProblems.constrained(new Random(10), 10, 20, Sense.MINIMIZE);
        Solution start = Solution.evaluate(problem, new boolean[10]);
        Solution repaired = Rounding.repair(problem, start, () -> false);

        assertThat(start.isBetterThan(repaired, problem)).isFalse();
        for (int v = 0; v < 10; v++) {
            boolean[] flipped = repaired.values();
            flipped[v] = !flipped[v];
            assertThat(Solution.evaluate(problem, flipped).isBetterThan(repaired, problem))
                    .isFalse();
        }
    }

    @Test
    void undecidedShareCountsOutputsBetweenPointThreeAndPointSeven() {
        assertThat(Rounding.undecidedShare(new float[] {0.1f, 0.5f, 0.69f, 0.95f}))
                .isEqualTo(0.5);
    }
}

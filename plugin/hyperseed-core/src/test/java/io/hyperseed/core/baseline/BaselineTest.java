package io.hyperseed.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hyperseed.core.eval.ProblemState;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void bruteForceSolvesTheSeedToy() {
        Solution best = BruteForce.solve(SeedToy.problem());
        assertThat(best.values()).containsExactly(true, true, false, false);
        assertThat(best.objective()).isCloseTo(SeedToy.OPTIMUM, within(1e-12));
        assertThat(best.isFeasible()).isTrue();
    }

    @Test
    void bruteForceIsNoWorseThanAnyPoint() {
        Random random = new Random(9);
        PuboProblem problem = RandomProblems.constrained(random, 8, 20, Sense.MAXIMIZE);
        Solution best = BruteForce.solve(problem);
        for (int mask = 0; mask < 256; mask++) {
            boolean[] x = new boolean[8];
            for (int i = 0; i < 8; i++) {
                x[i] = (mask & (1 << i)) != 0;
            }
            Solution other = Solution.evaluate(problem, x);
            assertThat(other.isBetterThan(best, problem)).isFalse();
        }
    }

    @Test
    void bruteForceRefusesLargeProblems() {
        PuboProblem big = PuboProblem.of("big", Sense.MINIMIZE, Polynomial.zero(25));
        assertThatThrownBy(() -> BruteForce.solve(big)).hasMessageContaining("(25)");
    }

    @Test
    void localSearchEndsOneFlipOptimal() {
        Random random = new Random(10);
        for (int trial = 0; trial < 20; trial++) {
            PuboProblem problem = RandomProblems.constrained(random, 10, 30, Sense.MINIMIZE);
            Solution s = GreedyLocalSearch.solve(problem);
            ProblemState state = new ProblemState(problem, s.values());
            for (int v = 0; v < problem.numVariables(); v++) {
                assertThat(state.compareFlip(v)).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void aStopBeforeTheStartStillCompletesTheConstructionPass() {
        Random random = new Random(11);
        PuboProblem problem = RandomProblems.unconstrained(random, 200, 600, 3, Sense.MAXIMIZE);
        ProblemState construction = new ProblemState(problem, new boolean[problem.numVariables()]);
        for (int v = 0; v < problem.numVariables(); v++) {
            if (construction.compareFlip(v) < 0) {
                construction.flip(v);
            }
        }

        Solution stopped = GreedyLocalSearch.solve(problem, () -> true);

        assertThat(stopped.values()).containsExactly(construction.toSolution().values());
        assertThat(stopped.objective()).isGreaterThan(0.0);
        assertThat(GreedyLocalSearch.solve(problem).objective()).isGreaterThanOrEqualTo(stopped.objective());
    }

    @Test
    void localSearchRepairsAnInfeasibleStart() {
        Solution repaired = GreedyLocalSearch.improve(SeedToy.problem(), new boolean[] {true, true, true, true});
        assertThat(repaired.isFeasible()).isTrue();
    }
}

package io.hyperseed.timefold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.Knapsack;
import io.hyperseed.core.solve.SolveOptions;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.MaxCutSolution;
import io.hyperseed.timefold.domain.ProgramSolution;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shipped search configuration reaches the brute-force optimum on small instances (the solve stops as soon as
 * the optimum's score is reached, or fails after a few seconds); constrained instances end feasible; the
 * neural-only configurations produce an initialized solution.
 */
class ShippedConfigsTest {

    private static final long SAFETY_SECONDS = 8;

    @ParameterizedTest
    @ValueSource(strings = {"neural-tabu", "tabu", "late-acceptance", "simulated-annealing"})
    void maxCutConfigReachesTheOptimum(String name) {
        Random random = new Random(11);
        MaxCutSolution problem = MaxCutSolution.of(RandomProblems.hypergraph(random, 16, 40, 4, true));
        assertReachesOptimum(name, true, problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"neural-tabu", "tabu", "late-acceptance", "simulated-annealing"})
    void programConfigReachesTheOptimumOfAConstrainedProgram(String name) {
        Random random = new Random(12);
        assertReachesOptimum(
                name, false, ProgramSolution.of(RandomProblems.constrained(random, 14, 30, Sense.MINIMIZE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"neural-tabu", "tabu", "late-acceptance", "simulated-annealing"})
    void programConfigReachesTheOptimumOfAnUnconstrainedPubo(String name) {
        Random random = new Random(13);
        assertReachesOptimum(
                name, false, ProgramSolution.of(RandomProblems.unconstrained(random, 16, 40, 3, Sense.MAXIMIZE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"neural-tabu", "tabu"})
    void knapsackEndsFeasibleAtTheOptimum(String name) {
        double[] profits = {10, 13, 7, 8, 12, 9, 4, 11, 6, 5};
        double[][] weights = {{5, 7, 3, 4, 6, 5, 2, 6, 3, 3}, {2, 6, 4, 3, 5, 4, 1, 3, 2, 4}};
        ProgramSolution problem = ProgramSolution.of(Knapsack.of("knapsack", profits, weights, new double[] {20, 15}));
        BinarySolution best = assertReachesOptimum(name, false, problem);
        assertThat(best.toSolution().isFeasible()).isTrue();
    }

    @Test
    void seedToyEndsFeasibleAtItsKnownOptimum() {
        ProgramSolution best = TestSolvers.solve(
                TestSolvers.shipped("tabu", false, new TerminationConfig().withSecondsSpentLimit(1L)),
                ProgramSolution.of(SeedToy.problem()));
        assertThat(best.toSolution().isFeasible()).isTrue();
        assertThat(best.toSolution().objective()).isCloseTo(SeedToy.OPTIMUM, Offset.offset(1e-9));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void neuralOnlyConfigProducesAnInitializedScoredSolution(boolean maxCut) {
        Random random = new Random(14);
        BinarySolution problem = maxCut
                ? MaxCutSolution.of(RandomProblems.hypergraph(random, 16, 40, 3, false))
                : ProgramSolution.of(RandomProblems.constrained(random, 12, 20, Sense.MAXIMIZE));
        BinarySolution best = TestSolvers.solve(
                TestSolvers.shipped("neural", maxCut, new TerminationConfig().withSecondsSpentLimit(SAFETY_SECONDS)),
                problem);
        assertThat(best.isInitialized()).isTrue();
        assertThat(best.getScore()).isEqualTo(TestSolvers.scoreOf(best, best.assignment()));
    }

    @Test
    void everyBuiltInNameHasAResourceForBothSolutionTypes() {
        for (String name : SolveOptions.BUILT_IN_CONFIGS) {
            for (boolean maxCut : new boolean[] {true, false}) {
                assertThat(BuiltInConfigs.class.getClassLoader().getResource(BuiltInConfigs.resource(name, maxCut)))
                        .as(name)
                        .isNotNull();
                assertThat(BuiltInConfigs.load(name, maxCut).getSolutionClass())
                        .isEqualTo(maxCut ? MaxCutSolution.class : ProgramSolution.class);
            }
        }
    }

    @Test
    void unknownConfigNameIsRejectedWithTheKnownNames() {
        assertThatThrownBy(() -> BuiltInConfigs.load("tabou", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(tabou)")
                .hasMessageContaining("neural-tabu");
    }

    private static BinarySolution assertReachesOptimum(String name, boolean maxCut, BinarySolution problem) {
        boolean[] optimum = BruteForce.solve(problem.getProblem()).values();
        HardSoftScore target = TestSolvers.scoreOf(problem, optimum);
        BinarySolution best = TestSolvers.solve(
                TestSolvers.shipped(
                        name,
                        maxCut,
                        new TerminationConfig()
                                .withBestScoreLimit(target.toString())
                                .withSecondsSpentLimit(SAFETY_SECONDS)),
                problem);
        assertThat(best.getScore()).as(name).isEqualTo(target);
        return best;
    }
}

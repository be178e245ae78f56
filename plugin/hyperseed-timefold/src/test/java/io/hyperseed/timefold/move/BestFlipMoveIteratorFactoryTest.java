package io.hyperseed.timefold.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hyperseed.core.baseline.BruteForce;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.timefold.BuiltInConfigs;
import io.hyperseed.timefold.TestSolvers;
import io.hyperseed.timefold.domain.MaxCutSolution;
import io.hyperseed.timefold.score.CoreCheckedScoreCalculator;
import io.hyperseed.timefold.score.MaxCutConstraintProvider;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The best-gain flip selector inside Timefold's Tabu Search, under {@code FULL_ASSERT} (incremental score against
 * the constraint streams and the core evaluator after every move), with jumps forced by a short stall: the scores
 * agree and the search reaches the brute-force optimum of small hypergraphs.
 */
class BestFlipMoveIteratorFactoryTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bestGainTabuWithJumpsKeepsScoresExactAndReachesTheOptimum(long seed) {
        MaxCutSolution problem =
                MaxCutSolution.of(RandomProblems.hypergraph(new Random(seed), 14, 30, 4, seed % 2 == 0));
        boolean[] optimum = BruteForce.solve(problem.getProblem()).values();
        HardSoftScore target = TestSolvers.scoreOf(problem, optimum);
        SolverConfig config = BuiltInConfigs.load("tabu", true)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(seed)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(CoreCheckedScoreCalculator.class)
                        .withAssertionScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                                .withConstraintProviderClass(MaxCutConstraintProvider.class)))
                // no score limit: the search keeps stalling at the optimum, so it jumps every few steps
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300));
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig local) {
                MoveIteratorFactoryConfig selector = (MoveIteratorFactoryConfig) local.getMoveSelectorConfig();
                assertThat(selector.getMoveIteratorFactoryClass()).isEqualTo(BestFlipMoveIteratorFactory.class);
                selector.setMoveIteratorFactoryCustomProperties(
                        Map.of("stallSteps", "6", "minKickFraction", "0.1", "maxKickFraction", "0.3"));
            }
        }
        MaxCutSolution best = TestSolvers.solve(config, problem);
        assertThat(best.getScore()).isEqualTo(target);
        assertThat(best.getScore()).isEqualTo(TestSolvers.scoreOf(best, best.assignment()));
    }
}

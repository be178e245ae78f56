package io.hyperseed.timefold.score;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import io.hyperseed.timefold.BuiltInConfigs;
import io.hyperseed.timefold.TestSolvers;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.MaxCutSolution;
import io.hyperseed.timefold.domain.ProgramSolution;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under {@code FULL_ASSERT}, after every move: the incremental calculator agrees with a from-scratch calculation
 * and with the constraint streams (Timefold's assertion score director), and with the core evaluator
 * ({@link CoreCheckedScoreCalculator}). Moves: flips and group swaps (Tabu), from the greedy construction.
 */
class ScoreAgreementTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void maxCutScoresAgreeAfterEveryMove(long seed) {
        Random random = new Random(seed);
        MaxCutSolution problem = MaxCutSolution.of(RandomProblems.hypergraph(random, 12, 20, 4, seed == 2));
        assertAgreement(problem, true, MaxCutConstraintProvider.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void unconstrainedProgramScoresAgreeAfterEveryMove(long seed) {
        Random random = new Random(seed);
        ProgramSolution problem = ProgramSolution.of(RandomProblems.unconstrained(random, 10, 25, 4,
                seed == 2 ? Sense.MAXIMIZE : Sense.MINIMIZE));
        assertAgreement(problem, false, ProgramConstraintProvider.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void constrainedProgramScoresAgreeAfterEveryMove(long seed) {
        Random random = new Random(seed);
        ProgramSolution problem = ProgramSolution.of(RandomProblems.constrained(random, 10, 20,
                seed == 2 ? Sense.MAXIMIZE : Sense.MINIMIZE));
        assertAgreement(problem, false, ProgramConstraintProvider.class);
    }

    @Test
    void realCoefficientsScoreInFixedPointAndAgree() {
        ProgramSolution problem = ProgramSolution.of(SeedToy.problem());
        assertThat(problem.scale()).isEqualTo(10_000L);
        assertAgreement(problem, false, ProgramConstraintProvider.class);
    }

    private static void assertAgreement(BinarySolution problem, boolean maxCut,
            Class<? extends ConstraintProvider> streams) {
        long before = CoreCheckedScoreCalculator.CHECKS.get();
        SolverConfig config = BuiltInConfigs.load("tabu", maxCut)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(3L)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(CoreCheckedScoreCalculator.class)
                        .withAssertionScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                                .withConstraintProviderClass(streams)))
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(40));
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig local) {
                local.getForagerConfig().setAcceptedCountLimit(8);
            }
        }
        BinarySolution best = TestSolvers.solve(config, problem);
        assertThat(best.isInitialized()).isTrue();
        assertThat(best.getScore()).isEqualTo(TestSolvers.scoreOf(best, best.assignment()));
        assertThat(CoreCheckedScoreCalculator.CHECKS.get() - before).as("core evaluator checks").isGreaterThan(100);
    }
}

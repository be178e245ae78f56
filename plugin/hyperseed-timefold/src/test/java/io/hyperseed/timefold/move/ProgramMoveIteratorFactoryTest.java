package io.hyperseed.timefold.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.hyperseed.core.generate.RandomPrograms;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.timefold.TestSolvers;
import io.hyperseed.timefold.domain.ProgramSolution;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The structured program neighbourhood inside Timefold: WalkSAT flips satisfy a planted formula, ranked flips and
 * exchanges keep the score exact under FULL_ASSERT, and bad properties fail with the value named.
 */
class ProgramMoveIteratorFactoryTest {

    @Test
    void shippedTabuSatisfiesAPlantedFormulaWithClauseDirectedFlips() {
        RandomPrograms.PlantedSat sat = RandomPrograms.plantedSat(80, 340, 3, 9);
        ProgramSolution problem = ProgramSolution.of(sat.toProblem("planted-80"));
        HardSoftScore allSatisfied = TestSolvers.scoreOf(problem, sat.planted());
        ProgramSolution best = TestSolvers.solve(
                TestSolvers.shipped(
                        "tabu",
                        false,
                        new TerminationConfig()
                                .withBestScoreLimit(allSatisfied.toString())
                                .withSecondsSpentLimit(8L)),
                problem);
        assertThat(best.getScore()).isEqualTo(allSatisfied);
    }

    @Test
    void rankedMovesKeepTheScoreExactUnderFullAssert() {
        Random random = new Random(31);
        ProgramSolution problem = ProgramSolution.of(RandomProblems.constrained(random, 18, 40, Sense.MAXIMIZE));
        var config = TestSolvers.shipped("tabu", false, new TerminationConfig().withStepCountLimit(300))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        ProgramSolution best = TestSolvers.solve(config, problem);
        assertThat(best.getScore()).isEqualTo(TestSolvers.scoreOf(best, best.assignment()));
        assertThat(best.toSolution().isFeasible()).isTrue();
    }

    @Test
    void badPropertiesNameTheValue() {
        ProgramMoveIteratorFactory<ProgramSolution> factory = new ProgramMoveIteratorFactory<>();
        assertThatThrownBy(() -> factory.setMode("greedy")).hasMessageContaining("(greedy)");
        assertThatThrownBy(() -> factory.setMoves("0")).hasMessageContaining("(0)");
        assertThatThrownBy(() -> factory.setNoise("1.5")).hasMessageContaining("(1.5)");
        assertThatThrownBy(() -> factory.setTenure("-2")).hasMessageContaining("-2");
    }

    @Test
    void propertiesInTheSolverXmlReachTheSharedSetters() {
        ProgramSolution problem =
                ProgramSolution.of(RandomProblems.constrained(new Random(32), 14, 30, Sense.MAXIMIZE));
        assertThat(TestSolvers.solve(
                                withProperties(Map.of("mode", "rank", "moves", "5", "penaltyRate", "0.1")), problem)
                        .toSolution()
                        .isFeasible())
                .isTrue();
        assertThatThrownBy(() -> TestSolvers.solve(withProperties(Map.of("moves", "0")), problem))
                .rootCause()
                .hasMessageContaining("moves (0)");
    }

    private static SolverConfig withProperties(Map<String, String> properties) {
        SolverConfig config = TestSolvers.shipped("tabu", false, new TerminationConfig().withStepCountLimit(200));
        LocalSearchPhaseConfig local = (LocalSearchPhaseConfig)
                config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1);
        local.setMoveSelectorConfig(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(ProgramMoveIteratorFactory.class)
                .withMoveIteratorFactoryCustomProperties(properties));
        return config;
    }
}

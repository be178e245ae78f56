package io.hyperseed.optaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Every shipped search config reaches the brute-force optimum on small random instances (max-cut, unconstrained and
 * constrained programs) under FULL_ASSERT, which checks the incremental score against a from-scratch one after
 * every move, while a listener checks every step's score against the core evaluator.
 */
class ShippedConfigsTest {

    static Stream<Arguments> configsAndInstances() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String config : new String[] {"neural-tabu", "tabu", "late-acceptance", "simulated-annealing"}) {
            for (int seed = 1; seed <= 2; seed++) {
                Random random = new Random(seed * 31L);
                Sense sense = seed % 2 == 0 ? Sense.MAXIMIZE : Sense.MINIMIZE;
                cases.add(Arguments.of(
                        config,
                        "maxcut#" + seed,
                        MaxCutSolution.of(RandomProblems.hypergraph(random, 16, 40, 4, seed == 2), "random")));
                cases.add(Arguments.of(
                        config,
                        "unconstrained#" + seed,
                        ProgramSolution.of(RandomProblems.unconstrained(random, 14, 40, 3, sense))));
                // Late Acceptance cannot leave a strict local optimum walled in by infeasible neighbours (its
                // history fills with that score), so constrained programs are left to the other searches.
                if (!config.equals("late-acceptance")) {
                    cases.add(Arguments.of(
                            config,
                            "constrained#" + seed,
                            ProgramSolution.of(RandomProblems.constrained(random, 14, 40, sense))));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("configsAndInstances")
    void reachesTheBruteForceOptimum(String config, String label, BinarySolution problem) {
        HardSoftLongScore optimum = Solving.optimumScore(problem);
        DefaultSolver<BinarySolution> solver = Solving.solver(Solving.fullAssert(config, problem, optimum, 20_000));
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<BinarySolution> stepScope) {
                assertStepScoreMatchesCoreEvaluator(stepScope);
            }
        });

        BinarySolution best = solver.solve(problem);

        assertThat(best.getScore().withInitScore(0)).isEqualTo(optimum);
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
    }

    private static void assertStepScoreMatchesCoreEvaluator(AbstractStepScope<BinarySolution> stepScope) {
        BinarySolution working = stepScope.getWorkingSolution();
        Solution core = working.toSolution();
        HardSoftLongScore score = (HardSoftLongScore) stepScope.getScore();
        long scale = working.createScoreTracker().scale();
        int sign = working.getProblem().sense().sign();
        assertThat(score.hardScore()).isEqualTo(-Math.round(core.violation() * scale));
        assertThat(score.softScore()).isEqualTo(Math.round(sign * core.objective() * scale));
    }
}

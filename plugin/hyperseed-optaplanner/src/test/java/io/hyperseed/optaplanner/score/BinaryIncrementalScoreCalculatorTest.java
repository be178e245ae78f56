package io.hyperseed.optaplanner.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

class BinaryIncrementalScoreCalculatorTest {

    @Test
    void programScoreMatchesCoreEvaluatorAfterEveryChange() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            Sense sense = trial % 2 == 0 ? Sense.MINIMIZE : Sense.MAXIMIZE;
            PuboProblem problem = RandomProblems.constrained(random, 6 + random.nextInt(10), 25, sense);
            assertAgreesAfterRandomChanges(ProgramSolution.of(problem), random, 1L);
        }
    }

    @Test
    void fractionalCoefficientsAreScoredInFixedPoint() {
        assertAgreesAfterRandomChanges(ProgramSolution.of(SeedToy.problem()), new Random(3), 10_000L);
    }

    @Test
    void maxCutScoreIsTheCutWeightAfterEveryChange() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            Hypergraph graph = RandomProblems.hypergraph(random, 5 + random.nextInt(20), 30, 5, trial % 2 == 0);
            assertAgreesAfterRandomChanges(MaxCutSolution.of(graph, "random"), random, 1L);
        }
    }

    @Test
    void unassignedVariablesCountAsZero() {
        PuboProblem problem = RandomProblems.constrained(new Random(2), 8, 10, Sense.MINIMIZE);
        BinaryIncrementalScoreCalculator calculator = new BinaryIncrementalScoreCalculator();
        calculator.resetWorkingSolution(ProgramSolution.of(problem));

        assertThat(calculator.calculateScore()).isEqualTo(expected(problem, new boolean[8], 1L));
    }

    @Test
    void addingEntitiesIsRefusedWithAHint() {
        BinaryIncrementalScoreCalculator calculator = new BinaryIncrementalScoreCalculator();

        assertThatThrownBy(() -> calculator.beforeEntityAdded(new BinaryVariable(0)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("(x0=?)")
                .hasMessageContaining("Maybe");
    }

    private static void assertAgreesAfterRandomChanges(BinarySolution solution, Random random, long scale) {
        PuboProblem problem = solution.getProblem();
        int n = problem.numVariables();
        BinaryIncrementalScoreCalculator calculator = new BinaryIncrementalScoreCalculator();
        boolean[] start = new boolean[n];
        for (int i = 0; i < n; i++) {
            start[i] = random.nextBoolean();
        }
        solution.setAssignment(start);
        calculator.resetWorkingSolution(solution);
        for (int step = 0; step < 200; step++) {
            BinaryVariable variable = solution.getVariables().get(random.nextInt(n));
            calculator.beforeVariableChanged(variable, BinaryVariable.VALUE);
            variable.setValue(!variable.isTrue());
            calculator.afterVariableChanged(variable, BinaryVariable.VALUE);

            assertThat(calculator.calculateScore())
                    .as("step %d", step)
                    .isEqualTo(expected(problem, solution.assignment(), scale));
        }
    }

    /** The score from the core evaluator: hard = -violation, soft = objective in "larger is better" form. */
    private static HardSoftLongScore expected(PuboProblem problem, boolean[] x, long scale) {
        Solution core = Solution.evaluate(problem, x);
        return HardSoftLongScore.of(
                -Math.round(core.violation() * scale),
                Math.round(problem.sense().sign() * core.objective() * scale));
    }
}

package io.hyperseed.optaplanner.move;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.optaplanner.SolverConfigs;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import io.hyperseed.optaplanner.domain.MaxCutSolution;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

class ChoiceSwapMoveIteratorFactoryTest {

    /** Two exactly-one groups {0..3} and {4..6}, an at-most-one group {7, 8}; objective: prefer x3, x6. */
    private static PuboProblem grouped() {
        Polynomial objective = Polynomial.builder(9)
                .addTerm(-2.0, Literal.positive(3))
                .addTerm(-1.0, Literal.positive(6))
                .addTerm(1.0, Literal.positive(0))
                .build();
        return PuboProblem.builder(9, Sense.MINIMIZE)
                .objective(objective)
                .addConstraint(new ChoiceConstraint("a", ChoiceConstraint.Kind.EXACTLY_ONE, new int[] {0, 1, 2, 3}))
                .addConstraint(new ChoiceConstraint("b", ChoiceConstraint.Kind.EXACTLY_ONE, new int[] {4, 5, 6}))
                .addConstraint(new ChoiceConstraint("c", ChoiceConstraint.Kind.AT_MOST_ONE, new int[] {7, 8}))
                .build();
    }

    @Test
    void randomSwapsStayInsideAGroupAndKeepItFeasible() {
        ProgramSolution solution = ProgramSolution.of(grouped());
        solution.setAssignment(new boolean[] {true, false, false, false, true, false, false, false, false});
        InnerScoreDirector<BinarySolution, HardSoftLongScore> director = scoreDirector(solution);
        Iterator<ChoiceSwapMove> moves =
                new ChoiceSwapMoveIteratorFactory().createRandomMoveIterator(director, new Random(1));
        Set<Set<Integer>> groups = Set.of(Set.of(0, 1, 2, 3), Set.of(4, 5, 6), Set.of(7, 8));

        for (int k = 0; k < 200; k++) {
            ChoiceSwapMove move = moves.next();
            Set<Integer> pair = move.getPlanningEntities().stream()
                    .map(BinaryVariable::getIndex)
                    .collect(Collectors.toSet());
            assertThat(groups).anySatisfy(g -> assertThat(g).containsAll(pair));
            if (move.isMoveDoable(director)) {
                move.doMove(director);
                assertThat(director.calculateScore().hardScore()).isZero();
            }
        }
    }

    @Test
    void swapAndItsUndoRestoreTheScore() {
        ProgramSolution solution = ProgramSolution.of(grouped());
        solution.setAssignment(new boolean[] {true, false, false, false, true, false, false, false, false});
        InnerScoreDirector<BinarySolution, HardSoftLongScore> director = scoreDirector(solution);
        HardSoftLongScore before = director.calculateScore();
        List<BinaryVariable> v = solution.getVariables();
        ChoiceSwapMove move = new ChoiceSwapMove(v.get(0), v.get(3));

        var undo = move.doMove(director);
        HardSoftLongScore after = director.calculateScore();
        undo.doMove(director);

        assertThat(after).isEqualTo(HardSoftLongScore.of(0, 2)).isNotEqualTo(before);
        assertThat(director.calculateScore()).isEqualTo(before);
    }

    @Test
    void sizeCountsPairsInsideGroupsOnly() {
        InnerScoreDirector<BinarySolution, HardSoftLongScore> director = scoreDirector(ProgramSolution.of(grouped()));

        assertThat(new ChoiceSwapMoveIteratorFactory().getSize(director)).isEqualTo(6 + 3 + 1);
    }

    @Test
    void maxCutHasNoSwaps() {
        InnerScoreDirector<BinarySolution, HardSoftLongScore> director =
                scoreDirector(MaxCutSolution.of(RandomProblems.hypergraph(new Random(1), 6, 6, 3, false), "r"));
        ChoiceSwapMoveIteratorFactory factory = new ChoiceSwapMoveIteratorFactory();

        assertThat(factory.getSize(director)).isZero();
        assertThat(factory.createRandomMoveIterator(director, new Random(1)).hasNext())
                .isFalse();
    }

    private static InnerScoreDirector<BinarySolution, HardSoftLongScore> scoreDirector(BinarySolution solution) {
        DefaultSolverFactory<BinarySolution> factory =
                new DefaultSolverFactory<>(SolverConfigs.builtIn("tabu", solution.getClass()));
        InnerScoreDirector<BinarySolution, HardSoftLongScore> director =
                factory.<HardSoftLongScore>getScoreDirectorFactory().buildScoreDirector();
        director.setWorkingSolution(solution);
        return director;
    }
}

package io.hyperseed.timefold.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardSoftScore;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.testing.RandomProblems;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The planning clones: new entities with the same values, shared problem facts, the same score. */
class SolutionClonerTest {

    @Test
    void aMaxCutCloneHasItsOwnEntitiesAndSharesTheFacts() {
        Hypergraph graph = Hypergraph.builder(3).addEdge(0, 1).addEdge(1, 2).build();
        MaxCutSolution original = MaxCutSolution.of(graph, new boolean[] {true, false, true});
        original.setScore(HardSoftScore.of(0, 2));

        MaxCutSolution clone = new MaxCutSolution.Cloner().cloneSolution(original);

        assertThat(clone.getVariables()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(clone.getVariables().get(i))
                    .isNotSameAs(original.getVariables().get(i));
            assertThat(clone.getVariables().get(i).getValue())
                    .isEqualTo(original.getVariables().get(i).getValue());
        }
        clone.getVariables().get(0).setValue(false);
        assertThat(original.getVariables().get(0).getValue()).isTrue();
        assertThat(clone.getGraph()).isSameAs(original.getGraph());
        assertThat(clone.getEdges()).isSameAs(original.getEdges());
        assertThat(clone.getPins()).isSameAs(original.getPins());
        assertThat(clone.getProblem()).isSameAs(original.getProblem());
        assertThat(clone.scale()).isEqualTo(original.scale());
        assertThat(clone.getScore()).isEqualTo(original.getScore());
    }

    @Test
    void aProgramCloneHasItsOwnEntitiesAndSharesTheFacts() {
        ProgramSolution original = ProgramSolution.of(RandomProblems.constrained(new Random(3), 6, 10, Sense.MAXIMIZE));
        original.getVariables().forEach(v -> v.setValue(v.getIndex() % 2 == 0));
        original.setScore(HardSoftScore.of(-1, 5));

        ProgramSolution clone = new ProgramSolution.Cloner().cloneSolution(original);

        assertThat(clone.getVariables()).hasSameSizeAs(original.getVariables());
        assertThat(clone.getVariables().get(0))
                .isNotSameAs(original.getVariables().get(0));
        assertThat(clone.assignment()).containsExactly(original.assignment());
        assertThat(clone.getTerms()).isSameAs(original.getTerms());
        assertThat(clone.getLiterals()).isSameAs(original.getLiterals());
        assertThat(clone.getRows()).isSameAs(original.getRows());
        assertThat(clone.getProblem()).isSameAs(original.getProblem());
        assertThat(clone.getScore()).isEqualTo(original.getScore());
    }
}

package io.hyperseed.timefold.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.io.Format;
import io.hyperseed.core.io.Instance;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.core.testing.SeedToy;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SolutionFactoriesTest {

    @Test
    void programFactsHaveOneConstantTermPerRowAndLiteralsByIndex() {
        ProgramSolution solution = ProgramSolution.of(RandomProblems.constrained(new Random(1), 8, 10, Sense.MINIMIZE));
        int rows = solution.getProblem().constraints().size();

        assertThat(solution.getRows()).hasSize(rows);
        assertThat(solution.getTerms().stream()
                        .filter(Term::isConstant)
                        .map(Term::row)
                        .distinct()
                        .count())
                .isEqualTo(rows + 1L);
        assertThat(solution.getLiterals())
                .allSatisfy(literal -> assertThat(literal.variable()).isBetween(0, 7));
        assertThat(solution.getLiterals())
                .hasSize(solution.getTerms().stream().mapToInt(Term::degree).sum());
    }

    @Test
    void realCoefficientsGetAFixedPointScaleAndIntegersScaleOne() {
        assertThat(ProgramSolution.of(SeedToy.problem()).scale()).isEqualTo(10_000L);
        assertThat(ProgramSolution.of(RandomProblems.unconstrained(new Random(2), 5, 5, 2, Sense.MAXIMIZE))
                        .scale())
                .isEqualTo(1L);
    }

    @Test
    void maxCutSolutionComesFromAMaxCutInstanceOnly() {
        Hypergraph graph = RandomProblems.hypergraph(new Random(3), 6, 8, 3, false);
        Instance maxCut = new Instance("g", Path.of("g.hgr"), Format.HMETIS, MaxCut.compact(graph, "g"), graph);
        Instance program = new Instance("toy", Path.of("toy.pubo"), Format.PUBO, SeedToy.problem(), null);

        assertThat(BinarySolution.fromInstance(maxCut)).isInstanceOf(MaxCutSolution.class);
        assertThat(BinarySolution.fromInstance(program)).isInstanceOf(ProgramSolution.class);
        assertThatThrownBy(() -> MaxCutSolution.fromInstance(program))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(toy)");
        assertThat(MaxCutSolution.fromInstance(maxCut).getEdges()).hasSize(graph.numEdges());
        assertThat(MaxCutSolution.fromInstance(maxCut).getPins()).hasSize(graph.numPins());
        MaxCutSolution lean = MaxCutSolution.withoutStreamFacts(maxCut);
        assertThat(lean.getEdges()).isEmpty();
        assertThat(lean.getPins()).isEmpty();
        assertThat(lean.getVariables()).hasSize(graph.numVertices());
        assertThat(lean.getProblem()).isSameAs(maxCut.problem());
    }

    @Test
    void unassignedVariablesCountAsFalseAndAssignChecksTheLength() {
        ProgramSolution solution = ProgramSolution.of(SeedToy.problem());
        assertThat(solution.isInitialized()).isFalse();
        assertThat(solution.assignment()).containsExactly(false, false, false, false);

        solution.assign(new boolean[] {true, true, false, false});
        assertThat(solution.isInitialized()).isTrue();
        assertThat(solution.toSolution().objective()).isEqualTo(SeedToy.OPTIMUM);
        assertThatThrownBy(() -> solution.assign(new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(3)");
    }

    @Test
    void negativeVariableIndexIsRejected() {
        assertThatThrownBy(() -> new BinaryVariable(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(-1)");
    }
}

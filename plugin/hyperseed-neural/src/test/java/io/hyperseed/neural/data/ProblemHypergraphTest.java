package io.hyperseed.neural.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.testing.RandomProblems;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemHypergraphTest {

    @Test
    void compactMaxCutGivesTheInstanceHyperedgesOnce() {
        Hypergraph graph = Hypergraph.builder(5)
                .addEdge(0, 1, 2)
                .addEdge(2, 3)
                .addEdge(1, 3, 4)
                .build();
        Hypergraph h = ProblemHypergraph.of(MaxCut.compact(graph, "g"));

        assertThat(edgeSets(h)).containsExactlyInAnyOrder(List.of(0, 1, 2), List.of(2, 3), List.of(1, 3, 4));
        assertThat(ProblemHypergraph.numSingletons(h)).isZero();
    }

    @Test
    void randomMaxCutHyperedgesMatchTheDistinctInstanceHyperedgesOfSizeTwoOrMore() {
        Hypergraph graph = RandomProblems.hypergraph(new Random(3), 30, 60, 5, false);
        Set<List<Integer>> expected = new HashSet<>();
        for (int e = 0; e < graph.numEdges(); e++) {
            if (graph.edgeSize(e) >= 2) {
                expected.add(boxed(graph.edgeVertices(e)));
            }
        }
        Hypergraph h = ProblemHypergraph.of(MaxCut.compact(graph, "g"));

        Set<List<Integer>> actual = new HashSet<>(edgeSets(h));
        for (int e = 0; e < h.numEdges(); e++) {
            if (h.edgeSize(e) == 1) {
                actual.remove(boxed(h.edgeVertices(e)));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void constraintsBecomeHyperedgesAndUncoveredVariablesGetSingletons() {
        Polynomial objective = Polynomial.builder(5)
                .addTerm(1.0, Literal.positive(0), Literal.negative(1))
                .addTerm(2.0, Literal.positive(4))
                .build();
        PuboProblem problem = PuboProblem.builder(5, Sense.MINIMIZE)
                .objective(objective)
                .addConstraint(new ChoiceConstraint("one", ChoiceConstraint.Kind.EXACTLY_ONE, new int[] {1, 2}))
                .build();
        Hypergraph h = ProblemHypergraph.of(problem);

        assertThat(edgeSets(h)).containsExactlyInAnyOrder(List.of(0, 1), List.of(1, 2), List.of(3), List.of(4));
        assertThat(ProblemHypergraph.numSingletons(h)).isEqualTo(2);
        assertThat(IntStream.range(0, 5).map(h::vertexDegree).toArray()).containsExactly(1, 2, 1, 1, 1);
    }

    @Test
    void duplicateTermsAndConstraintsOverTheSameVariablesGiveOneHyperedge() {
        Polynomial objective = Polynomial.builder(3)
                .addTerm(1.0, Literal.positive(0), Literal.positive(1))
                .addTerm(2.0, Literal.positive(2))
                .addTerm(-1.0, Literal.negative(1), Literal.positive(0))
                .build();
        PuboProblem problem = PuboProblem.builder(3, Sense.MINIMIZE)
                .objective(objective)
                .addConstraint(new ChoiceConstraint("one", ChoiceConstraint.Kind.AT_MOST_ONE, new int[] {0, 1}))
                .build();
        Hypergraph h = ProblemHypergraph.of(problem);

        assertThat(edgeSets(h)).containsExactly(List.of(0, 1), List.of(2));
        assertThat(h.edgeWeight(0)).isEqualTo(1.0);
    }

    private static List<List<Integer>> edgeSets(Hypergraph h) {
        return IntStream.range(0, h.numEdges())
                .mapToObj(e -> boxed(h.edgeVertices(e)))
                .toList();
    }

    private static List<Integer> boxed(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}

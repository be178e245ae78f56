package io.hyperseed.neural.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.problem.MaxCut;
import io.hyperseed.core.testing.RandomProblems;
import io.hyperseed.neural.data.ProblemHypergraph;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HypergraphPropagationTest {

    /** Vertices 0, 1, 2; hyperedges {0, 1} and {1, 2}: D_e = D_v(1) = 2, D_v(0) = D_v(2) = 1. */
    private static final Hypergraph PATH =
            Hypergraph.builder(3).addEdge(0, 1).addEdge(1, 2).build();

    @Test
    void meanOfMeansOnAHandCheckedPath() {
        // columns y = (1, 2, 4) and (0, 10, 0): hyperedge means (1.5, 3) and (5, 5);
        // vertex 0 sees only e0, vertex 1 the mean of e0 and e1, vertex 2 only e1
        float[] expected = {1.5f, 5f, 2.25f, 5f, 3f, 5f};
        float[] y = {1f, 0f, 2f, 10f, 4f, 0f};
        try (NDManager manager = NDManager.newBaseManager()) {
            HypergraphPropagation p = new HypergraphPropagation(PATH, manager);

            assertThat(p.apply(manager.create(y, new Shape(3, 2))).toFloatArray())
                    .containsExactly(expected, within(1e-6f));
            assertThat(p.applyOnHost(y, 2)).containsExactly(expected, within(1e-6f));
        }
    }

    @Test
    void hostAndTensorPropagationAgreeAndAreRowStochastic() {
        Hypergraph graph = RandomProblems.hypergraph(new Random(7), 40, 90, 5, false);
        Hypergraph covered = ProblemHypergraph.of(MaxCut.compact(graph, "g"));
        Random random = new Random(3);
        float[] y = new float[40 * 3];
        for (int k = 0; k < y.length; k++) {
            y[k] = (float) random.nextGaussian();
        }
        float[] ones = new float[40];
        Arrays.fill(ones, 1f);
        try (NDManager manager = NDManager.newBaseManager()) {
            HypergraphPropagation p = new HypergraphPropagation(covered, manager);

            assertThat(p.applyOnHost(y, 3))
                    .containsExactly(
                            p.apply(manager.create(y, new Shape(40, 3))).toFloatArray(), within(1e-5f));
            for (float v : p.applyOnHost(ones, 1)) {
                assertThat(v).isCloseTo(1f, within(1e-6f));
            }
        }
    }

    @Test
    void vertexInNoHyperedgeIsRejected() {
        Hypergraph isolated = Hypergraph.builder(3).addEdge(0, 1).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> new HypergraphPropagation(isolated, manager))
                    .hasMessageContaining("vertex (2)")
                    .hasMessageContaining("ProblemHypergraph");
        }
    }

    @Test
    void wrongInputLengthIsRejected() {
        try (NDManager manager = NDManager.newBaseManager()) {
            HypergraphPropagation p = new HypergraphPropagation(PATH, manager);
            assertThatThrownBy(() -> p.applyOnHost(new float[5], 2)).hasMessageContaining("(3 x 2)");
        }
    }
}

package io.hyperseed.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.model.Hypergraph;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomHypergraphsTest {

    @Test
    void drawsTheRequestedNumberOfDistinctHyperedgesWithinTheSizeRange() {
        Hypergraph g = RandomHypergraphs.generate(200, 400, 2, 10, 1);
        assertThat(g.numVertices()).isEqualTo(200);
        assertThat(g.numEdges()).isEqualTo(400);
        Set<List<Integer>> seen = new HashSet<>();
        for (int e = 0; e < g.numEdges(); e++) {
            assertThat(g.edgeSize(e)).isBetween(2, 10);
            assertThat(seen.add(Arrays.stream(g.edgeVertices(e)).boxed().toList()))
                    .isTrue();
        }
    }

    @Test
    void favoursSmallHyperedgesLikeHypOp() {
        Hypergraph g = RandomHypergraphs.generate(500, 2000, 2, 10, 2);
        int small = 0;
        for (int e = 0; e < g.numEdges(); e++) {
            small += g.edgeSize(e) <= 3 ? 1 : 0;
        }
        assertThat(small).isGreaterThan(g.numEdges() / 2);
        assertThat(g.maxEdgeSize()).isGreaterThan(5);
    }

    @Test
    void isDeterministicForASeedAndDiffersAcrossSeeds() {
        Hypergraph a = RandomHypergraphs.generate(50, 80, 2, 6, 7);
        Hypergraph b = RandomHypergraphs.generate(50, 80, 2, 6, 7);
        Hypergraph c = RandomHypergraphs.generate(50, 80, 2, 6, 8);
        assertThat(a.pinArray()).isEqualTo(b.pinArray());
        assertThat(a.pinArray()).isNotEqualTo(c.pinArray());
    }

    @Test
    void drawsSimpleGraphs() {
        Hypergraph g = RandomHypergraphs.graph(10, 20, 3);
        assertThat(g.isGraph()).isTrue();
        assertThat(g.numEdges()).isEqualTo(20);
    }

    @Test
    void rejectsImpossibleRequests() {
        assertThatThrownBy(() -> RandomHypergraphs.generate(3, 1, 2, 5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSize <= n (3)");
        assertThatThrownBy(() -> RandomHypergraphs.graph(3, 4, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Could not draw 4 distinct");
    }
}

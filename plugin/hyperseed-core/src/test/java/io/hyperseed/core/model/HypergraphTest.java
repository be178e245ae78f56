package io.hyperseed.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HypergraphTest {

    @Test
    void edgesAreSortedAndDeduplicatedInside() {
        Hypergraph g = Hypergraph.builder(4).addEdge(3, 1, 3).build();
        assertThat(g.edgeVertices(0)).containsExactly(1, 3);
    }

    @Test
    void selfLoopBecomesAnUncuttableSingleton() {
        Hypergraph g = Hypergraph.builder(2).addEdge(1, 1).addEdge(0, 1).build();
        assertThat(g.edgeSize(0)).isEqualTo(1);
        assertThat(g.cutCount(new boolean[] {true, false})).isEqualTo(1);
    }

    @Test
    void duplicatesMergeWithMeanWeightLikeTheSeedLoader() {
        Hypergraph g = Hypergraph.builder(3)
                .mergeDuplicates(true)
                .addEdge(2.0, new int[] {0, 1}, 0, 2)
                .addEdge(4.0, new int[] {1, 0}, 0, 2)
                .addEdge(1.0, new int[] {1, 2}, 0, 2)
                .build();
        assertThat(g.numEdges()).isEqualTo(2);
        assertThat(g.edgeWeight(0)).isEqualTo(3.0);
    }

    @Test
    void duplicatesAreKeptUnlessAsked() {
        Hypergraph g = Hypergraph.builder(2).addEdge(0, 1).addEdge(1, 0).build();
        assertThat(g.numEdges()).isEqualTo(2);
    }

    @Test
    void outOfRangeVertexIsRejected() {
        assertThatThrownBy(() -> Hypergraph.builder(2).addEdge(0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(2)")
                .hasMessageContaining("1-based");
    }

    @Test
    void incidenceIsTheTransposeOfTheEdges() {
        Hypergraph g = Hypergraph.builder(4).addEdge(0, 1, 2).addEdge(2, 3).build();
        assertThat(g.incidentEdges(2)).containsExactly(0, 1);
        assertThat(g.vertexDegree(0)).isEqualTo(1);
        assertThat(g.numPins()).isEqualTo(5);
    }

    @Test
    void hyperedgeIsCutUnlessAllOnOneSide() {
        Hypergraph g = Hypergraph.builder(3).addEdge(0, 1, 2).build();
        assertThat(g.isCut(0, new boolean[] {true, true, true})).isFalse();
        assertThat(g.isCut(0, new boolean[] {false, false, false})).isFalse();
        assertThat(g.isCut(0, new boolean[] {true, false, true})).isTrue();
    }
}

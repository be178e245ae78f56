package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HmetisReaderTest extends HypergraphReaderContractTest {

    @Override
    InstanceReader reader() {
        return new HmetisReader();
    }

    @Override
    String validContent() {
        return """
                % the hMETIS manual's example with hyperedge weights
                4 7 1
                2 1 2
                3 1 7 5 6
                8 5 6 4
                7 2 3 4
                """;
    }

    @Override
    int expectedVertices() {
        return 7;
    }

    @Override
    int expectedEdges() {
        return 4;
    }

    @Override
    Malformed truncated() {
        return Malformed.of("2 3\n1 2\n", 3, "ends after 1 of the 2 hyperedges");
    }

    @Override
    Malformed nonNumericToken() {
        return Malformed.of("2 3\n1 x\n2 3\n", 2, "expected an integer for a vertex id, found (x)");
    }

    @Override
    Malformed vertexOutOfRange() {
        return Malformed.of("2 3\n1 2\n3 4\n", 3, "vertex (4) is outside 1..3");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of("-2 3\n1 2\n", 1, "(-2) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of("1000000000000 3\n1 2\n", 1, "implausibly large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of("2 99999999999999999999\n", 1, "too large for a 64-bit integer");
    }

    @Override
    Malformed tooManyLines() {
        return Malformed.of("1 3\n1 2\n2 3\n", 3, "more lines than the header");
    }

    @Override
    Malformed nonFiniteWeight() {
        return Malformed.of("2 3 1\nNaN 1 2\n1 2 3\n", 2, "(NaN) is not a finite number");
    }

    @Test
    void readsHyperedgeWeightsFirstOnEachLine() throws IOException {
        Hypergraph graph = readValid().get(0).hypergraph();
        assertThat(graph.edgeWeightArray()).containsExactly(2, 3, 8, 7);
        assertThat(graph.edgeVertices(1)).containsExactly(0, 4, 5, 6);
        assertThat(graph.totalEdgeWeight()).isEqualTo(20.0);
    }

    @Test
    void readsVertexWeightsAfterTheHyperedges() throws IOException {
        Hypergraph graph = new HmetisReader().readHypergraph(write("2 3 11\n5 1 2\n1 2 3\n4\n5\n6\n"));
        assertThat(graph.edgeWeightArray()).containsExactly(5, 1);
        assertThat(graph.vertexWeight(2)).isEqualTo(6.0);
    }

    @Test
    void namesVerticesByTheirOneBasedIds() throws IOException {
        Instance instance = readValid().get(0);
        assertThat(instance.problem().variableName(0)).isEqualTo("1");
        assertThat(instance.problem().variableName(6)).isEqualTo("7");
    }

    @Test
    void rejectsUnknownWeightFlag() throws IOException {
        assertRejected(Malformed.of("1 3 5\n1 2\n", 1, "fmt (5) is not 0, 1, 10 or 11"));
    }

    @Test
    void rejectsMissingVertexWeights() throws IOException {
        assertRejected(Malformed.of("1 3 10\n1 2\n4\n5\n", 5, "ends after 2 of the 3 vertex weights"));
    }

    @Test
    void rejectsEmptyHyperedgeWithWeightOnly() throws IOException {
        assertRejected(Malformed.of("1 3 1\n4\n", 2, "has no vertices"));
    }
}

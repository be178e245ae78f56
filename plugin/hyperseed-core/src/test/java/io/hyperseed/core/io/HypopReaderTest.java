package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HypopReaderTest extends HypergraphReaderContractTest {

    @Override
    InstanceReader reader() {
        return new HypopReader();
    }

    @Override
    String validContent() {
        return "5 3\n1 2 3\n2 4\n4 5 1\n";
    }

    @Override
    int expectedVertices() {
        return 5;
    }

    @Override
    int expectedEdges() {
        return 3;
    }

    @Override
    Malformed truncated() {
        return Malformed.of("4 3\n", 2, "ends right after the header");
    }

    @Override
    Malformed nonNumericToken() {
        return Malformed.of("4 2\n1 2\nthree 4\n", 3, "found (three)");
    }

    @Override
    Malformed vertexOutOfRange() {
        return Malformed.of("4 2\n1 2\n0 4\n", 3, "vertex (0) is outside 1..4");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of("4 -2\n1 2\n", 1, "(-2) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of("1000000000000 2\n1 2\n", 1, "implausibly large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of("4 2\n1 2\n1 99999999999999999999\n", 3, "too large for a 64-bit integer");
    }

    @Override
    Malformed tooManyLines() {
        return Malformed.of("4 1\n1 2\n3 4\n", 3, "more hyperedges than the header's m (1)");
    }

    @Override
    Malformed nonFiniteWeight() {
        return Malformed.of("4 2\n1 2.5\n", 2, "expected an integer for a vertex id, found (2.5)");
    }

    @Test
    void acceptsFewerHyperedgesThanTheHeaderAsHypOpDoes() throws IOException {
        Hypergraph graph = new HypopReader().readHypergraph(write("5 4\n1 2\n3 4 5\n"));
        assertThat(graph.numEdges()).isEqualTo(2);
        assertThat(graph.numVertices()).isEqualTo(5);
    }

    @Test
    void keepsDuplicateHyperedgesApart() throws IOException {
        Hypergraph graph = new HypopReader().readHypergraph(write("3 2\n1 2\n2 1\n"));
        assertThat(graph.numEdges()).isEqualTo(2);
    }
}

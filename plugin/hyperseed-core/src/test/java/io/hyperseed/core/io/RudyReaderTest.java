package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RudyReaderTest extends HypergraphReaderContractTest {

    @Override
    InstanceReader reader() {
        return new RudyReader();
    }

    @Override
    String validContent() {
        return "4 3 \n1 2 1\n2 3 -1\n3 4 2.5\n";
    }

    @Override
    int expectedVertices() {
        return 4;
    }

    @Override
    int expectedEdges() {
        return 3;
    }

    @Override
    Malformed truncated() {
        return Malformed.of("4 3\n1 2 1\n", 3, "ends after 1 of the 3 edges");
    }

    @Override
    Malformed nonNumericToken() {
        return Malformed.of("4 1\n1 b 1\n", 2, "expected an integer for an edge endpoint, found (b)");
    }

    @Override
    Malformed vertexOutOfRange() {
        return Malformed.of("4 1\n1 5 1\n", 2, "vertex (5) is outside 1..4");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of("-4 1\n1 2 1\n", 1, "(-4) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of("4 1000000000000\n1 2 1\n", 1, "implausibly large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of("4 1\n99999999999999999999 2 1\n", 2, "too large for a 64-bit integer");
    }

    @Override
    Malformed tooManyLines() {
        return Malformed.of("4 1\n1 2 1\n2 3 1\n", 3, "more edges than the header's m (1)");
    }

    @Override
    Malformed nonFiniteWeight() {
        return Malformed.of("4 1\n1 2 inf\n", 2, "(inf) is not a finite number");
    }

    @Test
    void keepsNegativeAndFractionalWeights() throws IOException {
        Hypergraph graph = readValid().get(0).hypergraph();
        assertThat(graph.edgeWeightArray()).containsExactly(1.0, -1.0, 2.5);
        assertThat(graph.cutWeight(new boolean[] {true, false, true, false})).isEqualTo(2.5);
    }

    @Test
    void treatsSelfLoopAsAnEdgeThatIsNeverCut() throws IOException {
        Hypergraph graph = new RudyReader().readHypergraph(write("2 2\n1 1 5\n1 2\n"));
        assertThat(graph.edgeSize(0)).isEqualTo(1);
        assertThat(graph.cutWeight(new boolean[] {true, false})).isEqualTo(1.0);
    }

    @Test
    void rejectsAVertexCountThatTheFileSizeCannotJustify() throws IOException {
        assertRejected(Malformed.of(
                "100000000 1\n1 2 1\n",
                1,
                "the number of vertices (100000000) is implausibly" + " large for a file of 18 bytes"));
    }

    @Test
    void rejectsExtraTokens() throws IOException {
        assertRejected(Malformed.of("2 1\n1 2 1 7\n", 2, "unexpected token (7)"));
    }
}

package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BipnnReaderTest extends HypergraphReaderContractTest {

    @Override
    InstanceReader reader() {
        return new BipnnReader();
    }

    @Override
    String validContent() {
        return "? ?\n1 2\n2 1\nb a\n3 3\n10 2 a\n";
    }

    @Override
    int expectedVertices() {
        return 6;
    }

    @Override
    int expectedEdges() {
        return 4;
    }

    @Override
    Malformed truncated() {
        return Malformed.of("5 ?\n1 2\n2 3\n", 1, "the header's m (5) matches neither the 2 hyperedge lines");
    }

    @Override
    Malformed nonNumericToken() {
        return Malformed.of("12 abc\n1 2\n", 1, "(abc) is neither an integer nor '?'");
    }

    @Override
    Malformed vertexOutOfRange() {
        return Malformed.of("2 2\n1 2\n2 3\n", 1, "the header's n (2) is smaller than the 3 distinct vertices");
    }

    @Override
    Malformed negativeCount() {
        return Malformed.of("-3 ?\n1 2\n", 1, "(-3) is negative");
    }

    @Override
    Malformed hugeCount() {
        return Malformed.of("1000000000000 ?\n1 2\n", 1, "(1000000000000) is too large");
    }

    @Override
    Malformed overflowingInteger() {
        return Malformed.of("99999999999999999999 ?\n1 2\n", 1, "(99999999999999999999) is too large");
    }

    @Override
    Malformed tooManyLines() {
        return Malformed.of("1 ?\n1 2\n2 3\n", 1, "the header's m (1) matches neither");
    }

    @Override
    Malformed nonFiniteWeight() {
        return Malformed.of("1.5 ?\n1 2\n", 1, "(1.5) is neither an integer nor '?'");
    }

    @Test
    void sortsIntegerNamesFirstThenStringsAndKeepsThem() throws IOException {
        Hypergraph graph = readValid().get(0).hypergraph();
        assertThat(graph.vertexNamesOrNull()).containsExactly("1", "2", "3", "10", "a", "b");
    }

    @Test
    void mergesIdenticalHyperedgesAndKeepsSelfLoopsAsSizeOne() throws IOException {
        Hypergraph graph = readValid().get(0).hypergraph();
        assertThat(graph.edgeVertices(0)).containsExactly(0, 1);
        assertThat(graph.edgeVertices(1)).containsExactly(4, 5);
        assertThat(graph.edgeVertices(2)).containsExactly(2);
        assertThat(graph.edgeVertices(3)).containsExactly(1, 3, 4);
    }

    @Test
    void readsAFileWithoutHeaderWhenTheFirstLineHasThreeTokens() throws IOException {
        Hypergraph graph = new BipnnReader().readHypergraph(write("# comment\n\n0 1 2\n2 3\n7\n"));
        assertThat(graph.numEdges()).isEqualTo(2);
        assertThat(graph.numVertices()).isEqualTo(4);
    }

    @Test
    void skipsAnyTwoTokenFirstLineAsTheSeedDoes() throws IOException {
        Hypergraph graph = new BipnnReader().readHypergraph(write("3 3\n1 2\n2 3\n3 1\n"));
        assertThat(graph.numEdges()).isEqualTo(3);
    }

    @Test
    void rejectsAFileWithOnlySingleTokenLines() throws IOException {
        assertRejected(Malformed.of("? ?\n1\n2\n", 4, "holds no hyperedge"));
    }
}

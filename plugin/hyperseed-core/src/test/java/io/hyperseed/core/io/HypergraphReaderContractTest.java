package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.hyperseed.core.model.Hypergraph;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract of the max-cut readers (hMETIS, HypOp, BIPNN, rudy): the valid sample gives the expected
 * hypergraph as a max-cut instance whose objective equals the cut weight and whose variables carry the vertex
 * names, and each kind of malformed input fails with file, line and a clear message. Subclasses give each kind in
 * their own syntax (or the closest thing their format has).
 */
abstract class HypergraphReaderContractTest extends CountedFormatContractTest {

    abstract int expectedVertices();

    abstract int expectedEdges();

    abstract Malformed nonNumericToken();

    abstract Malformed vertexOutOfRange();

    abstract Malformed tooManyLines();

    /** A NaN or infinite weight (formats without weights: a non-integer vertex id). */
    abstract Malformed nonFiniteWeight();

    @Test
    void readsTheSampleAsMaxCutWithVertexNames() throws IOException {
        Instance instance = readValid().get(0);
        Hypergraph graph = instance.hypergraph();
        assertThat(instance.isMaxCut()).isTrue();
        assertThat(graph.numVertices()).isEqualTo(expectedVertices());
        assertThat(graph.numEdges()).isEqualTo(expectedEdges());
        for (int v = 0; v < graph.numVertices(); v++) {
            assertThat(instance.problem().variableName(v)).isEqualTo(graph.vertexName(v));
        }
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            boolean[] side = new boolean[graph.numVertices()];
            for (int v = 0; v < side.length; v++) {
                side[v] = random.nextBoolean();
            }
            assertThat(instance.problem().objectiveValue(side)).isCloseTo(graph.cutWeight(side), offset(1e-9));
        }
    }

    @Test
    void rejectsNonNumericToken() throws IOException {
        assertRejected(nonNumericToken());
    }

    @Test
    void rejectsVertexOutOfRange() throws IOException {
        assertRejected(vertexOutOfRange());
    }

    @Test
    void rejectsTooManyLines() throws IOException {
        assertRejected(tooManyLines());
    }

    @Test
    void rejectsNonFiniteWeight() throws IOException {
        assertRejected(nonFiniteWeight());
    }
}

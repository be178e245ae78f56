package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.generate.RandomHypergraphs;
import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.testing.RandomProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HypergraphWriterTest {

    @TempDir
    Path dir;

    private static void assertSameHypergraph(Hypergraph expected, Hypergraph actual) {
        assertThat(actual.numVertices()).isEqualTo(expected.numVertices());
        assertThat(actual.edgeOffsetArray()).isEqualTo(expected.edgeOffsetArray());
        assertThat(actual.pinArray()).isEqualTo(expected.pinArray());
        assertThat(actual.edgeWeightArray()).isEqualTo(expected.edgeWeightArray());
    }

    @Test
    void weightedHypergraphsRoundTripThroughHmetis() throws IOException {
        Hypergraph graph = RandomProblems.hypergraph(new Random(1), 30, 50, 6, true);
        Path file = dir.resolve("g.hgr");
        HypergraphWriter.writeHmetis(graph, file);
        assertSameHypergraph(graph, new HmetisReader().readHypergraph(file));
    }

    @Test
    void vertexWeightsRoundTripThroughHmetis() throws IOException {
        Hypergraph graph = Hypergraph.builder(3)
                .addEdge(1, 2)
                .addEdge(0, 1, 2)
                .vertexWeights(new double[] {1, 2.5, 3})
                .build();
        Path file = dir.resolve("w.hgr");
        HypergraphWriter.writeHmetis(graph, file);
        Hypergraph read = new HmetisReader().readHypergraph(file);
        assertSameHypergraph(graph, read);
        assertThat(read.vertexWeight(1)).isEqualTo(2.5);
    }

    @Test
    void unweightedHypergraphsRoundTripThroughHypop() throws IOException {
        Hypergraph graph = RandomHypergraphs.generate(40, 60, 2, 8, 3);
        Path file = dir.resolve("h.txt");
        HypergraphWriter.writeHypop(graph, file);
        assertSameHypergraph(graph, new HypopReader().readHypergraph(file));
        assertThat(InstanceFiles.detect(file)).isEqualTo(Format.HYPOP);
    }

    @Test
    void graphsRoundTripThroughRudy() throws IOException {
        Hypergraph graph = Hypergraph.builder(4)
                .addEdge(-2.0, new int[] {0, 1}, 0, 2)
                .addEdge(3.0, new int[] {2, 3}, 0, 2)
                .addEdge(1.0, new int[] {1}, 0, 1)
                .build();
        Path file = dir.resolve("r.txt");
        HypergraphWriter.writeRudy(graph, file);
        assertSameHypergraph(graph, new RudyReader().readHypergraph(file));
    }

    @Test
    void refusesWhatTheFormatCannotHold() {
        Hypergraph weighted =
                Hypergraph.builder(2).addEdge(2.0, new int[] {0, 1}, 0, 2).build();
        Hypergraph hyper = Hypergraph.builder(3).addEdge(0, 1, 2).build();
        assertThatThrownBy(() -> HypergraphWriter.writeHypop(weighted, dir.resolve("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no hyperedge weights");
        assertThatThrownBy(() -> HypergraphWriter.writeRudy(hyper, dir.resolve("y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hyperedge of 3 vertices");
    }
}

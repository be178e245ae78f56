package io.hyperseed.graphap.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.io.InstanceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuDatasetReaderTest {

    @TempDir
    Path dir;

    /** Graph 1: triangle on nodes 1..3; graph 2: path 4-5. Every edge listed both ways, one duplicate. */
    private void writeValid() throws IOException {
        write("A", "1, 2", "2, 1", "2, 3", "3, 2", "1, 3", "3, 1", "4,5", "5, 4", "5, 4");
        write("graph_indicator", "1", "1", "1", "2", "2");
        write("graph_labels", "-1", "1");
        write("node_labels", "3", "5", "3", "5", "5");
    }

    private void write(String suffix, String... lines) throws IOException {
        Files.write(dir.resolve("T_" + suffix + ".txt"), List.of(lines));
    }

    private TuDataset read() throws IOException {
        return new TuDatasetReader().read(dir, "T");
    }

    @Test
    void readsGraphsWithUndirectedDeduplicatedEdges() throws IOException {
        writeValid();
        TuDataset dataset = read();
        assertThat(dataset.graphs()).hasSize(2);
        assertThat(dataset.graphs().get(0).nodeCount()).isEqualTo(3);
        assertThat(dataset.graphs().get(0).edgeCount()).isEqualTo(3);
        assertThat(dataset.graphs().get(1).edgeCount()).isEqualTo(1);
        assertThat(dataset.totalNodes()).isEqualTo(5);
    }

    @Test
    void mapsRawLabelsToDenseIndicesInAscendingOrder() throws IOException {
        writeValid();
        TuDataset dataset = read();
        assertThat(dataset.rawClassLabels()).containsExactly(-1, 1);
        assertThat(dataset.graphs().get(0).label()).isZero();
        assertThat(dataset.graphs().get(1).label()).isEqualTo(1);
        assertThat(dataset.featureCount()).isEqualTo(2);
        assertThat(dataset.graphs().get(0).nodeLabels()).containsExactly(0, 1, 0);
    }

    @Test
    void missingNodeLabelsGiveOneConstantFeature() throws IOException {
        writeValid();
        Files.delete(dir.resolve("T_node_labels.txt"));
        assertThat(read().featureCount()).isEqualTo(1);
    }

    @Test
    void nonIntegerNodeIdNamesFileAndLine() throws IOException {
        writeValid();
        write("A", "1, 2", "2, x");
        assertThatThrownBy(this::read)
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.file().getFileName().toString()).isEqualTo("T_A.txt");
                    assertThat(e.line()).isEqualTo(2);
                })
                .hasMessageContaining("T_A.txt:2:")
                .hasMessageContaining("(found \"x\")");
    }

    @Test
    void edgeLineWithOneColumnIsRejected() throws IOException {
        writeValid();
        write("A", "1, 2", "2, 1", "3");
        assertThatThrownBy(this::read)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("T_A.txt:3:")
                .hasMessageContaining("two node ids");
    }

    @Test
    void nodeIdOutsideTheIndicatorIsRejected() throws IOException {
        writeValid();
        write("A", "1, 2", "2, 9");
        assertThatThrownBy(this::read)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("T_A.txt:2:")
                .hasMessageContaining("node id (9) is outside 1..5");
    }

    @Test
    void edgeAcrossGraphsIsRejected() throws IOException {
        writeValid();
        write("A", "3, 4");
        assertThatThrownBy(this::read)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("T_A.txt:1:")
                .hasMessageContaining("joins graph 1 and graph 2");
    }

    @Test
    void graphLabelCountMismatchIsRejected() throws IOException {
        writeValid();
        write("graph_labels", "1");
        assertThatThrownBy(this::read)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("T_graph_labels.txt: ")
                .hasMessageContaining("(1 != 2)");
    }

    @Test
    void nodeLabelCountMismatchIsRejected() throws IOException {
        writeValid();
        write("node_labels", "1", "2", "3", "4", "5", "6");
        assertThatThrownBy(this::read)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("T_node_labels.txt: ")
                .hasMessageContaining("(6 != 5)");
    }

    @Test
    void unsortedGraphIndicatorIsRejected() throws IOException {
        writeValid();
        write("graph_indicator", "1", "2", "1", "2", "2");
        assertThatThrownBy(this::read)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("T_graph_indicator.txt:3:")
                .hasMessageContaining("graph id (1) after graph id (2)");
    }

    @Test
    void missingAdjacencyFileIsRejectedWithAHint() throws IOException {
        writeValid();
        Files.delete(dir.resolve("T_A.txt"));
        assertThatThrownBy(this::read)
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("T_A.txt: required file is missing")
                .hasMessageContaining("Maybe");
    }

    @Test
    void selfLoopsAreDropped() throws IOException {
        writeValid();
        write("A", "1, 1", "4, 5");
        assertThat(read().totalEdges()).isEqualTo(1);
    }
}

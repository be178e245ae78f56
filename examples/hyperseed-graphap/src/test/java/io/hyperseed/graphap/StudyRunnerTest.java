package io.hyperseed.graphap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.graphap.data.LabeledGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyRunnerTest {

    @TempDir
    Path dir;

    /** Writes generated graphs in the TUDataset raw format under prefix GEN. */
    private Path writeGenerated(List<LabeledGraph> graphs) throws IOException {
        Path data = Files.createDirectories(dir.resolve("GEN"));
        List<String> a = new ArrayList<>();
        List<String> indicator = new ArrayList<>();
        List<String> graphLabels = new ArrayList<>();
        List<String> nodeLabels = new ArrayList<>();
        int offset = 1;
        for (int g = 0; g < graphs.size(); g++) {
            LabeledGraph graph = graphs.get(g);
            for (int e = 0; e < graph.edgeCount(); e++) {
                a.add((offset + graph.source(e)) + ", " + (offset + graph.target(e)));
                a.add((offset + graph.target(e)) + ", " + (offset + graph.source(e)));
            }
            for (int v = 0; v < graph.nodeCount(); v++) {
                indicator.add(Integer.toString(g + 1));
                nodeLabels.add(Integer.toString(graph.nodeLabel(v)));
            }
            graphLabels.add(graph.label() == 0 ? "-1" : "1");
            offset += graph.nodeCount();
        }
        Files.write(data.resolve("GEN_A.txt"), a);
        Files.write(data.resolve("GEN_graph_indicator.txt"), indicator);
        Files.write(data.resolve("GEN_graph_labels.txt"), graphLabels);
        Files.write(data.resolve("GEN_node_labels.txt"), nodeLabels);
        return data;
    }

    @Test
    void quickRunWritesTableCsvAndChart() throws IOException {
        Path data = writeGenerated(TinyGraphs.separableSet(30, 2));
        StudyOptions options = StudyOptions.defaults(data, dir.resolve("out")).withFolds(3).withQuick(true);
        assertThat(options.datasetName()).isEqualTo("GEN");
        List<String> progress = new ArrayList<>();
        StudyResult result = StudyRunner.run(options, progress::add);

        assertThat(result.models()).extracting(m -> m.id()).containsExactly("gcn", "gin", "experiment");
        assertThat(result.model("experiment").folds()).hasSize(2);
        assertThat(result.summary("gcn").mean()).isBetween(0.0, 1.0);
        assertThat(result.files()).hasSize(3).allMatch(Files::isRegularFile);
        assertThat(Files.readString(dir.resolve("out/gen-results.md"))).contains("| Experiment |");
        assertThat(Files.readAllLines(dir.resolve("out/gen-results.csv")).get(0))
                .isEqualTo("model,title,mean,std_pop,fold0,fold1");
        assertThat(progress).anyMatch(line -> line.startsWith("fold 2/2"));
    }

    @Test
    void unknownModelIsRejected() {
        StudyOptions options = StudyOptions.defaults(dir, dir);
        assertThatThrownBy(() -> options.withModels(List.of("gat"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(gat)").hasMessageContaining("Maybe");
    }
}

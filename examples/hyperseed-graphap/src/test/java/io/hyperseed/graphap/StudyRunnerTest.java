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
    void quickRunWritesResultsCensusAndPairedTestsOverTwoSeeds() throws IOException {
        Path data = writeGenerated(TinyGraphs.separableSet(30, 2));
        StudyOptions options = StudyOptions.defaults(data, dir.resolve("out"))
                .withFolds(3)
                .withQuick(true)
                .withSeeds(List.of(7L, 8L));
        assertThat(options.datasetName()).isEqualTo("GEN");
        List<String> progress = new ArrayList<>();
        StudyResult result = StudyRunner.run(options, progress::add);

        assertThat(result.runs()).hasSize(2);
        assertThat(result.runs().get(0).models()).extracting(m -> m.id()).containsExactly("gcn", "gin", "experiment");
        assertThat(result.model("experiment").folds()).hasSize(2);
        assertThat(result.accuracies("gcn")).hasSize(4);
        assertThat(result.summary("gcn").mean()).isBetween(0.0, 1.0);
        assertThat(result.comparisons()).extracting(c -> c.scope()).containsExactly("seed 7", "seed 8", "all seeds");
        assertThat(result.comparisons())
                .allMatch(c -> c.experiment().equals("experiment")
                        && c.baseline().equals("gcn")
                        && c.result().pValue() > 0
                        && c.result().pValue() <= 1);
        assertThat(result.files()).hasSize(5).allMatch(Files::isRegularFile);
        String markdown = Files.readString(dir.resolve("out/gen-tuned-results.md"));
        assertThat(markdown)
                .contains("| Experiment |")
                .contains("Wilcoxon")
                .contains("| experiment | gcn | all seeds (4)");
        List<String> csv = Files.readAllLines(dir.resolve("out/gen-tuned-results.csv"));
        assertThat(csv.get(0)).startsWith("seed,model,title,fold,test_accuracy");
        assertThat(csv).hasSize(1 + 2 * 3 * 2);
        assertThat(Files.readAllLines(dir.resolve("out/gen-communities.csv")))
                .contains("choice,communities,graphs")
                .anyMatch(line -> line.startsWith("raw,1,"))
                .anyMatch(line -> line.startsWith("rank,10+,"));
        assertThat(progress).anyMatch(line -> line.startsWith("seed 8 fold 2/2"));
    }

    @Test
    void originalPresetRecomputesCommunitiesAndReportsTheLastEpoch() throws IOException {
        Path data = writeGenerated(TinyGraphs.separableSet(30, 3));
        StudyOptions options = StudyOptions.defaults(data, dir.resolve("out"))
                .withFolds(3)
                .withQuick(true)
                .withSeeds(List.of(5L))
                .withModels(List.of("gcn", "experiment"))
                .withPreset("original")
                .withCensus(false);
        StudyResult result = StudyRunner.run(options, line -> {});

        assertThat(result.preset()).isEqualTo("original");
        assertThat(result.model("experiment").folds()).allMatch(f -> f.bestEpoch() == 5 && f.epochsRun() == 5);
        assertThat(result.files()).hasSize(3);
        assertThat(Files.readString(dir.resolve("out/gen-original-results.md")))
                .contains("report the last epoch")
                .contains("graph carrying the current embeddings");
    }

    @Test
    void unknownModelIsRejected() {
        StudyOptions options = StudyOptions.defaults(dir, dir);
        assertThatThrownBy(() -> options.withModels(List.of("gat")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(gat)")
                .hasMessageContaining("Maybe");
    }
}

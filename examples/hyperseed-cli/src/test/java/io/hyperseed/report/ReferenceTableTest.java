package io.hyperseed.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTableTest {

    @TempDir
    Path dir;

    @Test
    void wideFileKeepsResultColumnsAndSkipsSizesAndText() throws Exception {
        Path csv = Files.writeString(dir.resolve("wide.csv"), """
                source,dataset,kind,num_vertices_loaded,SCIP,Tabu,BIPNN,notes
                paper,BAT,graph,131,655,652,651,"SCIP best, underlined"
                paper,Cora,hypergraph,1330,1215,1360,1384,x
                notebook,Cora,hypergraph,1330,,1360,1394,later run
                """);

        ReferenceTable table = ReferenceTable.anchors(csv, List.of(), List.of("bat_graph.txt", "cora_hypergraph"));

        assertThat(table.columns()).containsExactly("SCIP", "Tabu", "BIPNN");
        assertThat(table.value("bat_graph", "SCIP")).isEqualTo(655.0);
        assertThat(table.value("cora_hypergraph", "BIPNN")).as("first row wins").isEqualTo(1384.0);
        assertThat(table.value("unknown", "SCIP")).isNaN();
    }

    @Test
    void longFileIsPivotedOnTheMethodColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("long.csv"), """
                shipped_path,instance_file,method,cut_hyperedges_res,running_time_s
                s/Hyp_901_1333.txt,Hyp_901_1333.txt,HypOp,1291,63.0
                s/Hyp_901_1333.txt,Hyp_901_1333.txt,Bipartite,1284,34.2
                s/Hyp_453_673.txt,Hyp_453_673.txt,SA,600,3.0
                """);

        ReferenceTable table = ReferenceTable.anchors(csv, List.of(), List.of("Hyp_901_1333.txt"));

        assertThat(table.value("Hyp_901_1333", "HypOp")).isEqualTo(1291.0);
        assertThat(table.value("Hyp_901_1333", "Bipartite")).isEqualTo(1284.0);
        assertThat(table.columns())
                .as("SA has no value for a benchmark instance")
                .containsExactly("HypOp", "Bipartite");
    }

    @Test
    void bestKnownTakesTheBestKnownColumnByDefault() throws Exception {
        Path csv = Files.writeString(dir.resolve("best.csv"), """
                instance,n,m,best_known_cut,PI-GNN_reported_cut
                G14,800,4694,3064,3026
                """);

        ReferenceTable table = ReferenceTable.bestKnown(csv, null, List.of("G14.txt"));

        assertThat(table.value("G14", table.columns().get(0))).isEqualTo(3064.0);
    }

    @Test
    void missingColumnIsNamedWithTheColumnsThereAre() throws Exception {
        Path csv = Files.writeString(dir.resolve("best.csv"), "instance,value\nG1,3\n");

        assertThatThrownBy(() -> ReferenceTable.bestKnown(csv, "best", List.of("G1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(best)")
                .hasMessageContaining("instance, value");
    }

    @Test
    void instanceKeysIgnoreCaseFoldersExtensionsAndGraphSuffixes() {
        assertThat(CsvTable.instanceKey("data/seed-bip/bat_graph.txt")).isEqualTo("bat");
        assertThat(CsvTable.instanceKey("Cora_hypergraph")).isEqualTo("cora");
        assertThat(CsvTable.instanceKey("G14.txt")).isEqualTo("g14");
        assertThat(CsvTable.instanceKey("bqp50.txt#1")).isEqualTo("bqp50-1");
    }
}

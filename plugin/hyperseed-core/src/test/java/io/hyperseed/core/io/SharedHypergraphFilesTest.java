package io.hyperseed.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.model.Hypergraph;
import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads every max-cut file of the shared data (seed-bip, HypOp, hMETIS examples, HyperGCN citation hypergraphs,
 * G-set) with format detection and checks the counts of their PROVENANCE files and the cut of every shipped witness
 * partition. Skipped where the data folder is absent.
 */
class SharedHypergraphFilesTest {

    private static Hypergraph read(Path file, Format expected) throws IOException {
        assertThat(InstanceFiles.detect(file)).as("detected format of %s", file).isEqualTo(expected);
        return InstanceFiles.readSingle(file, null).hypergraph();
    }

    private static int countSize(Hypergraph g, int size) {
        int count = 0;
        for (int e = 0; e < g.numEdges(); e++) {
            count += g.edgeSize(e) == size ? 1 : 0;
        }
        return count;
    }

    private static boolean[] bits(String zeroOne) {
        boolean[] side = new boolean[zeroOne.length()];
        for (int i = 0; i < side.length; i++) {
            side[i] = zeroOne.charAt(i) == '1';
        }
        return side;
    }

    // Values of seed-bip/PROVENANCE.md: vertices, distinct hyperedges (as DHG merges), of which self-loops.
    @ParameterizedTest
    @CsvSource({
        "cora_hypergraph.txt, 1330, 1413, 0",
        "high_hypergraph.txt, 327, 7818, 0",
        "primary_hypergraph.txt, 242, 12704, 0",
        "bat_graph.txt, 131, 1074, 71",
        "eat_graph.txt, 399, 5993, 0",
        "uat_graph.txt, 1190, 13599, 0",
        "dblp_graph.txt, 2591, 3528, 0",
        "citeseer_graph.txt, 3327, 4676, 124",
        "test.txt, 9, 7, 0"
    })
    void seedBipFilesGiveTheCountsOfTheSeedLoader(String file, int vertices, int edges, int selfLoops)
            throws IOException {
        Hypergraph g = read(SharedData.require("seed-bip/" + file), Format.BIPNN);
        assertThat(g.numVertices()).isEqualTo(vertices);
        assertThat(g.numEdges()).isEqualTo(edges);
        assertThat(countSize(g, 1)).isEqualTo(selfLoops);
    }

    @Test
    void coraHasTheHyperedgeSizesOfItsProvenance() throws IOException {
        Hypergraph g = read(SharedData.require("seed-bip/cora_hypergraph.txt"), Format.BIPNN);
        assertThat(new int[] {countSize(g, 2), countSize(g, 3), countSize(g, 4), countSize(g, 5)})
                .containsExactly(516, 426, 295, 176);
        assertThat(g.vertexName(0)).isEqualTo("0");
        assertThat(g.vertexName(1329)).isEqualTo("1329");
    }

    @Test
    void everyHypopSyntheticFileHasTheSizesInItsName() throws IOException {
        Path root = SharedData.require("hypop");
        Pattern name = Pattern.compile("Hyp_(\\d+)_(\\d+)\\.txt");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : files) {
            Matcher m = name.matcher(file.getFileName().toString());
            assertThat(m.matches()).isTrue();
            Hypergraph g = read(file, Format.HYPOP);
            assertThat(g.numVertices()).as(file.toString()).isEqualTo(Integer.parseInt(m.group(1)));
            assertThat(g.numEdges()).as(file.toString()).isEqualTo(Integer.parseInt(m.group(2)));
            assertThat(countSize(g, 1)).isZero();
        }
    }

    @Test
    void apsUsesEveryLineLikeHypOpOnceTheFormatIsGiven() throws IOException {
        Path file = SharedData.require("hypop/aps/LCC_PRE_2019_to_2021.txt");
        // its header promises 1647 hyperedges and the file holds 1584: detection does not guess across that
        assertThatThrownBy(() -> InstanceFiles.detect(file))
                .isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("LCC_PRE_2019_to_2021.txt:1586: the header and the body disagree")
                .hasMessageContaining("--format (hypop");
        Hypergraph g = InstanceFiles.readSingle(file, Format.HYPOP).hypergraph();
        assertThat(g.numVertices()).isEqualTo(3481);
        assertThat(g.numEdges()).isEqualTo(1584);
        assertThat(g.maxEdgeSize()).isEqualTo(24);
    }

    @Test
    void hypopReferenceWitnessesCutWhatTheTableSays() throws IOException {
        CsvTable table = CsvTable.read(SharedData.require("hypop/computed_reference_cuts.csv"));
        int checked = 0;
        for (Map<String, String> row : table.rows()) {
            Path file = SharedData.require("hypop").resolve(row.get("shipped_path"));
            if (!Files.exists(file)) {
                continue;
            }
            Hypergraph g = InstanceFiles.readSingle(file, Format.HYPOP).hypergraph(); // APS needs the format given
            assertThat(g.numEdges()).isEqualTo(Integer.parseInt(row.get("m_hyperedges")));
            assertThat(g.cutCount(bits(row.get("witness_bits_vertex1_to_n"))))
                    .as(file.toString())
                    .isEqualTo(Integer.parseInt(row.get("cut_hyperedges")));
            checked++;
        }
        assertThat(checked).isPositive();
    }

    // Values of hmetis_examples/PROVENANCE.md: n, m, pins, total hyperedge weight.
    @ParameterizedTest
    @CsvSource({
        "ISPD98_ibm01.hgr, 12752, 14111, 50566, 14111",
        "karate_club.graph.hgr, 34, 78, 156, 78",
        "unweighted_hypergraph.hgr, 7, 4, 12, 4",
        "weighted_hyperedges_hypergraph.hgr, 7, 4, 12, 20",
        "weighted_hypernodes_hypergraph.hgr, 7, 4, 12, 4",
        "weighted_hyperedges_and_hypernodes_hypergraph.hgr, 7, 4, 12, 20"
    })
    void hmetisExamplesHaveTheirDocumentedShape(String file, int n, int m, int pins, double total) throws IOException {
        Hypergraph g = read(SharedData.require("hmetis_examples/" + file), Format.HMETIS);
        assertThat(new int[] {g.numVertices(), g.numEdges(), g.numPins()}).containsExactly(n, m, pins);
        assertThat(g.totalEdgeWeight()).isEqualTo(total);
    }

    @Test
    void karateWitnessCutsSixtyOneEdges() throws IOException {
        Hypergraph g = read(SharedData.require("hmetis_examples/karate_club.graph.hgr"), Format.HMETIS);
        assertThat(g.cutCount(bits("0010001110111111111111111010001100"))).isEqualTo(61);
    }

    // Values of hypergraph_citation/PROVENANCE.md: m, n, vertices in a hyperedge, pins.
    @ParameterizedTest
    @CsvSource({
        "cocitation_cora.hgr, 1579, 2708, 1434, 4786",
        "cocitation_citeseer.hgr, 1079, 3312, 1458, 3453",
        "cocitation_pubmed.hgr, 7963, 19717, 3840, 34629",
        "coauthorship_cora.hgr, 1072, 2708, 2388, 4585",
        "coauthorship_dblp.hgr, 22363, 41302, 41302, 99561"
    })
    void citationHypergraphsHaveTheirDocumentedShape(String file, int m, int n, int used, int pins) throws IOException {
        Hypergraph g = read(SharedData.require("hypergraph_citation/" + file), Format.HMETIS);
        int nonIsolated = 0;
        for (int v = 0; v < g.numVertices(); v++) {
            nonIsolated += g.vertexDegree(v) > 0 ? 1 : 0;
        }
        assertThat(new int[] {g.numEdges(), g.numVertices(), nonIsolated, g.numPins()})
                .containsExactly(m, n, used, pins);
    }

    @Test
    void everyGsetGraphHasItsSizeAndItsWitnessCut() throws IOException {
        Path graphs = SharedData.require("gset/graphs");
        CsvTable table = CsvTable.read(SharedData.require("gset/best_known.csv"));
        List<Path> files;
        try (Stream<Path> list = Files.list(graphs)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String name = ReaderSupport.baseName(file);
            Map<String, String> row = table.find("instance", name);
            assertThat(row).as("best_known.csv row for %s", name).isNotNull();
            Hypergraph g = read(file, Format.RUDY);
            assertThat(g.numVertices()).as(name).isEqualTo(Integer.parseInt(row.get("n")));
            assertThat(g.numEdges()).as(name).isEqualTo(Integer.parseInt(row.get("m")));
            Path witness = graphs.resolveSibling("witness_cuts").resolve(name + "_opt_cut.txt");
            if (Files.exists(witness)) {
                String[] values = Files.readString(witness).trim().split(",");
                boolean[] side = new boolean[values.length];
                for (int i = 0; i < values.length; i++) {
                    side[i] = values[i].trim().equals("1");
                }
                assertThat(g.cutWeight(side))
                        .as(name)
                        .isEqualTo(Double.parseDouble(row.get("certified_cut_with_witness")));
            }
        }
    }
}

package io.hyperseed.graphap.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Parses the real MUTAG files; counts from ../shared/data/tudataset/PROVENANCE.md. Skips when the data is absent. */
class MutagParsingTest {

    private static Path mutagFolder() {
        Path data = Path.of(System.getProperty("hyperseed.data", "../shared/data"));
        Path folder = data.resolve("tudataset/MUTAG");
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("MUTAG_A.txt")),
                "MUTAG not found under " + folder.toAbsolutePath() + " (set -Dhyperseed.data); skipping");
        return folder;
    }

    @Test
    void mutagHasTheDocumentedCounts() throws IOException {
        TuDataset mutag = new TuDatasetReader().read(mutagFolder(), "MUTAG");
        assertThat(mutag.graphs()).hasSize(188);
        assertThat(mutag.totalNodes()).isEqualTo(3371);
        assertThat(mutag.totalEdges()).isEqualTo(3721);
        assertThat(mutag.rawClassLabels()).containsExactly(-1, 1);
        assertThat(mutag.classSizes()).containsExactly(63, 125);
        assertThat(mutag.featureCount()).isEqualTo(7);
        assertThat(mutag.graphs().stream().mapToInt(LabeledGraph::nodeCount).max().orElseThrow()).isEqualTo(28);
    }
}

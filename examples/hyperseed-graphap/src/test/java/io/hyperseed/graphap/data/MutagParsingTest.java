package io.hyperseed.graphap.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hyperseed.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Parses the real MUTAG files; counts from ../shared/data/tudataset/PROVENANCE.md. Skips when the data is absent. */
class MutagParsingTest {

    private static Path mutagFolder() {
        return SharedData.require("tudataset/MUTAG/MUTAG_A.txt").getParent();
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
        assertThat(mutag.graphs().stream()
                        .mapToInt(LabeledGraph::nodeCount)
                        .max()
                        .orElseThrow())
                .isEqualTo(28);
    }
}

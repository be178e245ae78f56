package io.hyperseed.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceCutsTest {

    @Test
    void knownInstanceWithItsVertexCountHasTheFactsValue() {
        assertThat(ReferenceCuts.lookup("cora_hypergraph", 1330)).hasValue(1400.0);
        assertThat(ReferenceCuts.lookup("G70.txt", 10000)).hasValue(9584.0);
        assertThat(ReferenceCuts.lookup("Hyp_453_673", 453)).hasValue(664.0);
    }

    @Test
    void sameNameWithAnotherSizeOrUnknownNameHasNone() {
        assertThat(ReferenceCuts.lookup("cora_hypergraph", 100)).isEmpty();
        assertThat(ReferenceCuts.lookup("tiny", 8)).isEmpty();
    }
}
